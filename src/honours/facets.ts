import { AWARD_FORM_KEYS } from '../schema/awards.ts';
import { AGENCY_LEVELS, AGENCY_LEVEL_KEYS, type AgencyLevel } from '../schema/vocabulary.ts';
import type { AgencyData } from '../schema/agency.ts';
import type { CampaignData } from '../schema/campaign.ts';
import { compareVietnamese } from '../lib/collate.ts';
import { sortKey } from '../lib/dates.ts';
import { honourUrls } from '../lib/honour-urls.ts';
import { groupHonours, type Honour } from './roll.ts';

/** One value of a way to slice the roll: "năm 2017", "Cờ thi đua cấp tỉnh", "UBND tỉnh Thừa Thiên Huế". */
export interface Facet {
	key: string;
	label: string;
	/** Its page on the honour roll; levels have none. */
	href?: string;
	honours: Honour[];
}

export interface FacetSources {
	agencyById: Map<string, { data: AgencyData }>;
	campaignById: Map<string, { data: CampaignData }>;
}

const build = (groups: Map<string, Honour[]>, describe: (key: string) => Omit<Facet, 'honours' | 'key'>) =>
	[...groups].map(([key, honours]) => ({ key, ...describe(key), honours }));

/** Years, newest first. */
export function byYear(roll: readonly Honour[]): Facet[] {
	return build(groupHonours(roll, (h) => String(h.year)), (year) => ({ label: `Năm ${year}`, href: honourUrls.year(year) })).sort(
		(a, b) => Number(b.key) - Number(a.key),
	);
}

/** Award forms and titles, in the law's order (orders and medals first, then titles). */
export function byForm(roll: readonly Honour[]): Facet[] {
	const label = new Map(roll.map((h) => [h.honouree.awardKey as string, h.honouree.awardLabel]));
	const rank = (key: string) => AWARD_FORM_KEYS.indexOf(key as (typeof AWARD_FORM_KEYS)[number]);
	return build(groupHonours(roll, (h) => h.honouree.awardKey), (key) => ({ label: label.get(key)!, href: honourUrls.form(key) })).sort(
		(a, b) => rank(a.key) - rank(b.key),
	);
}

/** Awarding agencies, by name. */
export function byAgency(roll: readonly Honour[], { agencyById }: FacetSources): Facet[] {
	return build(groupHonours(roll, (h) => h.decision.data.agency), (id) => ({ label: agencyById.get(id)?.data.name ?? id, href: honourUrls.agency(id) })).sort(
		(a, b) => compareVietnamese(a.label, b.label),
	);
}

/** Campaigns the decisions belong to, latest start first. */
export function byCampaign(roll: readonly Honour[], { campaignById }: FacetSources): Facet[] {
	const start = (id: string) => sortKey(campaignById.get(id)?.data.start ?? '0000');
	return build(
		groupHonours(roll, (h) => (h.decision.data.campaign && campaignById.has(h.decision.data.campaign) ? h.decision.data.campaign : undefined)),
		(id) => ({ label: campaignById.get(id)!.data.title, href: honourUrls.campaign(id) }),
	).sort((a, b) => start(b.key).localeCompare(start(a.key)) || a.key.localeCompare(b.key));
}

/** Administrative level of the awarding agency, top level first. */
export function byLevel(roll: readonly Honour[], { agencyById }: FacetSources): Facet[] {
	const levelOf = (h: Honour) => agencyById.get(h.decision.data.agency)?.data.level;
	return build(groupHonours(roll, levelOf), (level) => ({ label: AGENCY_LEVELS[level as AgencyLevel] })).sort(
		(a, b) => AGENCY_LEVEL_KEYS.indexOf(a.key as AgencyLevel) - AGENCY_LEVEL_KEYS.indexOf(b.key as AgencyLevel),
	);
}
