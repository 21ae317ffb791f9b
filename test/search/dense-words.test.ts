import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { arrayHead, concat, decodeValue, encodeValue, type Value } from '../../src/search/cbor.ts';
import { roundedPosition, thinChunk, thinDenseWords } from '../../src/search/dense-words.ts';
import { LEAD_WORDS, PASSAGE_WORDS, passageOf } from '../../src/search/passages.ts';
import { FRAGMENT_SIGNATURE } from '../../src/search/fragments.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';

/** A chunk body as Pagefind 1.6 lays it out: [[word, pages, variants]…], a page [step, body positions, field positions]. */
const chunk = (words: Value[]) => concat([arrayHead(1), encodeValue(words)]);

describe('thinning one chunk', () => {
	const dense: Value = ['trung', [[3, [-25, 4, 9, 30], [-1, 2]], [1, [-25, 77, 2]]], [['trưng', [[2, [-25, 131, 5, 6], []]]]]];
	const rare: Value = ['trinh', [[5, [-25, 17, 40], []]], []];

	it('keeps every page of a dense word and its field positions, with its first body position rounded to its passage', () => {
		const thinned = thinChunk(chunk([dense, rare]), 3)!;
		expect(thinned.words).toEqual(['trung']);
		const [[words]] = decodeValue(thinned.body, 0) as [Value[][], number];
		expect(words).toEqual([
			['trung', [[3, [-25, 0], [-1, 2]], [1, [-25, 40]]], [['trưng', [[2, [-25, 120], []]]]]],
			rare,
		]);
	});

	it('rounds a position down to the start of the lead or of its passage, where a result reads it', () => {
		expect([0, 39, 40, 79, 80, 131].map(roundedPosition)).toEqual([0, 0, 40, 40, 80, 120]);
		for (const position of [5, 45, 133]) expect(passageOf(roundedPosition(position), { lead: LEAD_WORDS, size: PASSAGE_WORDS })).toBe(passageOf(position, { lead: LEAD_WORDS, size: PASSAGE_WORDS }));
	});

	it('leaves rare words byte for byte, and a chunk without dense words or of another layout alone', () => {
		const body = chunk([dense, rare]);
		const thinned = thinChunk(body, 3)!;
		const rareBytes = encodeValue(rare);
		expect(Buffer.from(thinned.body.subarray(thinned.body.length - rareBytes.length))).toEqual(Buffer.from(rareBytes));
		expect(thinChunk(body, 4)).toBeUndefined();
		expect(thinChunk(encodeValue(['not', 'a', 'chunk']), 1)).toBeUndefined();
		expect(thinChunk(Uint8Array.of(0xff), 1)).toBeUndefined();
	});
});

describe('a bundle with its dense words thinned', () => {
	let whole: string;
	let thin: string;
	let stats: Awaited<ReturnType<typeof thinDenseWords>>;

	beforeAll(async () => {
		whole = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-dense-'));
		// 40 pages, each "Trung tâm Y tế" several times in its text, half of them with it in the title too;
		// every page one rare name of its own. Small enough to be indexed with every position (no common words).
		for (let page = 0; page < 40; page++) {
			const title = page % 2 ? `Trung tâm Y tế số ${page}` : `Báo cáo số ${page}`;
			const rows = Array.from({ length: 12 }, (_, i) => `<p>Trung tâm Y tế huyện ${i} khen thưởng tập thể và cá nhân, dòng ${page}-${i}.</p>`).join('');
			fs.mkdirSync(path.join(whole, `p${page}`));
			fs.writeFileSync(
				path.join(whole, `p${page}`, 'index.html'),
				`<!doctype html><html lang="vi"><body><article data-pagefind-body><div hidden data-search-record="document"><span data-pagefind-meta="title:${title}"></span></div>` +
					`<h1>${title}</h1><p>Ông Tên${page} Riêng nhận Bằng khen.</p>${rows}</article></body></html>`,
			);
		}
		await buildSearchIndex(whole);
		thin = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-dense-thin-'));
		fs.cpSync(whole, thin, { recursive: true });
		stats = await thinDenseWords(path.join(thin, INDEX_DIR), 40, { share: 0.5 });
	});

	afterAll(() => {
		for (const dir of [whole, thin]) fs.rmSync(dir, { recursive: true, force: true });
	});

	const searchIds = async (dist: string, term: string) => {
		const { engine } = await pagefindInNode(dist);
		const { results } = await engine.search(term);
		return Promise.all(results.map(async (r) => (await r.data()).url)).then((urls) => urls.sort());
	};

	it('thins the words of half the pages or more, and its chunks get smaller', () => {
		expect(stats.words).toBeGreaterThanOrEqual(4);
		expect(stats.bytesAfter).toBeLessThan(stats.bytesBefore);
		for (const name of fs.readdirSync(path.join(thin, INDEX_DIR, 'index'))) {
			const raw = gunzipSync(fs.readFileSync(path.join(thin, INDEX_DIR, 'index', name)));
			expect(raw.subarray(0, FRAGMENT_SIGNATURE.length).toString()).toBe(FRAGMENT_SIGNATURE);
			expect(() => decodeValue(raw.subarray(FRAGMENT_SIGNATURE.length), 0)).not.toThrow();
		}
	});

	it('thins the same bytes and lists the same word costs in worker threads as in this one', async () => {
		const threaded = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-dense-threads-'));
		try {
			fs.cpSync(whole, threaded, { recursive: true });
			const chunks = fs.readdirSync(path.join(threaded, INDEX_DIR, 'index')).length;
			expect(chunks).toBeGreaterThan(1);
			expect(await thinDenseWords(path.join(threaded, INDEX_DIR), 40, { share: 0.5, threadsFrom: 1 })).toEqual(stats);
			for (const name of [...fs.readdirSync(path.join(thin, INDEX_DIR, 'index')), 'word-costs.json']) {
				const file = (dir: string) => path.join(dir, INDEX_DIR, name === 'word-costs.json' ? '' : 'index', name);
				expect(fs.readFileSync(file(threaded)).equals(fs.readFileSync(file(thin))), name).toBe(true);
			}
		} finally {
			fs.rmSync(threaded, { recursive: true, force: true });
		}
	});

	it('still decodes in Pagefind and finds the same pages for every word, dense or rare', async () => {
		for (const term of ['trung', 'tam', 'y te', 'trung tam y te', 'khen thuong', 'bao cao', 'ten17 rieng', 'ten3']) {
			const found = await searchIds(thin, term);
			expect(found.length, term).toBeGreaterThan(0);
			expect(found, term).toEqual(await searchIds(whole, term));
		}
	});

	it('ranks a title match of a dense word first, and the site search still finds a rare name with it', async () => {
		const { engine } = await pagefindInNode(thin);
		const { results } = await engine.search('trung tam');
		const firstHalf = await Promise.all(results.slice(0, 20).map(async (r) => (await r.data()).meta.title));
		expect(firstHalf.every((title) => title?.startsWith('Trung tâm Y tế'))).toBe(true);
		const outcome = await runSearch(engine, readState(new URLSearchParams({ q: 'Tên17 Riêng trung tâm' })));
		const first = outcome.results[0]!;
		expect((first.data ?? (await first.result.data())).url).toBe('/p17/');
	});
});
