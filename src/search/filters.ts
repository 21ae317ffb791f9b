/**
 * The search facets. Each key is at once the Pagefind filter name, the URL
 * parameter and the form field name, so a link such as
 * /tim-kiem/?loai=ke-hoach&nam=2024&co-quan=ubnd-huyen-mo-duc reads the same
 * everywhere. Values are ASCII keys (type keys, agency and campaign ids,
 * slugs, years); the search page shows their Vietnamese labels.
 */
export const FILTERS = [
	{ key: 'loai', legend: 'Loại' },
	{ key: 'co-quan', legend: 'Cơ quan' },
	{ key: 'tinh', legend: 'Tỉnh, thành phố' },
	{ key: 'nam', legend: 'Năm' },
	{ key: 'phong-trao', legend: 'Phong trào thi đua' },
	{ key: 'linh-vuc', legend: 'Lĩnh vực' },
] as const;

export type FilterKey = (typeof FILTERS)[number]['key'];
export const FILTER_KEYS: readonly FilterKey[] = FILTERS.map((f) => f.key);

/** `loai` values of pages that are not documents; documents use their type key. */
export const PAGE_KINDS = {
	campaign: { value: 'phong-trao', label: 'Phong trào thi đua' },
	agency: { value: 'co-quan', label: 'Cơ quan' },
} as const;

/** Result orders, by URL value; the empty value is the default. */
export const SORTS = {
	'': 'Phù hợp nhất',
	'moi-nhat': 'Mới nhất trước',
	'cu-nhat': 'Cũ nhất trước',
} as const;
export type SortKey = keyof typeof SORTS;

/** URL parameters that are not facets. */
export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sap-xep';

/**
 * Pagefind sort keys for each order, holding a sortable date ("2024-02-29~"
 * for "02/2024"). Agencies have no date; the two keys give them a value that
 * puts them after every dated result in either direction.
 */
export const SORT_KEYS = {
	'moi-nhat': { key: 'ngay', direction: 'desc', undated: '0000' },
	'cu-nhat': { key: 'ngay-tang', direction: 'asc', undated: '9999' },
} as const;

/**
 * Metadata stored with every record, shown in results. Pagefind also searches
 * metadata; the weights decide how much a match in each field counts.
 */
export const META = {
	title: 'title',
	kind: 'loai',
	number: 'so',
	/** The document's own symbol, also when its number is blank: "KH-UBND". Searched, not shown. */
	symbol: 'ky-hieu',
	/** Symbols of the numbers the page cites, added by the indexer (symbols.ts). Searched, not shown. */
	cited: 'trich-dan',
	agency: 'co-quan',
	date: 'ngay',
	/** For agencies: level and province. */
	detail: 'mo-ta',
	/** One or two sentences, shown when there is no query to cut an excerpt around. */
	summary: 'tom-tat',
	/** Personal names the page is about (honoured individuals, signer; an agency's spokespersons), "; " between. Searched, not shown. */
	names: 'ten',
} as const;
