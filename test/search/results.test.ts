import { describe, expect, it } from 'vitest';
import { excerptAround, excerptParts } from '../../src/search/excerpt.ts';
import { exactNumberQuery, phraseQuery, preferring } from '../../src/search/rank.ts';
import { citedSymbols } from '../../src/search/symbols.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';
import type { Pagefind, PagefindSearchOptions } from '../../src/search/pagefind-api.ts';
import { STROKE } from '../../src/search/fold.ts';

describe('excerpts', () => {
	it('reads only the mark tags and keeps everything else as text', () => {
		const parts = excerptParts('Kế hoạch <b>số</b> <mark>25/KH-UBND</mark> & <script>x</script>');
		expect(parts).toEqual([
			{ text: 'Kế hoạch <b>số</b> ', mark: false },
			{ text: '25/KH-UBND', mark: true },
			{ text: ' & <script>x</script>', mark: false },
		]);
	});

	it('restores đ and joins neighbouring highlighted words', () => {
		const parts = excerptParts(`phong trào <mark>thi</mark> <mark>d${STROKE}ua</mark> năm 2024`);
		expect(parts).toEqual([
			{ text: 'phong trào ', mark: false },
			{ text: 'thi đua', mark: true },
			{ text: ' năm 2024', mark: false },
		]);
	});
});

describe('excerpts for matches in metadata only', () => {
	const content = `Tin bài. Thực hiện Kế hoạch số 18/KH-UBND ngày 16/01/2024 của UBND huyện về cải cách hành chính năm 2024 và Quyết d${STROKE}ịnh số 4946/QD${STROKE}-UBND`;

	it('cuts the passage around the first word that contains the query', () => {
		expect(excerptAround(content, 'KH-UBND', 6)).toBe('… hoạch số <mark>18/KH-UBND</mark> ngày 16/01/2024 của …');
		expect(excerptParts(excerptAround(content, 'QĐ-UBND', 4)!).find((p) => p.mark)?.text).toBe('4946/QĐ-UBND');
	});

	it('gives up when no word contains the query', () => {
		expect(excerptAround(content, 'TB-UBND', 6)).toBeUndefined();
		expect(excerptAround(content, 'a', 6)).toBeUndefined();
	});
});

describe('symbols of cited numbers', () => {
	it('takes the symbol of every form of number Vietnamese documents print', () => {
		const text = 'Căn cứ 25/KH-UBND, Nghị định 98/2023/NĐ-CP; Số: …/TB-UBND; Nghị quyết số 29-NQ/TW; Luật 06/2022/QH15; 563/QĐ-UBND và 4946/QĐ-UBND.';
		expect(citedSymbols(text)).toEqual(['KH-UBND', 'NĐ-CP', 'TB-UBND', 'NQ/TW', 'QH15', 'QĐ-UBND']);
	});

	it('leaves dates, periods and abbreviations without a number alone', () => {
		expect(citedSymbols('ngày 20/02/2024, giai đoạn 2021-2025, các cơ quan HC-SN, 10/3/2023, UBND')).toEqual([]);
	});

	it('reads NFD text as well', () => {
		expect(citedSymbols('465/QĐ-UBND'.normalize('NFD'))).toEqual(['QĐ-UBND']);
	});
});

describe('ranking refinements', () => {
	it('asks for a phrase only when there are several words', () => {
		expect(phraseQuery('dong chi')).toBe('"dong chi"');
		expect(phraseQuery('25/KH-UBND')).toBeUndefined();
		expect(phraseQuery('"dong chi"')).toBeUndefined();
	});

	it('searches a document number exactly, and nothing else', () => {
		for (const number of ['25/KH-UBND', '98/2023/ND-CP', '29-NQ/TW', '06/2022/QH15']) expect(exactNumberQuery(number)).toBe(`"${number}"`);
		for (const other of ['KH-UBND', 'thi dua', '2024', '20/02/2024', '25/KH-UBND Truc Ninh']) expect(exactNumberQuery(other)).toBeUndefined();
	});

	it('puts preferred results first, group by group, keeping the order within each', () => {
		const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
		expect(preferring(results, new Set(['d']), new Set(['b', 'd', 'e'])).map((r) => r.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
		expect(preferring(results).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});

describe('the searches behind one query', () => {
	/** A stand-in for Pagefind that answers from a table and records what it was asked. */
	function fakeEngine(answers: Record<string, string[]>, texts: Record<string, string> = {}) {
		const asked: { term: string | null; options?: PagefindSearchOptions }[] = [];
		const engine = {
			search: async (term: string | null, options?: PagefindSearchOptions) => {
				asked.push({ term, options });
				const ids = answers[term ?? ''] ?? [];
				return { results: ids.map((id) => ({ id, score: 1, data: async () => ({ url: id, content: texts[id] ?? '', excerpt: '', meta: {}, filters: {} }) })), unfilteredResultCount: ids.length, filters: { loai: { 'ke-hoach': ids.length } }, totalFilters: {} };
			},
		} as unknown as Pagefind;
		return { engine, asked };
	}

	it('folds đ before asking, and keeps phrase matches over loose ones', async () => {
		const texts = { loose: 'hoạt động của Chính phủ', together: `d${STROKE}ồng chí Phạm Ngọc Lan` };
		const { engine, asked } = fakeEngine({ 'dồng chí': ['loose', 'together'], '"dồng chí"': ['together'] }, texts);
		const outcome = await runSearch(engine, readState(new URLSearchParams('q=đồng+chí')));
		// Once the words stand together somewhere, pages with them apart are left out.
		expect(outcome.results.map((r) => [r.result.id, r.approximate])).toEqual([['together', false]]);
		expect(asked[0]!.term).toBe('dồng chí');
	});

	it('shows the window it read first when no page holds the words together, so the first page loads no other fragment', async () => {
		// "Bắc Trà My" typed with its marks: Pagefind's phrase search finds nothing; one page read has the three words
		// as typed, nine read pages only look-alikes ("kiểm tra", "bác"), four more were not read.
		const ids = Array.from({ length: 14 }, (_, i) => `p${i}`);
		const texts: Record<string, string> = { p0: 'Xã Bắc Sơn, thôn Trà Lĩnh, bản My' };
		for (const id of ids.slice(1, 10)) texts[id] = 'kiểm tra bác sĩ my';
		const { engine } = fakeEngine({ 'Bắc Trà My': ids, '"Bắc Trà My"': [] }, texts);
		const loaded = new Set<string>();
		const counting = { ...engine, search: async (term: string | null, options?: PagefindSearchOptions) => {
			const found = await engine.search(term, options);
			return { ...found, results: found.results.map((r) => ({ ...r, data: async () => (loaded.add(r.id), r.data()) })) };
		} } as Pagefind;
		const outcome = await runSearch(counting, readState(new URLSearchParams({ q: 'Bắc Trà My' })));
		expect(outcome.results.map((r) => [r.result.id, r.approximate, Boolean(r.data)])).toEqual([
			['p0', false, true],
			...ids.slice(1, 10).map((id) => [id, true, true]),
			...ids.slice(10).map((id) => [id, true, false]),
		]);
		expect([...loaded].sort()).toEqual(ids.slice(0, 10).sort());
	});

	it('keeps only the results that have the number exactly, and counts those', async () => {
		const { engine, asked } = fakeEngine({ '25/KH-UBND': ['cites-25', 'has-125', 'has-a-25'], '"25/KH-UBND"': ['cites-25'] });
		const outcome = await runSearch(engine, readState(new URLSearchParams('q=25%2FKH-UBND&nam=2024')));
		expect(outcome.results.map((r) => r.result.id)).toEqual(['cites-25']);
		// The facet counted without its own tick is counted on the exact search too.
		expect(asked.at(-1)).toEqual({ term: '"25/KH-UBND"', options: { filters: {} } });
	});

	it('keeps date order when sorting by date, and counts a ticked facet without its own ticks', async () => {
		const { engine, asked } = fakeEngine({ 'thi dua': ['new', 'old'] });
		const outcome = await runSearch(engine, readState(new URLSearchParams('q=thi+dua&loai=ke-hoach&sap-xep=moi-nhat')));
		expect(outcome.results.map((r) => r.result.id)).toEqual(['new', 'old']);
		expect(asked[0]!.options).toEqual({ filters: { loai: { any: ['ke-hoach'] } }, sort: { ngay: 'desc' } });
		// No phrase search under a date order; one extra search counts the ticked facet.
		expect(asked.slice(1).map((a) => a.options)).toEqual([{ filters: {} }]);
	});
});
