import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';
import { withWordCosts } from './word-costs-override.ts';
import { commonWordFallback, FALLBACK_MARGIN_BYTES, fallbackReserve, planQuery, plannedBytes, PLANNED_INDEX_BYTES, SMALL_CHUNK_BYTES, WORD_COSTS_FILE, type WordCosts } from '../../src/search/word-costs.ts';

const KIB = 1024;

/**
 * Chunk sizes of the 10,000-document bundle (/tmp/tdkt-bench/site-10000, its word-costs.json): "van" and "va" share
 * one chunk, as there; "ㅤcan" is the marked body list of "cán" (7,945 pages), "ㅤcong" of "công" (10,591).
 */
const COSTS: WordCosts = {
	chunks: [
		['va', 'van', 9505],
		['phong', 'phong', 2718],
		['hdnd', 'hdnd', 4800],
		['ubnd', 'ubnd', 5389],
		['lon', 'long', 7353],
		['hai', 'hai', 6090],
		['chi', 'chi', 6010],
		['so', 'so', 4619],
		['', '', 7408],
		['', '', 6181],
		['', '', 33372],
	],
	common: { can: [8, 7945], cong: [9, 10591], dien: [10, 38158] },
};

describe('planning a query within the later-query budget', () => {
	it('searches a query whole when its chunks fit, each chunk counted once and words searched before free', () => {
		expect(plannedBytes(COSTS, ['Văn', 'phòng'])).toBe(9505 + 2718);
		expect(plannedBytes(COSTS, ['Văn', 'và'])).toBe(9505);
		expect(plannedBytes(COSTS, ['xyz'])).toBe(SMALL_CHUNK_BYTES);
		expect(plannedBytes(COSTS, ['Văn', 'phòng'], new Set(['van']))).toBe(2718);
		expect(planQuery('Hòa Phước', COSTS)).toEqual({ term: 'Hòa Phước', phrase: '"Hòa Phước"', reduced: false });
		expect(planQuery('nâng cao chỉ số hài lòng của người dân', COSTS, { loaded: new Set(['chi', 'so', 'hai', 'long']) }).reduced).toBe(false);
	});

	it('leaves out the words whose chunks save most until the rest fit, never the last word', () => {
		const plan = planQuery('nâng cao chỉ số hài lòng của người dân', COSTS);
		expect(plannedBytes(COSTS, 'nâng cao chỉ số hài lòng của người dân'.split(' '))).toBeGreaterThan(PLANNED_INDEX_BYTES);
		expect(plan.reduced).toBe(true);
		expect(plannedBytes(COSTS, plan.term.split(' '))).toBeLessThanOrEqual(PLANNED_INDEX_BYTES);
		expect(plan.term).toBe('nâng cao chỉ số của người dân');
		// "Văn" alone saves nothing while "và" keeps their chunk: "HĐND" goes, the rest fits.
		expect(planQuery('Văn phòng HĐND và UBND', COSTS).term).toBe('Văn phòng và UBND');
		expect(planQuery('lòng hài chỉ số UBND', COSTS).term.split(' ').at(-1)).toBe('UBND');
	});

	it('confirms a reduced plan only by a run of words that are not dense (their body positions are rounded)', () => {
		expect(planQuery('nâng cao chỉ số hài lòng của người dân', COSTS).phrase).toBe('"của người dân"');
		expect(planQuery('Văn phòng HĐND và UBND', COSTS).phrase).toBeUndefined();
	});

	it('never cuts a personal name, nor a query of two words', () => {
		expect(planQuery('Phạm Văn Long', COSTS, { name: true }).reduced).toBe(false);
		expect(planQuery('Văn Long', COSTS).reduced).toBe(false);
	});

	it('with fewerThan, leaves out the dearest words until fewer stay, budget aside', () => {
		expect(planQuery('thi đua hài lòng năm', COSTS, { fewerThan: 5 }).term).toBe('thi đua hài năm');
		expect(planQuery('thi đua hài lòng năm', COSTS, { fewerThan: 2 }).term).toBe('năm');
	});

	it('falls back to the marked body list of the most selective common word that fits', () => {
		expect(commonWordFallback('cán bộ công chức', COSTS, 8 * KIB)).toBe('\u3164can');
		expect(commonWordFallback('cán bộ công chức', COSTS, 7 * KIB)).toBe('\u3164cong');
		expect(commonWordFallback('điện lực', COSTS, 30 * KIB)).toBeUndefined();
		expect(commonWordFallback('cán bộ', undefined, 30 * KIB)).toBeUndefined();
	});
});

/** The words of two phrases of common words, folded. */
const PHRASE_WORDS = ['tang', 'ty', 'le', 'ho', 'so', 'truc', 'tuyen', 'toan', 'trinh', 'can', 'bo', 'cong', 'chuc', 'vien'];

/**
 * Costs as at 10,000 documents for phrases of common words only: each word's own chunk `bytes`, each one's marked
 * body list 7.4 KiB ("ㅤtang" of 8,023 pages; "ㅤcan" of 7,945); the others' lists are dearer.
 */
function commonCosts(bytes: number): WordCosts {
	const chunks: WordCosts['chunks'] = [...PHRASE_WORDS.map((word): [string, string, number] => [word, word, bytes]), ['', '', 7400], ['', '', 9000]];
	const marked = PHRASE_WORDS.length;
	return { chunks, common: Object.fromEntries(PHRASE_WORDS.map((word) => [word, word === 'tang' || word === 'can' ? [marked, 8000] : [marked + 1, 10000]])) };
}

describe('room kept for the fallback of a phrase of common words only', () => {
	const reserve = 7400 + FALLBACK_MARGIN_BYTES;

	it('keeps the list\'s bytes back when the phrase\'s own words leave too little and five words still fit the rest', () => {
		const costs = commonCosts(1800);
		const term = 'tăng tỷ lệ hồ sơ trực tuyến toàn trình';
		expect(plannedBytes(costs, term.split(' ')) + reserve).toBeGreaterThan(PLANNED_INDEX_BYTES);
		expect(fallbackReserve(term, costs)).toBe(reserve);
		const plan = planQuery(term, costs, { budget: PLANNED_INDEX_BYTES - reserve });
		expect(plan.term.split(' ').length).toBeGreaterThanOrEqual(5);
		expect(plannedBytes(costs, plan.term.split(' ')) + reserve).toBeLessThanOrEqual(PLANNED_INDEX_BYTES);
	});

	it('keeps nothing back when fewer than five words would stay: two or three words of thousands of pages find noise', () => {
		expect(fallbackReserve('tăng tỷ lệ hồ sơ', commonCosts(3000))).toBe(0);
	});

	it('keeps nothing back when the words and the list fit, within the fallback\'s slack', () => {
		expect(fallbackReserve('tăng tỷ lệ', commonCosts(1800))).toBe(0);
		// 5 × 2 KiB + 7.4 + 1 KiB: 0.4 KiB over the plan's budget, within the slack.
		expect(fallbackReserve('cán bộ công chức viên chức', commonCosts(2048))).toBe(0);
	});

	it('keeps nothing back for a name, a query with a word that is not common, or of two words', () => {
		const costs = commonCosts(3000);
		expect(fallbackReserve('tăng tỷ lệ hồ sơ trực tuyến toàn trình', costs, { name: true })).toBe(0);
		expect(fallbackReserve('tăng tỷ lệ hồ sơ trực tuyến toàn trình UBND', costs)).toBe(0);
		expect(fallbackReserve('tăng tỷ', costs)).toBe(0);
		expect(fallbackReserve('tăng tỷ lệ', undefined)).toBe(0);
	});
});

describe('a large site: word costs written, a phrase of common words found in the text', () => {
	let dist: string;
	let costs: WordCosts;
	/** The pages holding "cán bộ công chức viên chức" side by side. */
	const holding = new Set(Array.from({ length: 40 }, (_, page) => page).filter((page) => page % 2 === 0 || page < 8).map((page) => `/p${page}/`));

	beforeAll(async () => {
		dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-word-costs-'));
		// 40 pages; "cán bộ công chức viên chức" side by side in the text of the 24 even and the first four odd pages,
		// scattered in the longer text of the other odd ones: in every page, so common words, indexed from fields only
		// (no title holds them). The fallback reads Pagefind's first pages of one of them, which prefers short pages.
		for (let page = 0; page < 40; page++) {
			const whole = page % 2 === 0 || page < 8;
			const text = whole
				? 'Cán bộ công chức viên chức thi đua.'
				: 'Cán bộ đi họp; viên chức trực; công chức nghỉ phép.';
			fs.mkdirSync(path.join(dist, `p${page}`));
			fs.writeFileSync(
				path.join(dist, `p${page}`, 'index.html'),
				`<!doctype html><html lang="vi"><body><article data-pagefind-body><div hidden data-search-record="document"><span data-pagefind-meta="title:Báo cáo số ${page}"></span></div>` +
					`<h1>Báo cáo số ${page}</h1><p>${text}</p><p>Ông Tên${page} Riêng nhận Giấy khen.</p></article></body></html>`,
			);
		}
		await buildSearchIndex(dist, { commonWordsFrom: 10 });
		costs = JSON.parse(fs.readFileSync(path.join(dist, INDEX_DIR, WORD_COSTS_FILE), 'utf8')) as WordCosts;
	});

	afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

	it('lists each thinned chunk with its real size and the marked words with their pages', () => {
		const sizes = new Set(fs.readdirSync(path.join(dist, INDEX_DIR, 'index')).map((name) => fs.statSync(path.join(dist, INDEX_DIR, 'index', name)).size));
		expect(costs.chunks.length).toBeGreaterThan(0);
		for (const [, , bytes] of costs.chunks) expect(sizes.has(bytes)).toBe(true);
		for (const word of ['can', 'bo', 'cong', 'chuc', 'vien']) expect(costs.common[word]?.[1], word).toBeGreaterThanOrEqual(40);
	});

	it('finds the pages holding a query of common words side by side, which Pagefind alone cannot', async () => {
		const { engine } = await pagefindInNode(dist, { facets: false, fresh: true });
		expect((await engine.search('can bo cong chuc vien chuc')).results).toHaveLength(0);
		// A search before, as a reader's later query: the first one on a page is searched whole.
		await runSearch(engine, readState(new URLSearchParams({ q: 'báo cáo' })));
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: 'cán bộ công chức viên chức' })));
		const full = await Promise.all(results.filter((one) => !one.approximate).map(async (one) => (one.data ?? (await one.result.data())).url));
		expect(full.length).toBeGreaterThanOrEqual(10);
		for (const url of full) expect(holding.has(url), url).toBe(true);
	});

	/** The URLs of the full matches of `query` searched after a first query, with `costs` in place of the bundle's. */
	async function fullMatches(query: string, costs: WordCosts): Promise<string[]> {
		return withWordCosts(dist, costs, async () => {
			const { engine } = await pagefindInNode(dist, { facets: false, fresh: true });
			await runSearch(engine, readState(new URLSearchParams({ q: 'báo cáo' })));
			const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
			return Promise.all(results.filter((one) => !one.approximate).map(async (one) => (one.data ?? (await one.result.data())).url));
		});
	}

	// At 10,000 documents this found nothing: the whole query's chunks left no room for the list (docs/search.md).
	it('finds the pages of "cán bộ công chức viên chức" when its words and the list are just over the plan\'s budget', async () => {
		const full = await fullMatches('cán bộ công chức viên chức', commonCosts(2048));
		expect(full.length).toBeGreaterThanOrEqual(10);
		for (const url of full) expect(holding.has(url), url).toBe(true);
	});

	it('finds nothing for words of which one stands in no page', async () => {
		const { engine } = await pagefindInNode(dist, { facets: false, fresh: true });
		await runSearch(engine, readState(new URLSearchParams({ q: 'báo cáo' })));
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: 'giáo viên' })));
		expect(results).toHaveLength(0);
	});
});
