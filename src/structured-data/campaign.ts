import type { CampaignData } from '../schema/campaign.ts';
import type { DocumentData } from '../schema/document.ts';
import { AREAS } from '../schema/vocabulary.ts';
import { urls } from '../lib/urls.ts';
import { ids, type JsonLdNode } from './graph.ts';
import { siteUrl } from '../lib/honour-urls.ts';
import { agencyRef } from './agency.ts';
import type { AgencyData } from '../schema/agency.ts';

/** A campaign as an event: its period (as precise as known), who launched it, and its documents. */
export function campaignJsonLd(
	campaign: { id: string; data: CampaignData },
	agency: { id: string; data: AgencyData },
	documents: { id: string; data: DocumentData }[],
): JsonLdNode {
	const { data } = campaign;
	return {
		'@type': 'Event',
		'@id': ids.campaign(campaign.id),
		url: siteUrl(urls.campaign(campaign.id)),
		name: data.title,
		description: data.summary,
		inLanguage: 'vi',
		startDate: data.start,
		endDate: data.end,
		organizer: agencyRef(agency),
		keywords: data.areas.map((area) => AREAS[area]).join(', '),
		slogan: data.slogan,
		subjectOf: documents.map((doc) => ({ '@id': ids.document(doc.id), url: siteUrl(urls.document(doc.id)), name: doc.data.title })),
	};
}
