import type { AgencyEntry, CampaignEntry, DocumentEntry } from '../lib/content.ts';
import { lineage } from '../lib/content.ts';
import { formatDateShort, sortKey, yearOf } from '../lib/dates.ts';
import { formatNumber } from '../lib/document-number.ts';
import { typeLabel } from '../lib/document-view.ts';
import { slugify } from '../lib/fold.ts';
import { AGENCY_LEVELS, AREAS } from '../schema/vocabulary.ts';
import { META, PAGE_KINDS, type FilterKey } from './filters.ts';

/** One filter value of a record, with the label the search page shows for it. */
export interface FilterValue {
	key: FilterKey;
	value: string;
	label: string;
}

/** What a page tells the search index about itself, beside its text. */
export interface SearchRecord {
	kind: 'document' | 'campaign' | 'agency';
	/** Shown in results, and searched (numbers and titles weigh more). */
	meta: [string, string][];
	filters: FilterValue[];
	/** Sortable date; agencies have none and sort after everything dated. */
	date: string | undefined;
}

export interface Lookups {
	agencyById: Map<string, AgencyEntry>;
	campaignById: Map<string, CampaignEntry>;
}

/** The province an agency belonged to: its own, or the nearest ancestor's. */
function provinceOf(agency: AgencyEntry, lookups: Lookups): string | undefined {
	return lineage(agency, lookups.agencyById)
		.reverse()
		.find((a) => a.data.province)?.data.province;
}

/** Filters every record shares through its agency: the agency itself and its province. */
function agencyFilters(agency: AgencyEntry, lookups: Lookups): FilterValue[] {
	const province = provinceOf(agency, lookups);
	return [
		{ key: 'co-quan', value: agency.id, label: agency.data.name },
		...(province ? [{ key: 'tinh' as const, value: slugify(province), label: province }] : []),
	];
}

function campaignFilters(campaign: CampaignEntry): FilterValue[] {
	return [
		{ key: 'phong-trao', value: campaign.id, label: campaign.data.title },
		...campaign.data.areas.map((area) => ({ key: 'linh-vuc' as const, value: area, label: AREAS[area] })),
	];
}

/**
 * The names field (META.names): a name typed in full is matched as a name
 * (relevance.ts), and Pagefind weighs it above body text. "; " keeps one
 * name's last word from running into the next name's first.
 */
function namesMeta(names: (string | undefined)[]): [string, string][] {
	const distinct = [...new Set(names.filter((name): name is string => Boolean(name?.trim())))];
	return distinct.length ? [[META.names, distinct.join('; ')]] : [];
}

const yearFilter = (year: number): FilterValue => ({ key: 'nam', value: String(year), label: String(year) });

/** A listed document; withdrawn documents have no record, so they leave search. */
export function documentRecord(doc: DocumentEntry, lookups: Lookups): SearchRecord | undefined {
	const data = doc.data;
	if (data.withdrawn) return undefined;
	const agency = lookups.agencyById.get(data.agency);
	// Only public campaigns are in the lookup, so a draft campaign never leaks its name.
	const campaign = data.campaign ? lookups.campaignById.get(data.campaign) : undefined;
	const number = formatNumber(data.number, data.symbol);
	return {
		kind: 'document',
		meta: [
			[META.title, data.title],
			[META.kind, typeLabel(data.type)],
			...(number ? [[META.number, number] as [string, string]] : []),
			...(data.symbol ? [[META.symbol, data.symbol] as [string, string]] : []),
			...(agency ? [[META.agency, agency.data.name] as [string, string]] : []),
			[META.date, formatDateShort(data.date)],
			[META.summary, data.summary],
			...namesMeta([data.signer?.name, ...data.honourees.filter((h) => h.kind === 'ca-nhan').map((h) => h.name)]),
		],
		filters: [
			{ key: 'loai', value: data.type, label: typeLabel(data.type) },
			...(agency ? agencyFilters(agency, lookups) : []),
			yearFilter(yearOf(data.date)),
			...(campaign ? campaignFilters(campaign) : []),
		],
		date: sortKey(data.date),
	};
}

export function campaignRecord(campaign: CampaignEntry, lookups: Lookups): SearchRecord {
	const data = campaign.data;
	const agency = lookups.agencyById.get(data.agency);
	const years: FilterValue[] = [];
	for (let year = yearOf(data.start); year <= yearOf(data.end); year++) years.push(yearFilter(year));
	return {
		kind: 'campaign',
		meta: [
			[META.title, data.title],
			[META.kind, PAGE_KINDS.campaign.label],
			...(agency ? [[META.agency, agency.data.name] as [string, string]] : []),
			[META.date, `${formatDateShort(data.start)} – ${formatDateShort(data.end)}`],
			[META.summary, data.summary],
		],
		filters: [
			{ key: 'loai', value: PAGE_KINDS.campaign.value, label: PAGE_KINDS.campaign.label },
			...(agency ? agencyFilters(agency, lookups) : []),
			...years,
			...campaignFilters(campaign),
		],
		date: sortKey(data.start),
	};
}

export function agencyRecord(agency: AgencyEntry, lookups: Lookups): SearchRecord {
	const province = provinceOf(agency, lookups);
	return {
		kind: 'agency',
		meta: [
			[META.title, agency.data.name],
			[META.kind, PAGE_KINDS.agency.label],
			[META.detail, [AGENCY_LEVELS[agency.data.level], province].filter(Boolean).join(' · ')],
			...namesMeta(agency.data.spokespersons.map((person) => person.name)),
		],
		filters: [{ key: 'loai', value: PAGE_KINDS.agency.value, label: PAGE_KINDS.agency.label }, ...agencyFilters(agency, lookups)],
		date: undefined,
	};
}
