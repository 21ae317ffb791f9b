import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleWords, COMMON_MARK, commonWords, markCommonWords, withoutCommonMarks } from '../../src/search/common-words.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';
import { prepareQuery, STROKE, unmark } from '../../src/search/fold.ts';

const page = (title: string, body: string) =>
	`<!doctype html><html lang="vi"><head><title>t</title></head><body><header>Thi đua khen thưởng</header>` +
	`<article data-pagefind-body><div hidden data-search-record="document"><span data-pagefind-meta="title:${title}"></span></div>` +
	`<h1>${title}</h1>${body}</article><footer>Thi đua</footer></body></html>`;

describe('common words', () => {
	it('are the letter words of at least half the pages, and only on a site of enough pages', () => {
		const pages = [new Set(['thi', 'dua', 'hue']), new Set(['thi', 'dua', 'binh']), new Set(['thi', 'son']), new Set(['khac'])];
		expect([...commonWords(pages, { fromPages: 4 })]).toEqual(['dua', 'thi']);
		expect(commonWords(pages, { fromPages: 5 }).size).toBe(0);
		// Numbers and codes are never words of the kind: they must stay searchable in the text.
		expect([...articleWords(page('Số 25/KH-UBND', '<p>Năm 2024 thi đua</p>'))].sort()).toEqual(['dua', 'kh', 'nam', 'so', 'thi', 'ubnd']);
	});

	it('are marked in the article text only, never in attributes, entities or outside the article, and read back as written', () => {
		const html = page('Kế hoạch thi đua', `<p title="thi đua">Phong trào thi d${STROKE}ua &amp; thi đua.</p>`);
		const marked = markCommonWords(html, new Set(['thi', 'dua', 'amp']));
		expect(marked).toContain('data-pagefind-meta="title:Kế hoạch thi đua"');
		expect(marked).toContain('<p title="thi đua">');
		expect(marked).toContain(`<h1>Kế hoạch ${COMMON_MARK}thi ${COMMON_MARK}đua</h1>`);
		expect(marked).toContain(`Phong trào ${COMMON_MARK}thi ${COMMON_MARK}d${STROKE}ua &amp; ${COMMON_MARK}thi ${COMMON_MARK}đua.`);
		expect(marked).toContain('<header>Thi đua khen thưởng</header>');
		expect(marked).toContain('<footer>Thi đua</footer>');
		expect(withoutCommonMarks(marked)).toBe(html);
		// The marks join their words, so every word keeps its position.
		expect(marked.split(/\s+/).length).toBe(html.split(/\s+/).length);
	});
});

describe('common words in the index', () => {
	let dist: string;
	const body = (extra: string) => `<p>Phát động phong trào thi đua ${extra} trong toàn huyện.</p>`;
	const PAGES: Record<string, string> = {
		'a/index.html': page('Kế hoạch thi đua cải cách hành chính', body('sangkien')),
		'b/index.html': page('Thông báo kết luận', body('Bình Sơn')),
		'c/index.html': page('Tin bài', body('Mộ Đức')),
		'd/index.html': page('Quyết định khen thưởng', body('Huế')),
	};

	beforeAll(async () => {
		dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-common-'));
		for (const [file, html] of Object.entries(PAGES)) {
			fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
			fs.writeFileSync(path.join(dist, file), html);
		}
		await buildSearchIndex(dist, { commonWordsFrom: 4 });
	});

	afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

	it('keeps the title, and the words of only some pages, searchable', async () => {
		const { engine } = await pagefindInNode(dist);
		const found = async (query: string) => Promise.all((await engine.search(prepareQuery(query))).results.map(async (r) => (await r.data()).url));
		// "thi đua" stands in every page's text, but only in one title.
		expect(await found('thi dua')).toEqual(['/a/']);
		expect(await found('sangkien')).toEqual(['/a/']);
		expect(await found('Binh Son')).toEqual(['/b/']);
		expect(await found('Mo Duc')).toEqual(['/c/']);
	});

	it('shows the text without the marks, in results and in the audit of the index', async () => {
		const fragments = path.join(dist, 'pagefind', 'fragment');
		const stored = fs.readdirSync(fragments).map((name) => gunzipSync(fs.readFileSync(path.join(fragments, name))).toString('utf8'));
		// The marks steer the word index only: fragments are rewritten without them (fragments.ts).
		expect(stored.some((text) => text.includes(COMMON_MARK))).toBe(false);
		expect(stored.some((text) => text.includes('phong trào thi'))).toBe(true);
		expect(readIndexedPages(dist).some((one) => one.content.includes(COMMON_MARK))).toBe(false);
		const { engine } = await pagefindInNode(dist);
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: 'Binh Son' })));
		const data = await results[0]!.result.data();
		expect(data.url).toBe('/b/');
		expect(data.content).not.toContain(COMMON_MARK);
		expect(unmark(data.content)).toContain('Phát động phong trào thi đua Bình Sơn');
	});
});
