import { site, type DocumentEntry } from '../lib/content.ts';
import { documentJsonLd } from './document.ts';
import type { JsonLdNode } from './graph.ts';

/** The document page's JSON-LD, with links only to documents the site publishes (never a draft's address). */
export async function documentPageJsonLd(doc: DocumentEntry): Promise<JsonLdNode[]> {
	const { agencyById, campaignById, documentById } = await site();
	const campaign = doc.data.campaign ? campaignById.get(doc.data.campaign) : undefined;
	return [documentJsonLd(doc, { agency: agencyById.get(doc.data.agency)!, campaign, onSite: (id) => documentById.has(id) })];
}
