import { gunzipSync } from 'node:zlib';
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILTER_KEYS, type FilterKey } from '../../src/search/filters.ts';
import type { FilterCounts } from '../../src/search/pagefind-api.ts';
import { byFacet, type FacetSelection } from '../../tools/national/facet-counts.ts';
import { startCluster, type Cluster } from '../../tools/national/cluster.ts';
import { importPages, refreshCommonWords, type ImportedPage } from '../../tools/national/import-pages.ts';
import { createIndexes, createSchema } from '../../tools/national/schema.ts';
import { searchNational } from '../../tools/national/search.ts';
import { answer, SEARCH_PATH } from '../../tools/national/server.ts';

/**
 * The national tier's facet counts against a count made here from the pages
 * themselves: 90 pages with facet values drawn from a seeded generator, a
 * rare word in about a third of them. For every selection tried, each
 * facet's counts must equal the pages that match the query and every other
 * facet's ticks (its own ticks left out, as the province page counts).
 */
const SITE = 'https://dem.example.vn';
const WORD = 'Sơncaxanh';
const VALUES: Record<FilterKey, string[]> = {
	loai: ['ke-hoach', 'thong-bao-ket-luan', 'quyet-dinh-khen-thuong'],
	'co-quan': ['ubnd-a', 'ubnd-b', 'so-noi-vu'],
	tinh: ['quang-ngai', 'nam-dinh', 'hue'],
	nam: ['2022', '2023', '2024'],
	'phong-trao': ['cai-cach', 'chuyen-doi-so'],
	'linh-vuc': ['hanh-chinh', 'giao-duc'],
};

/** A small deterministic generator (mulberry32), so a failure names the same pages every run. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface TestPage {
	url: string;
	hasWord: boolean;
	filters: Record<FilterKey, string[]>;
}

const next = random(18);
const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
const PAGES: TestPage[] = Array.from({ length: 90 }, (_, i) => {
	const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, next() < 0.15 && key === 'phong-trao' ? [] : [pick(VALUES[key])]])) as Record<FilterKey, string[]>;
	// Some pages belong to two campaigns: a value counts once per page, whichever other value it has.
	if (next() < 0.2) filters['phong-trao'] = [...VALUES['phong-trao']];
	return { url: `/van-ban/trang-${i}/`, hasWord: next() < 0.35, filters };
});

function imported(page: TestPage): ImportedPage {
	const year = page.filters.nam[0]!;
	return {
		page: {
			site: SITE,
			url: page.url,
			content: `Kế hoạch tổ chức phong trào thi đua năm ${year}.${page.hasWord ? ` Chương trình ${WORD} của đơn vị.` : ''}`,
			meta: { title: `Văn bản ${page.url} năm ${year}`, loai: 'Kế hoạch', ngay: `01/06/${year}` },
			filters: Object.fromEntries(Object.entries(page.filters).filter(([, values]) => values.length)),
		},
		sortDate: `${year}-06-01`,
	};
}

/** What the counts must be: for each facet, the matching pages under every other facet's ticks, per value. */
function expectedCounts(matches: (page: TestPage) => boolean, selection: FacetSelection): FilterCounts {
	const passes = (page: TestPage, without?: FilterKey) =>
		FILTER_KEYS.every((key) => key === without || !selection[key]?.length || page.filters[key].some((value) => selection[key]!.includes(value)));
	const counts: FilterCounts = {};
	for (const key of FILTER_KEYS) {
		// A ticked facet is always answered, even with nothing to count, so its ticks can be undone.
		if (selection[key]?.length) counts[key] = {};
		for (const page of PAGES.filter((one) => matches(one) && passes(one, selection[key]?.length ? key : undefined))) {
			for (const value of page.filters[key]) (counts[key] ??= {})[value] = (counts[key]![value] ?? 0) + 1;
		}
	}
	return counts;
}

const SELECTIONS: FacetSelection[] = [{}, { tinh: ['hue'] }, { tinh: ['hue', 'nam-dinh'], loai: ['ke-hoach'] }, { nam: ['2023'], 'phong-trao': ['chuyen-doi-so'], 'co-quan': ['ubnd-a', 'so-noi-vu'] }];

let cluster: Cluster;
let sql: Sql;

beforeAll(async () => {
	cluster = await startCluster();
	sql = postgres(cluster.url, { onnotice: () => {} });
	await createSchema(sql);
	await importPages(sql, [SITE], PAGES.map(imported));
	await createIndexes(sql);
	await refreshCommonWords(sql);
});

afterAll(async () => {
	await sql?.end();
	cluster?.stop();
});

describe('facet counts of the national tier', () => {
	it('has pages with and without the word in every facet value (the fixture can tell counts apart)', () => {
		const withWord = PAGES.filter((page) => page.hasWord);
		expect(withWord.length).toBeGreaterThan(15);
		expect(withWord.length).toBeLessThan(PAGES.length / 2);
		for (const key of FILTER_KEYS) expect(new Set(withWord.flatMap((page) => page.filters[key])).size, key).toBe(VALUES[key].length);
	});

	it.each(SELECTIONS.map((selection) => [JSON.stringify(selection), selection] as const))('counts a query under %s as the province page would', async (_, selection) => {
		const response = await searchNational(sql, { q: 'soncaxanh', filters: selection, page: 0, counts: true });
		const expected = expectedCounts((page) => page.hasWord, selection);
		expect(response.counts).toEqual(expected);
		const selected = PAGES.filter((page) => page.hasWord && FILTER_KEYS.every((key) => !selection[key]?.length || page.filters[key].some((v) => selection[key]!.includes(v))));
		expect(response.total).toBe(selected.length);
	});

	it.each(SELECTIONS.slice(1).map((selection) => [JSON.stringify(selection), selection] as const))('counts a listing without words under %s over every page', async (_, selection) => {
		const response = await searchNational(sql, { q: '', filters: selection, page: 0, counts: true });
		expect(response.counts).toEqual(expectedCounts(() => true, selection));
	});

	it('sends the counts through the endpoint when asked (dem=1), gzip JSON, and only the total otherwise', async () => {
		const read = async (query: string) => {
			const served = await answer(sql, new URL(`http://localhost${SEARCH_PATH}?${query}`), true);
			expect(served.status).toBe(200);
			return JSON.parse(gunzipSync(served.body).toString('utf8')) as { total: number; counts?: FilterCounts };
		};
		const asked = await read('q=soncaxanh&tinh=hue&dem=1');
		expect(asked.counts).toEqual(expectedCounts((page) => page.hasWord, { tinh: ['hue'] }));
		const plain = await read('q=soncaxanh&tinh=hue');
		expect(plain.counts).toBeUndefined();
		expect(plain.total).toBe(asked.total);
		expect(plain.total).toBe(PAGES.filter((page) => page.hasWord && page.filters.tinh.includes('hue')).length);
	});

	it('reads PostgreSQL’s "key=value" counts by facet, leaving out what is no facet', () => {
		expect(byFacet({ 'tinh=hue': 3, 'tinh=nam-dinh': 1, 'nam=2024': 2, 'khac=x': 9, '=x': 1, 'khong-co-dau-bang': 4 })).toEqual({ tinh: { hue: 3, 'nam-dinh': 1 }, nam: { '2024': 2 } });
		expect(byFacet({ 'tinh=hue': 3, 'nam=2024': 2 }, 'nam')).toEqual({ nam: { '2024': 2 } });
		expect(byFacet(null)).toEqual({});
	});
});
