import { compareVietnamese } from '../lib/collate.ts';
import { DOCUMENT_TYPE_KEYS } from '../schema/vocabulary.ts';
import { FILTER_KEYS, PAGE_KINDS, type FilterKey } from './filters.ts';
import type { SearchRecord } from './record.ts';

export interface FacetOption {
	value: string;
	label: string;
}

const KIND_ORDER: string[] = [...DOCUMENT_TYPE_KEYS, PAGE_KINDS.campaign.value, PAGE_KINDS.agency.value];

const ORDER: Partial<Record<FilterKey, (a: FacetOption, b: FacetOption) => number>> = {
	loai: (a, b) => KIND_ORDER.indexOf(a.value) - KIND_ORDER.indexOf(b.value),
	nam: (a, b) => Number(b.value) - Number(a.value),
};

/**
 * The values each facet can take, with their labels, gathered from the very
 * records the pages give the index: an option exists exactly when some
 * indexed page carries it. Types in their fixed order, years newest first,
 * names in Vietnamese order.
 */
export function facetOptions(records: SearchRecord[]): Record<FilterKey, FacetOption[]> {
	const seen = new Map<FilterKey, Map<string, string>>(FILTER_KEYS.map((key) => [key, new Map()]));
	for (const record of records) {
		for (const { key, value, label } of record.filters) seen.get(key)!.set(value, label);
	}
	const options = {} as Record<FilterKey, FacetOption[]>;
	for (const key of FILTER_KEYS) {
		const list = [...seen.get(key)!].map(([value, label]) => ({ value, label }));
		options[key] = list.sort(ORDER[key] ?? ((a, b) => compareVietnamese(a.label, b.label)));
	}
	return options;
}
