import { compareDates, dateRange } from './dates.ts';
import type { CampaignData, MilestoneKind } from '../schema/campaign.ts';

export type CampaignStatus = 'sap-dien-ra' | 'dang-dien-ra' | 'da-ket-thuc';

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
	'sap-dien-ra': 'Sắp diễn ra',
	'dang-dien-ra': 'Đang diễn ra',
	'da-ket-thuc': 'Đã kết thúc',
};

/** Derived from the period at build time, never typed by hand. `today` is "YYYY-MM-DD". */
export function campaignStatus(period: { start: string; end: string }, today: string): CampaignStatus {
	if (today < dateRange(period.start).first) return 'sap-dien-ra';
	if (today > dateRange(period.end).last) return 'da-ket-thuc';
	return 'dang-dien-ra';
}

/** A document as the trail needs it: its id, date and type. */
interface TrailDocument {
	id: string;
	data: { date: string; type: string };
}

/** One step of a campaign's paper trail: a milestone its plan sets, or a document of the campaign that fulfils none. */
export interface TrailStep<D extends TrailDocument> {
	/** The milestone's kind, or "van-ban" for a document no milestone names. */
	kind: MilestoneKind | 'van-ban';
	/** Planned date of a milestone, or the document's own date. */
	date: string;
	/** The plan's words for the milestone; absent for a plain document. */
	what?: string;
	/** Where a milestone's date comes from when not from the plan. */
	source?: string;
	/** The published document that fulfils it; absent while none is on the site. */
	document?: D;
	/** The planned period is over (a missing document is then overdue, not upcoming). */
	past: boolean;
}

/**
 * The campaign's trail in date order: each milestone of its plan with the
 * published document that fulfils it (or none yet), its nomination
 * deadlines, and its other documents. `documents` must hold only public
 * documents, so a milestone pointing at a draft reads as not yet issued.
 */
export function campaignTrail<D extends TrailDocument>(
	campaign: Pick<CampaignData, 'milestones' | 'nominationDeadlines'>,
	documents: D[],
	today: string,
): TrailStep<D>[] {
	const byId = new Map(documents.map((doc) => [doc.id, doc]));
	const past = (date: string) => dateRange(date).last < today;
	const claimed = new Set<string>();
	const steps: TrailStep<D>[] = campaign.milestones.map((m) => {
		const document = m.document ? byId.get(m.document) : undefined;
		if (document) claimed.add(document.id);
		return { kind: m.kind, date: m.date, what: m.what, source: m.source, document, past: past(m.date) };
	});
	for (const d of campaign.nominationDeadlines) steps.push({ kind: 'han-de-nghi', date: d.date, what: d.what, past: past(d.date) });
	for (const doc of documents) {
		if (!claimed.has(doc.id)) steps.push({ kind: 'van-ban', date: doc.data.date, document: doc, past: past(doc.data.date) });
	}
	const rank = (step: TrailStep<D>) => TRAIL_ORDER.indexOf(step.kind);
	return steps
		.map((step, index) => ({ step, index }))
		.sort((a, b) => compareDates(a.step.date, b.step.date) || rank(a.step) - rank(b.step) || a.index - b.index)
		.map(({ step }) => step);
}

const TRAIL_ORDER: readonly (MilestoneKind | 'van-ban')[] = ['phat-dong', 'van-ban', 'so-ket', 'han-de-nghi', 'tong-ket', 'khen-thuong'];

/** The first milestone still waiting for its document whose planned period is not over, if any. */
export function nextMilestone<D extends TrailDocument>(trail: TrailStep<D>[]): (TrailStep<D> & { kind: MilestoneKind }) | undefined {
	return trail.find((step): step is TrailStep<D> & { kind: MilestoneKind } => step.kind !== 'van-ban' && !step.document && !step.past);
}

/**
 * Milestones whose planned period is over with no document on the site.
 * A nomination deadline is not among them: dossiers sent by then are not
 * public documents, so its passing leaves nothing missing.
 */
export function overdueMilestones<D extends TrailDocument>(trail: TrailStep<D>[]): TrailStep<D>[] {
	return trail.filter((step) => step.kind !== 'van-ban' && step.kind !== 'han-de-nghi' && !step.document && step.past);
}
