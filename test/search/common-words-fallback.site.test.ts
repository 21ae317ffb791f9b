import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureContent, fixtureDist } from '../helpers/paths.ts';
import { cacheDirFor } from '../../src/paths.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { prepareQuery } from '../../src/search/fold.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';
import { runSearch } from '../../src/search/run.ts';
import { readStagingManifest } from '../../src/search/staging.ts';
import { readState } from '../../src/search/state.ts';
import { WORD_COSTS_FILE, type WordCosts } from '../../src/search/word-costs.ts';
import { wordForms } from '../../src/search/words.ts';
import { withWordCosts } from './word-costs-override.ts';

/**
 * The shared fixture site (64 indexed pages) is far below the 2,000 pages
 * from which common words are indexed from fields only, so here its pages are
 * indexed again as a large site's would be (commonWordsFrom: 1): every word of
 * half the pages loses its body occurrences, and a query made only of such
 * words, which no title holds, found nothing before the fallback (word-costs.ts).
 */
describe('the fixture site indexed as a large site: a query of common words only', () => {
	let copy: string;
	let costs: WordCosts;

	beforeAll(async () => {
		copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-common-fallback-'));
		// Pages only: the indexer reads the HTML, not the share images or the old bundle.
		fs.cpSync(fixtureDist(), copy, { recursive: true, filter: (file) => (fs.statSync(file).isDirectory() ? !/\/(?:pagefind|og)$/.test(file) : file.endsWith('.html')) });
		// `npm run build` strips each page's search record from the output once staged (src/search/staging.ts); the
		// staging manifest keeps each record and where it stood: put them back, as the pages were rendered.
		const manifest = await readStagingManifest(path.join(cacheDirFor(fixtureContent()), 'search-staging'));
		const stripped = Object.entries(manifest?.pages ?? {}).filter(([, page]) => page.stripped);
		expect(stripped.length).toBeGreaterThan(30);
		for (const [relative, { stripped: { record, at } = { record: '', at: 0 } }] of stripped) {
			const bytes = fs.readFileSync(path.join(copy, relative));
			fs.writeFileSync(path.join(copy, relative), Buffer.concat([bytes.subarray(0, at), Buffer.from(record), bytes.subarray(at)]));
		}
		await buildSearchIndex(copy, { commonWordsFrom: 1 });
		costs = JSON.parse(fs.readFileSync(path.join(copy, INDEX_DIR, WORD_COSTS_FILE), 'utf8')) as WordCosts;
	});

	afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

	const shown = async (query: string) => {
		const { engine } = await pagefindInNode(copy, { facets: false, fresh: true });
		const plain = (await engine.search(prepareQuery(query))).results.length;
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
		const urls = await Promise.all(results.map(async (one) => ({ url: (one.data ?? (await one.result.data())).url, approximate: one.approximate })));
		return { plain, urls };
	};

	it('finds the Bến Tre decision for "văn hóa thông tin" (Sở Văn hóa Thông tin), first and as a full match', async () => {
		for (const word of ['văn', 'hóa', 'thông', 'tin']) expect(costs.common[wordForms(word).folded], word).toBeDefined();
		const { plain, urls } = await shown('văn hóa thông tin');
		expect(plain).toBe(0);
		expect(urls[0]).toEqual({ url: '/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/', approximate: false });
	});

	it('finds the Bến Tre decision as a later query when its words and the list cost as at 10,000 documents, just over the plan', async () => {
		// Each word's chunk 2.6 KiB and every marked list 7.4 KiB (the 10,000-document bundle's "cán bộ công chức viên chức"):
		// 10.4 KiB of words and the list were over the plan's 18 KiB, and the query found nothing there (docs/search.md).
		const words = ['van', 'hoa', 'thong', 'tin'];
		const dear: WordCosts = {
			chunks: [...words.map((word): [string, string, number] => [word, word, 2600]), ['', '', 7400]],
			common: Object.fromEntries(Object.entries(costs.common).map(([word, [, pages]]) => [word, [words.length, pages]])),
		};
		const first = await withWordCosts(copy, dear, async () => {
			const { engine } = await pagefindInNode(copy, { facets: false, fresh: true });
			await runSearch(engine, readState(new URLSearchParams({ q: 'thi đua' })));
			const [result] = (await runSearch(engine, readState(new URLSearchParams({ q: 'văn hóa thông tin' })))).results;
			return result && { url: (result.data ?? (await result.result.data())).url, approximate: result.approximate };
		});
		expect(first).toEqual({ url: '/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/', approximate: false });
	});

	it('finds the decisions signed "Chủ tịch Ủy ban" for "chủ tịch ủy ban", each full match holding the phrase', async () => {
		for (const word of ['chủ', 'tịch', 'ủy', 'ban']) expect(costs.common[wordForms(word).folded], word).toBeDefined();
		const { plain, urls } = await shown('chủ tịch ủy ban');
		expect(plain).toBe(0);
		const full = urls.filter((one) => !one.approximate).map((one) => one.url);
		expect(full).toContain('/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/');
		for (const url of full) {
			const html = fs.readFileSync(path.join(copy, url, 'index.html'), 'utf8').normalize('NFC').toLowerCase();
			expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), url).toMatch(/chủ tịch (?:ủy|uỷ) ban/);
		}
	});
});
