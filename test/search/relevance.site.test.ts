import { describe, expect, it } from 'vitest';
import { testDist } from '../helpers/paths.ts';
import { measureRelevance, searchUrls } from '../../src/search/relevance-run.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { matchKey, unmark } from '../../src/search/fold.ts';
import { JUDGMENTS } from './relevance-judgments.ts';

/**
 * Whether an indexed page holds a name, diacritics aside, read from the index
 * itself: a document added to content/ later that names the person counts as
 * holding them without a new judgment.
 */
function holdsName(name: string): (url: string) => boolean {
	const words = (text: string) => ` ${matchKey(unmark(text)).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	const wanted = words(name);
	const pages = new Map(readIndexedPages(testDist()).map((page) => [page.url, words([page.content, ...Object.values(page.meta)].join(' '))]));
	return (url) => pages.get(url)?.includes(wanted) ?? false;
}

/**
 * The relevance benchmark of issue 14 on the shared sample build: the judged
 * queries through the site's own search code and the real Pagefind index.
 * Thresholds, not exact orders, so documents added to content/ later do not
 * break it; exact rules only for names and "thi dua".
 */
describe('relevance on the sample site', () => {
	it('judges at least 80 queries of every kind the issue names', () => {
		expect(JUDGMENTS.length).toBeGreaterThanOrEqual(80);
		const kinds = new Set(JUDGMENTS.map((j) => j.kind));
		for (const kind of ['name', 'number', 'agency', 'merged', 'generic', 'diacritics', 'dd', 'misspelling']) expect(kinds, kind).toContain(kind);
	});

	it('ranks with MRR >= 0.95 and precision at 5 >= 0.8', async () => {
		const report = await measureRelevance(testDist(), JUDGMENTS);
		const weak = report.scores.filter((s) => s.reciprocalRank < 1).map((s) => `${s.query}: ${s.top.join(' ')}`);
		expect(report.mrr, weak.join('\n')).toBeGreaterThanOrEqual(0.95);
		expect(report.precisionAt5).toBeGreaterThanOrEqual(0.8);
	});

	// Misspelt names (a wrong tone) are judged, but no page holds them as typed.
	for (const judgment of JUDGMENTS.filter((j) => j.kind === 'name' && !/Hiểu|Lân/.test(j.query))) {
		it(`puts the pages holding "${judgment.query}" first, and nothing unrelated in the first three`, async () => {
			const holds = holdsName(judgment.query);
			const results = (await searchUrls(testDist(), judgment.query)).map((r) => r.url);
			expect(judgment.relevant.every(holds), 'the judged pages hold the name').toBe(true);
			expect(results.length).toBeGreaterThan(0);
			for (const url of results.slice(0, 3)) expect(holds(url), `${url} in ${results.join(' ')}`).toBe(true);
			for (const url of judgment.relevant) expect(results, url).toContain(url);
		});
	}

	it('puts documents about campaigns first for "thi dua", not agencies', async () => {
		for (const query of ['thi dua', 'thi đua']) {
			const results = (await searchUrls(testDist(), query)).map((r) => r.url);
			// Only Pagefind's first ten candidates are re-ranked: since campaign pages carry their milestones,
			// campaigns fill places 4–10 before the documents Pagefind ranked lower (measured; see docs/search.md).
			expect(results.slice(0, 3).every((url) => url.startsWith('/van-ban/')), results.join(' ')).toBe(true);
			expect(results.slice(0, 10).filter((url) => url.startsWith('/co-quan/')), results.join(' ')).toEqual([]);
		}
	});

	it('leaves Bình Sơn and Cổ Lễ out of "Mo Duc", where the phrase is found', async () => {
		const results = await searchUrls(testDist(), 'Mo Duc');
		const urls = results.map((r) => r.url);
		expect(urls[0]).toBe('/co-quan/ubnd-huyen-mo-duc/');
		expect(urls.some((url) => /binh-son|co-le/.test(url)), urls.join(' ')).toBe(false);
		expect(urls.length).toBeGreaterThanOrEqual(3);
	});
});
