import { FILTER_KEYS, QUERY_PARAM, SORT_KEYS, SORT_PARAM, SORTS, type FilterKey, type SortKey } from './filters.ts';

/**
 * Everything a search is: what was typed, which facet values are ticked, the
 * order. It lives in the URL (/tim-kiem/?q=…&loai=ke-hoach&nam=2024), so a
 * spokesperson can link a search and the back button restores it.
 */
export interface SearchState {
	query: string;
	filters: Partial<Record<FilterKey, string[]>>;
	sort: SortKey;
}

const isSortKey = (value: string): value is SortKey => Object.hasOwn(SORTS, value);

export function readState(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		// Repeated parameters (loai=ke-hoach&loai=tin-bai) and comma lists (loai=ke-hoach,tin-bai) both work.
		const values = [...new Set(params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
		if (values.length) filters[key] = values;
	}
	const sort = params.get(SORT_PARAM) ?? '';
	return { query: (params.get(QUERY_PARAM) ?? '').trim(), filters, sort: isSortKey(sort) ? sort : '' };
}

/** The query string for a state, in a stable order and without empty parts: "?q=…&loai=ke-hoach". */
export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set(QUERY_PARAM, state.query.trim());
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort) params.set(SORT_PARAM, state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

export function hasCriteria(state: SearchState): boolean {
	return state.query.trim() !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * Pagefind filters for a state: any ticked value within a facet, every facet
 * at once. `without` leaves one facet out, to count that facet's other values
 * as if they were ticked instead.
 */
export function pagefindFilters(state: SearchState, without?: FilterKey): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const key of FILTER_KEYS) {
		const values = state.filters[key];
		if (key !== without && values?.length) filters[key] = { any: values };
	}
	return filters;
}

/**
 * Pagefind sort option. Without a query nothing ranks results, so they come
 * newest first: "all 2024 plans of this agency" reads best that way.
 */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
	const sort = state.sort || (state.query.trim() ? '' : 'moi-nhat');
	if (!sort) return undefined;
	const { key, direction } = SORT_KEYS[sort];
	return { [key]: direction };
}
