import type { DocumentData } from '../schema/document.ts';
import type { AgencyData } from '../schema/agency.ts';
import { documentHeading, typeLabel } from '../lib/document-view.ts';
import { formatNumber } from '../lib/document-number.ts';
import { urls } from '../lib/urls.ts';
import { ids, type JsonLdNode } from './graph.ts';
import { siteUrl } from '../lib/honour-urls.ts';
import { agencyRef } from './agency.ts';
import { citationText } from '../open-data/citation-text.ts';

interface Entry<T> {
	id: string;
	data: T;
}

/** What else the site knows, to link instead of repeat. */
export interface DocumentContext {
	agency: Entry<AgencyData>;
	campaign?: Entry<{ title: string }>;
	/** Ids of documents on the site; citations of others stay text. */
	onSite: (id: string) => boolean;
}

/**
 * An administrative document as schema.org Legislation (ELI's model for
 * official acts), a news item as NewsArticle. Dates keep their precision:
 * "2023-01" and "2023" are valid ISO 8601 dates.
 */
export function documentJsonLd(doc: Entry<DocumentData>, context: DocumentContext): JsonLdNode {
	const { data } = doc;
	const isNews = data.type === 'tin-bai';
	// A symbol without its number identifies nothing, so only a known number makes an identifier.
	const identifier = data.number ? formatNumber(data.number, data.symbol) : undefined;
	const publisher = agencyRef(context.agency);
	// The agency is described once; its other roles point at it by @id (350 bytes a page at 10,000 documents: 3.5 MB).
	const sameAgency = { '@id': publisher['@id'] };
	const linked = data.basis.flatMap((c) => ('document' in c && context.onSite(c.document) ? [c.document] : []));
	const cited = data.basis.flatMap((c) => ('kind' in c ? [citationText(c)] : []));
	const authority = [data.signer?.prefix, data.signer?.for].filter(Boolean).join(' ');
	const signer = data.signer?.name
		? { '@type': 'Person', name: data.signer.name, jobTitle: [authority, data.signer.position].filter(Boolean).join(', ') || undefined }
		: undefined;
	return {
		'@type': isNews ? 'NewsArticle' : 'Legislation',
		'@id': ids.document(doc.id),
		url: siteUrl(urls.document(doc.id)),
		name: data.title,
		headline: data.title,
		alternativeHeadline: documentHeading(data),
		description: data.summary,
		inLanguage: 'vi',
		...(isNews
			? { identifier }
			: {
					legislationIdentifier: identifier,
					legislationType: typeLabel(data.type),
					legislationDate: data.date,
					legislationPassedBy: sameAgency,
					legislationLegalForce: data.withdrawn ? 'https://schema.org/NotInForce' : undefined,
				}),
		datePublished: data.date,
		dateModified: data.corrections.at(-1)?.date,
		publisher,
		author: sameAgency,
		contributor: signer,
		isBasedOn: linked.length ? linked.map((id) => ({ '@id': ids.document(id), url: siteUrl(urls.document(id)) })) : undefined,
		citation: cited.length ? cited : undefined,
		about: context.campaign ? { '@type': 'Event', '@id': ids.campaign(context.campaign.id), name: context.campaign.data.title } : undefined,
		// No `mentions` of every honouree: the page's table and the open data list them, and repeating them here cost
		// 150 bytes an honouree (5.9 KB on a 17-honouree decision, 7.5 MB for 50,000 honourees); no search engine reads them.
		isAccessibleForFree: true,
	};
}
