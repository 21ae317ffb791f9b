/**
 * The marked copies Pagefind indexes on a large site are kept between
 * builds: a page is marked again only when its staged copy or the set of
 * common words changed, and a page no longer staged loses its copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleWords, COMMON_MARK, commonWords } from '../../src/search/common-words.ts';
import { markPages } from '../../src/search/mark-work.ts';
import { pageUrl } from '../../src/search/summary-field.ts';
import { markedPages } from '../../src/search/marked-pages.ts';

const page = (body: string) => `<html><body><article data-pagefind-body><p>${body}</p></article></body></html>`;
/** What a reused copy still says: a copy marked again would have lost it. */
const KEPT = '<!-- copy kept -->';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const staging = () => path.join(dir, 'staging');
const marked = () => path.join(dir, 'marked');

function stage(pages: Record<string, string>): Map<string, string> {
	fs.rmSync(staging(), { recursive: true, force: true });
	for (const [relative, body] of Object.entries(pages)) {
		fs.mkdirSync(path.dirname(path.join(staging(), relative)), { recursive: true });
		fs.writeFileSync(path.join(staging(), relative), page(body));
	}
	// The digest stands for the built page's SHA-256: here the body names its version.
	return new Map(Object.entries(pages).map(([relative, body]) => [relative, body]));
}
const copy = (relative: string) => fs.readFileSync(path.join(marked(), relative), 'utf8');
function tagCopies() {
	for (const relative of ['a.html', 'b.html', 'c.html']) if (fs.existsSync(path.join(marked(), relative))) fs.appendFileSync(path.join(marked(), relative), KEPT);
}

describe('markedPages', () => {
	it('marks again only the pages that changed, and drops the copies of pages gone', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-marked-'));
		const first = stage({ 'a.html': 'thi đua một', 'b.html': 'thi đua hai', 'c.html': 'thi đua ba', 'd.html': 'thi đua bốn' });
		expect((await markedPages(staging(), marked(), first, 2, 'v1')).dir).toBe(marked());
		expect(copy('a.html')).toContain(`${COMMON_MARK}thi ${COMMON_MARK}đua một`);

		tagCopies();
		const second = stage({ 'a.html': 'thi đua một', 'b.html': 'thi đua hai, sửa', 'c.html': 'thi đua ba' });
		expect((await markedPages(staging(), marked(), second, 2, 'v1')).dir).toBe(marked());
		expect(copy('a.html')).toContain(KEPT);
		expect(copy('c.html')).toContain(KEPT);
		expect(copy('b.html')).not.toContain(KEPT);
		expect(copy('b.html')).toContain(`${COMMON_MARK}đua hai, sửa`);
		// A draft or deleted document: its page is no longer staged, and nothing of it is indexed.
		expect(fs.existsSync(path.join(marked(), 'd.html'))).toBe(false);
	});

	it('lists the folder for the copies to drop only when no completed run names them, and makes a lost copy again', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-marked-'));
		const pages = stage({ 'a.html': 'thi đua một', 'b.html': 'thi đua hai', 'c.html': 'thi đua ba' });
		await markedPages(staging(), marked(), pages, 2, 'v1');
		// An interrupted run: its manifest removed first, a copy of a page since withdrawn left behind.
		fs.rmSync(path.join(marked(), 'marked.json'));
		fs.writeFileSync(path.join(marked(), 'x.html'), page('thi đua rút lại'));
		await markedPages(staging(), marked(), pages, 2, 'v1');
		expect(fs.existsSync(path.join(marked(), 'x.html'))).toBe(false);
		// A copy deleted by hand while the manifest still names it.
		tagCopies();
		fs.rmSync(path.join(marked(), 'a.html'));
		await markedPages(staging(), marked(), pages, 2, 'v1');
		expect(copy('a.html')).toContain(`${COMMON_MARK}thi ${COMMON_MARK}đua một`);
		expect(copy('b.html')).toContain(KEPT);
	});

	it('marks every page again when the common words change, or the code does', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-marked-'));
		await markedPages(staging(), marked(), stage({ 'a.html': 'thi đua', 'b.html': 'thi đua', 'c.html': 'khác' }), 2, 'v1');
		tagCopies();
		// "khác" is now in two of three pages: common too, so a, unchanged, is marked again as well.
		const changed = stage({ 'a.html': 'thi đua', 'b.html': 'thi đua khác', 'c.html': 'khác' });
		await markedPages(staging(), marked(), changed, 2, 'v1');
		expect(copy('a.html')).not.toContain(KEPT);
		expect(copy('b.html')).toContain(`${COMMON_MARK}khác`);
		tagCopies();
		await markedPages(staging(), marked(), changed, 2, 'v2');
		expect(copy('a.html')).not.toContain(KEPT);
	});

	it('indexes the staged pages themselves on a small site, and reads a page\'s words again only when its digest changed', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-marked-'));
		expect((await markedPages(staging(), marked(), stage({ 'a.html': 'thi đua' }), 2, 'v1')).dir).toBe(staging());
		const pages = stage({ 'a.html': 'thi đua', 'b.html': 'thi đua' });
		await markedPages(staging(), marked(), pages, 2, 'v1');
		// Same digest, other text: the cached words stand ("khác" is not counted), so no new common word appears.
		fs.writeFileSync(path.join(staging(), 'a.html'), page('khác'));
		fs.writeFileSync(path.join(staging(), 'b.html'), page('khác'));
		tagCopies();
		await markedPages(staging(), marked(), pages, 2, 'v1');
		expect(copy('a.html')).toContain(KEPT);
	});

	it('gives back the summary taken out of a kept copy as well as of a new one', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-marked-'));
		const withSummary = (body: string) => `<span data-pagefind-meta="tom-tat:${body}"></span>${body}`;
		const pages = stage({ 'van-ban/a/index.html': withSummary('thi đua một'), 'b.html': 'thi đua hai' });
		const first = await markedPages(staging(), marked(), pages, 2, 'v1');
		expect([...first.summaries]).toEqual([['/van-ban/a/', 'thi đua một']]);
		expect(copy('van-ban/a/index.html')).not.toContain('tom-tat');
		tagCopies();
		fs.appendFileSync(path.join(marked(), 'van-ban/a/index.html'), KEPT);
		const second = await markedPages(staging(), marked(), pages, 2, 'v1');
		expect(copy('van-ban/a/index.html')).toContain(KEPT);
		expect([...second.summaries]).toEqual([['/van-ban/a/', 'thi đua một']]);
	});

	it('marks a large site on worker threads exactly as one thread marks it', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-marked-'));
		// 1,200 pages: over the 500 a worker's start is worth, so the pages are split across the cores.
		const bodies = Array.from({ length: 1200 }, (_, n) => `Phong trào thi đua số ${n}, thi đua ${n % 7 ? 'cải cách hành chính' : 'chuyển đổi số'} năm ${2020 + (n % 5)}`);
		const relatives = bodies.map((_, n) => `van-ban/${n}/index.html`);
		const staged = stage(Object.fromEntries(relatives.map((relative, n) => [relative, bodies[n]!])));
		// Every third page carries its summary field, which marking sets apart.
		for (const [n, relative] of relatives.entries()) if (n % 3 === 0) fs.writeFileSync(path.join(staging(), relative), page(`<span data-pagefind-meta="tom-tat:thi đua số ${n}"></span>${bodies[n]}`));
		const split = await markedPages(staging(), marked(), staged, 2, 'v1');

		const common = commonWords(relatives.map((relative) => articleWords(fs.readFileSync(path.join(staging(), relative), 'utf8'))), { fromPages: 2 });
		expect([...common].sort()).toEqual(['cach', 'cai', 'chinh', 'dua', 'hanh', 'nam', 'phong', 'so', 'thi', 'trao']);
		const alone = path.join(dir, 'alone');
		const summaries = await markPages({ kind: 'mark', stagingDir: staging(), markedDir: alone, common: [...common], items: relatives });
		for (const relative of relatives) expect(copy(relative), relative).toBe(fs.readFileSync(path.join(alone, relative), 'utf8'));
		expect(copy(relatives[1]!)).toContain(`${COMMON_MARK}Phong ${COMMON_MARK}trào`);
		expect(summaries.filter(Boolean)).toHaveLength(400);
		expect([...split.summaries]).toEqual(relatives.flatMap((relative, n) => (summaries[n] ? [[pageUrl(relative), summaries[n]]] : [])));
	});
});
