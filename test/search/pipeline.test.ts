import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { prepareQuery, unmark } from '../../src/search/fold.ts';
import { serveFolder } from './static-server.ts';

/**
 * The indexer and Pagefind's browser search on a handful of pages written for
 * the purpose, among them OCR text without any diacritics, which the sample
 * content no longer has.
 */
const page = (body: string, record = true) =>
	`<!doctype html><html lang="vi"><head><title>t</title></head><body><header>Bỏ qua, đến nội dung chính</header>` +
	`<article data-pagefind-body>${record ? '<div hidden data-search-record="document"></div>' : ''}${body}</article>` +
	`<footer>Chân trang đồng chí</footer></body></html>`;

const PAGES: Record<string, string> = {
	'ocr/index.html': page('<h1>Thong bao ket luan</h1><p>Ket luan cua dong chi Pham Ngoc Lan, Chu tich UBND huyen Mo Duc.</p>'),
	'restored/index.html': page('<h1>Thông báo kết luận</h1><p>Kết luận của đồng chí Phạm Ngọc Lan, Chủ tịch UBND huyện Mộ Đức.</p>'),
	'numbers/index.html': page('<h1>Kế hoạch</h1><dl><dt>Số, ký hiệu</dt><dd>Số: 465/QĐ-UBND</dd><dt>Ngày</dt><dd>16/8/2022</dd></dl>'),
	'withdrawn/index.html': page('<h1>Văn bản thu hồi</h1><p>Nội dung riêng thuhoiduynhat.</p>', false),
	'listing/index.html': '<!doctype html><html lang="vi"><body><p>Danh sách đồng chí khác</p></body></html>',
};

let dist: string;
let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;
let tab: Page;

beforeAll(async () => {
	dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-search-'));
	for (const [file, html] of Object.entries(PAGES)) {
		fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
		fs.writeFileSync(path.join(dist, file), html);
	}
	await buildSearchIndex(dist);
	server = await serveFolder(dist);
	browser = await launchChromium();
	tab = await browser.newPage();
	await tab.goto(`${server.origin}/listing/`);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	fs.rmSync(dist, { recursive: true, force: true });
});

/**
 * URLs Pagefind returns for what a reader typed, in its order, after the
 * site's query folding. The script is a string: vitest would rewrite an
 * import() written in a function, and it runs in the page.
 */
async function search(typed: string): Promise<string[]> {
	return tab.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const found = await pagefind.search(${JSON.stringify(prepareQuery(typed))});
		return Promise.all(found.results.map(async (r) => (await r.data()).url));
	})()`);
}

describe('the index', () => {
	it('holds only pages with a search record, and only their article', () => {
		const pages = readIndexedPages(dist);
		expect(pages.map((p) => p.url).sort()).toEqual(['/numbers/', '/ocr/', '/restored/']);
		for (const indexed of pages) {
			expect(indexed.content).not.toContain('Bỏ qua');
			expect(indexed.content).not.toContain('Chân trang');
		}
	});

	it('keeps description-list terms and details apart, so a number is a word of its own', () => {
		const numbers = readIndexedPages(dist).find((p) => p.url === '/numbers/')!;
		expect(unmark(numbers.content)).toContain(' 465/QĐ-UBND ');
	});
});

describe('Pagefind with the site’s folding', () => {
	it('finds text with diacritics from a query without them, and OCR text from a query with them', async () => {
		expect((await search('dong chi Pham Ngoc Lan')).sort()).toEqual(['/ocr/', '/restored/']);
		expect((await search('đồng chí Phạm Ngọc Lan')).sort()).toEqual(['/ocr/', '/restored/']);
		expect((await search('Mộ Đức')).sort()).toEqual(['/ocr/', '/restored/']);
	});

	it('ranks the exact diacritics first either way', async () => {
		expect((await search('đồng chí Phạm Ngọc Lan'))[0]).toBe('/restored/');
		expect((await search('dong chi pham ngoc lan'))[0]).toBe('/ocr/');
	});

	it('finds a number typed with Đ, with D, or in NFD', async () => {
		expect(await search('465/QĐ-UBND')).toEqual(['/numbers/']);
		expect(await search('465/QD-UBND')).toEqual(['/numbers/']);
		expect(await search('465/QĐ-UBND'.normalize('NFD'))).toEqual(['/numbers/']);
	});

	it('finds a page by the symbol alone of a number it cites', async () => {
		expect(await search('QĐ-UBND')).toEqual(['/numbers/']);
		expect(await search('qd-ubnd')).toEqual(['/numbers/']);
	});

	it('never returns a page without a record', async () => {
		expect(await search('thuhoiduynhat')).toEqual([]);
		expect(await search('Danh sách')).toEqual([]);
	});
});
