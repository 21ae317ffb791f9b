import { site, statusOf } from '../lib/content.ts';
import { signerLine, typeLabel } from '../lib/document-view.ts';
import { formatNumber } from '../lib/document-number.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { urls } from '../lib/urls.ts';
import { honourPath, siteUrl } from '../lib/honour-urls.ts';
import { AGENCY_LEVELS, HONOUREE_KINDS } from '../schema/vocabulary.ts';
import { siteHonours } from '../honours/site-honours.ts';
import { groupHonours } from '../honours/roll.ts';
import { citationText } from './citation-text.ts';
import type { DocumentData } from '../schema/document.ts';
import type { documentFields } from './schemas/documents.ts';
import type { campaignFields } from './schemas/campaigns.ts';
import type { agencyFields } from './schemas/agencies.ts';
import type { honoureeFields } from './schemas/honourees.ts';

/** A record has exactly its schema's fields: a missing or extra one fails type checking, not just the tests. */
type RecordOf<Fields> = { [K in keyof Fields]: string | number | boolean | string[] | null };

const orNull = <T>(value: T | undefined): T | null => value ?? null;

export async function documentRecords(): Promise<RecordOf<typeof documentFields>[]> {
	const { listed, agencyById, documentById } = await site();
	return listed.map(({ id, data }) => ({
		id,
		url: siteUrl(urls.document(id)),
		type: data.type,
		typeLabel: typeLabel(data.type),
		number: orNull(data.number),
		symbol: orNull(data.symbol),
		numberAndSymbol: orNull(formatNumber(data.number, data.symbol)),
		date: data.date,
		datePrecision: parsePartialDate(data.date).precision,
		place: orNull(data.place),
		agencyId: data.agency,
		agencyName: agencyById.get(data.agency)!.data.name,
		campaignId: orNull(data.campaign),
		title: data.title,
		summary: data.summary,
		signerName: orNull(data.signer?.name),
		signerPosition: orNull(signerLine(data.signer ? { ...data.signer, name: undefined } : undefined)),
		// Only documents the site publishes: a cited draft's id would reveal it.
		basisDocumentIds: data.basis.flatMap((c) => ('document' in c && documentById.has(c.document) ? [c.document] : [])),
		honoureeCount: data.honourees.length,
		sourceKind: data.source.kind,
		sourceUrl: orNull(data.source.url),
	}));
}

export async function campaignRecords(): Promise<RecordOf<typeof campaignFields>[]> {
	const { campaigns, agencyById, documentsByCampaign } = await site();
	const perCampaign = groupHonours((await siteHonours()).roll, (h) => h.decision.data.campaign);
	return campaigns.map((campaign) => {
		const { data } = campaign;
		return {
			id: campaign.id,
			url: siteUrl(urls.campaign(campaign.id)),
			title: data.title,
			agencyId: data.agency,
			agencyName: agencyById.get(data.agency)!.data.name,
			start: data.start,
			end: data.end,
			status: statusOf(campaign),
			slogan: orNull(data.slogan),
			summary: data.summary,
			areas: [...data.areas],
			awardForms: [...data.awardForms],
			documentCount: documentsByCampaign.get(campaign.id)?.length ?? 0,
			honoureeCount: perCampaign.get(campaign.id)?.length ?? 0,
		};
	});
}

export async function agencyRecords(): Promise<RecordOf<typeof agencyFields>[]> {
	const { agencies, documentsByAgency } = await site();
	return agencies.map(({ id, data }) => ({
		id,
		url: siteUrl(urls.agency(id)),
		name: data.name,
		printedName: orNull(data.printedName),
		level: data.level,
		levelLabel: AGENCY_LEVELS[data.level],
		province: orNull(data.province),
		parentId: orNull(data.parent),
		validFrom: orNull(data.validFrom),
		validTo: orNull(data.validTo),
		successorId: orNull(data.successor),
		successionNote: orNull(data.successionNote),
		website: orNull(data.website),
		documentCount: documentsByAgency.get(id)?.length ?? 0,
	}));
}

/** The revoking decision's page when the site publishes it, else its citation; never a draft's address. */
function revokingDecision(citation: DocumentData['basis'][number], published: Map<string, unknown>): string | null {
	if ('kind' in citation) return citationText(citation);
	return published.has(citation.document) ? siteUrl(urls.document(citation.document)) : null;
}

/** In the roll's order, the order of the rolls by year (/khen-thuong/nam/<year>/). */
export async function honoureeRecords(): Promise<RecordOf<typeof honoureeFields>[]> {
	const { agencyById, documentById } = await site();
	const { roll } = await siteHonours();
	return roll.map(({ decision, honouree: h, index, year }) => {
		return {
			decisionId: decision.id,
			decisionUrl: siteUrl(honourPath(decision.id, index)),
			decisionNumber: orNull(formatNumber(decision.data.number, decision.data.symbol)),
			decisionDate: decision.data.date,
			year,
			agencyId: decision.data.agency,
			agencyName: agencyById.get(decision.data.agency)!.data.name,
			campaignId: orNull(decision.data.campaign),
			order: index + 1,
			honoureeId: orNull(h.id),
			kind: h.kind,
			kindLabel: HONOUREE_KINDS[h.kind],
			honorific: orNull(h.honorific),
			name: h.name,
			position: orNull(h.position),
			unit: orNull(h.unit),
			award: h.awardKey,
			awardLabel: h.awardLabel,
			achievement: orNull(h.achievement),
			revoked: Boolean(h.revoked),
			revokedDate: orNull(h.revoked?.date),
			revokedReason: orNull(h.revoked?.reason),
			revokedBy: h.revoked ? revokingDecision(h.revoked.decision, documentById) : null,
		};
	});
}
