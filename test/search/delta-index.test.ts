/**
 * The delta index end to end, without Astro: pages written by hand into an
 * output folder, indexed by buildSearchIndex as `npm run build` calls it (the
 * last bundle set aside first, handed back as `previousBundle`), then
 * searched with Pagefind's own browser bundle in Node (node-engine.ts).
 * Each search runs on a copy of the output folder, since Node caches the
 * bundle's module by its URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexStats } from '../../src/search/build-index.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { DELTA_MANIFEST, type DeltaManifest } from '../../src/search/delta-index.ts';
import { DELTA_MIN_PAGES } from '../../src/search/delta-plan.ts';
import { PASSAGE_FILE_EXTENSION } from '../../src/search/passages.ts';
import { prepareQuery } from '../../src/search/fold.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';

const PAGE_COUNT = 40;
const page = (title: string, body: string) =>
	`<!doctype html><html lang="vi"><head><title>t</title></head><body>` +
	`<article data-pagefind-body><div hidden data-search-record="document"><span data-pagefind-meta="title:${title}"></span>` +
	`<span data-pagefind-filter="loai:Văn bản"></span></div><h1>${title}</h1>${body}</article></body></html>`;
/** Over a hundred words: a page this long keeps only its lead in a base fragment (LEAD_WORDS). */
const LONG_TEXT = Array.from({ length: 12 }, (_, i) => `Đoạn ${i + 1}: các phòng ban rà soát thủ tục hành chính và báo cáo kết quả.`).join(' ');
const body = (i: number, extra = '') => `<p>Phát động phong trào thi đua số trang${i} zqxpage${i} trong toàn huyện. ${extra}</p>`;

let root = '';
let dist = '';
let stagingDir = '';
let snapshots = 0;
let wholeAfterEdit = '';

function writePage(i: number, html: string) {
	const file = path.join(dist, `p${i}`, 'index.html');
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, html);
}

/** One index step as src/build.ts runs it, then a copy of the output to search. */
async function indexStep(): Promise<{ stats: IndexStats; copy: string }> {
	const bundle = path.join(dist, 'pagefind');
	const aside = fs.existsSync(bundle) ? path.join(root, `aside-${snapshots}`) : undefined;
	if (aside) fs.renameSync(bundle, aside);
	const stats = await buildSearchIndex(dist, { stagingDir, previousBundle: aside, onFullIndex: () => aside && fs.rmSync(aside, { recursive: true, force: true }) });
	const copy = path.join(root, `copy-${snapshots++}`);
	fs.cpSync(dist, copy, { recursive: true });
	return { stats, copy };
}

async function found(copy: string, query: string): Promise<string[]> {
	const { engine } = await pagefindInNode(copy);
	const results = (await engine.search(prepareQuery(query))).results;
	return (await Promise.all(results.map(async (one) => (await one.data()).url))).sort();
}

/** Every file of the bundle as text (gzip opened), to look for a word anywhere in it. */
function bundleText(dir: string): string {
	const files = fs.readdirSync(path.join(dir, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return files
		.map((entry) => {
			const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
			return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
		})
		.join('\n');
}

const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', DELTA_MANIFEST), 'utf8')) as DeltaManifest;
const fragmentOf = (dir: string, url: string) =>
	fs
		.readdirSync(path.join(dir, 'pagefind', 'fragment'))
		.find((name) => gunzipSync(fs.readFileSync(path.join(dir, 'pagefind', 'fragment', name))).toString('utf8').includes(`"url":"${url}"`));

const steps: Record<string, { stats: IndexStats; copy: string }> = {};

beforeAll(async () => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-delta-'));
	dist = path.join(root, 'dist');
	stagingDir = path.join(root, 'cache', 'search-staging');
	for (let i = 1; i <= PAGE_COUNT; i++) writePage(i, page(`Kế hoạch ${i}`, body(i, i === 3 ? `${LONG_TEXT} Câu cũ zqxoldtext.` : '')));
	steps.first = await indexStep();
	// An edit that replaces a sentence past a long page's lead (all a base fragment keeps,
	// fragments.ts): the old words must no longer find the page, the new ones must.
	writePage(3, page('Kế hoạch 3', body(3, `${LONG_TEXT} Câu mới zqxnewtext.`)));
	steps.edit = await indexStep();
	// The same pages indexed whole, to compare the delta's answers with.
	wholeAfterEdit = path.join(root, 'whole-after-edit');
	fs.cpSync(steps.edit.copy, wholeAfterEdit, { recursive: true });
	fs.rmSync(path.join(wholeAfterEdit, 'pagefind'), { recursive: true });
	await buildSearchIndex(wholeAfterEdit);
	writePage(5, page('Kế hoạch 5', body(5, 'Thêm zqxsecondedit.')));
	steps.secondEdit = await indexStep();
	writePage(PAGE_COUNT + 1, page('Kế hoạch mới', body(PAGE_COUNT + 1, 'Trang mới zqxnewpage.')));
	steps.added = await indexStep();
	// Page 7 leaves publication (a draft or an embargo prunes it from the output).
	fs.rmSync(path.join(dist, 'p7'), { recursive: true });
	steps.removed = await indexStep();
	// One page more than the smallest threshold (page 7 is gone).
	for (let i = 1; i <= DELTA_MIN_PAGES + 2; i++) if (i !== 7) writePage(i, page(`Kế hoạch ${i}`, body(i, 'Sửa hàng loạt zqxmany.')));
	steps.many = await indexStep();
	steps.unchanged = await indexStep();
}, 300_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('delta index', () => {
	it('indexes the whole site on the first build, with an empty manifest', async () => {
		const { stats, copy } = steps.first!;
		expect(stats.delta).toBeUndefined();
		expect(stats.fullReason).toBe('chưa có chỉ mục gốc');
		expect(manifest(copy)).toEqual({ superseded: [], pages: [] });
		expect(await found(copy, 'zqxoldtext')).toEqual(['/p3/']);
	});

	it('indexes only an edited page into the delta, and search finds the new text, not the old', async () => {
		const { stats, copy } = steps.edit!;
		expect(stats.delta).toBe(1);
		expect(fs.existsSync(path.join(copy, 'pagefind', 'delta', 'pagefind-entry.json'))).toBe(true);
		expect(await found(copy, 'zqxnewtext')).toEqual(['/p3/']);
		expect(await found(copy, 'zqxoldtext')).toEqual([]);
		// Pagefind matches a word an index lacks by a shorter prefix: the delta's "zqxpage3" for "zqxpage5", the base's
		// "zqxpage…" for "zqxnewtext". Together they must answer as one index would.
		expect(await found(copy, 'zqxpage5')).toEqual(['/p5/']);
		expect(await found(copy, 'zqxnewtext zqxpage5')).toEqual([]);
		expect(await found(copy, 'zqxnewtext zqxpage3')).toEqual(['/p3/']);
		// Words of every page: each page once, the edited one in its new version.
		const { engine } = await pagefindInNode(copy);
		const every = (await engine.search(prepareQuery('phong trào'))).results;
		expect(every).toHaveLength(PAGE_COUNT);
		expect(new Set(await Promise.all(every.map(async (one) => (await one.data()).url))).size).toBe(PAGE_COUNT);
		expect((await engine.filters()).loai).toEqual({ 'Văn bản': PAGE_COUNT });
	});

	it('ranks as the same pages indexed whole do, through the site’s own search', async () => {
		const ranked = async (dir: string, query: string) => {
			const { engine } = await pagefindInNode(dir);
			const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
			return Promise.all(results.map(async (one) => `${(await (one.data ?? one.result.data())).url}${one.approximate ? ' (gần đúng)' : ''}`));
		};
		// Not compared: a word only an old version held. The whole index lacks it and Pagefind answers with a shorter prefix
		// ("zqx…": every page, as approximate); with the delta, the base has it and the replaced page no longer does: nothing.
		for (const query of ['phong trào thi đua', 'zqxnewtext', 'kế hoạch 3', 'zqxpage3 zqxnewtext', 'zqxpage5', 'toàn huyện', 'Câu mới', 'trang3 huyện']) {
			expect(await ranked(steps.edit!.copy, query), query).toEqual(await ranked(wholeAfterEdit, query));
		}
	});

	it('deletes the old fragment of an edited page and links the new one, so fragment/ holds the current pages', () => {
		const old = fragmentOf(steps.first!.copy, '/p3/');
		expect(old).toBeDefined();
		expect(fs.existsSync(path.join(steps.edit!.copy, 'pagefind', 'fragment', old!))).toBe(false);
		// The old version's text past its lead (its passage file) goes too.
		const oldPassages = old!.replace(/\.pf_fragment$/, PASSAGE_FILE_EXTENSION);
		expect(fs.existsSync(path.join(steps.first!.copy, 'pagefind', 'fragment', oldPassages))).toBe(true);
		expect(fs.existsSync(path.join(steps.edit!.copy, 'pagefind', 'fragment', oldPassages))).toBe(false);
		const pages = readIndexedPages(steps.edit!.copy);
		expect(pages).toHaveLength(PAGE_COUNT);
		expect(pages.find((one) => one.url === '/p3/')!.content).toContain('zqxnewtext');
		expect(manifest(steps.edit!.copy).superseded.map((one) => one.id)).toEqual([old!.replace('.pf_fragment', '')]);
	});

	it('keeps every page edited since the base in the delta', async () => {
		expect(steps.secondEdit!.stats.delta).toBe(2);
		expect(await found(steps.secondEdit!.copy, 'zqxoldtext')).toEqual([]);
		expect(await found(steps.secondEdit!.copy, 'zqxnewtext')).toEqual(['/p3/']);
		expect(await found(steps.secondEdit!.copy, 'zqxsecondedit')).toEqual(['/p5/']);
	});

	it('indexes the whole site again for a new page', async () => {
		expect(steps.added!.stats.delta).toBeUndefined();
		expect(steps.added!.stats.fullReason).toMatch(/^1 trang mới/);
		expect(fs.existsSync(path.join(steps.added!.copy, 'pagefind', 'delta'))).toBe(false);
		expect(await found(steps.added!.copy, 'zqxnewpage')).toEqual([`/p${PAGE_COUNT + 1}/`]);
		expect(readIndexedPages(steps.added!.copy)).toHaveLength(PAGE_COUNT + 1);
	});

	it('indexes the whole site again when a page leaves publication, leaving no trace of it in the bundle', async () => {
		expect(bundleText(steps.added!.copy)).toContain('zqxpage7');
		const { stats, copy } = steps.removed!;
		expect(stats.delta).toBeUndefined();
		expect(stats.fullReason).toMatch(/^1 trang không còn công khai/);
		expect(bundleText(copy)).not.toContain('zqxpage7');
		expect(fs.existsSync(path.join(copy, 'pagefind', 'delta'))).toBe(false);
		expect(manifest(copy)).toEqual({ superseded: [], pages: [] });
		// The new base holds the edits: the old text is gone from every file.
		expect(bundleText(copy)).not.toContain('zqxoldtext');
		expect(await found(copy, 'zqxnewtext')).toEqual(['/p3/']);
	});

	it('indexes nothing when nothing changed, and keeps the base whole', () => {
		const { stats, copy } = steps.unchanged!;
		expect(stats.delta).toBe(0);
		expect(manifest(copy)).toEqual({ superseded: [], pages: [] });
		expect(fs.existsSync(path.join(copy, 'pagefind', 'delta'))).toBe(false);
		expect(readIndexedPages(copy)).toHaveLength(PAGE_COUNT);
	});

	it('indexes the whole site again when more pages changed than a delta takes', () => {
		expect(steps.many!.stats.delta).toBeUndefined();
		expect(steps.many!.stats.fullReason).toMatch(/trang đã đổi, quá ngưỡng/);
		expect(readIndexedPages(steps.many!.copy).filter((one) => one.content.includes('zqxmany'))).toHaveLength(DELTA_MIN_PAGES + 1);
	});
});

describe('delta index on a large site: a query of common words only', () => {
	let bigRoot = '';

	beforeAll(async () => {
		bigRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-delta-common-'));
	});

	afterAll(() => fs.rmSync(bigRoot, { recursive: true, force: true }));

	it('finds through the common-word fallback the pages a whole index of the same pages finds, the edited one among them', async () => {
		const site = path.join(bigRoot, 'dist');
		const staging = path.join(bigRoot, 'cache', 'search-staging');
		// Every page holds the five words (common words, marked in the text); odd pages from 8 on scattered, until page 9 is edited.
		const text = (i: number) => (i % 2 === 0 || i < 8 ? 'Cán bộ công chức viên chức thi đua.' : 'Cán bộ đi họp; viên chức trực; công chức nghỉ phép.');
		const write = (i: number, words: string) => {
			fs.mkdirSync(path.join(site, `p${i}`), { recursive: true });
			fs.writeFileSync(path.join(site, `p${i}`, 'index.html'), page(`Báo cáo ${i}`, `<p>${words}</p><p>Tên${i} zqxbig${i}.</p>`));
		};
		for (let i = 0; i < PAGE_COUNT; i++) write(i, text(i));
		await buildSearchIndex(site, { stagingDir: staging, commonWordsFrom: 10 });
		write(9, 'Cán bộ công chức viên chức thi đua, sửa lại.');
		const aside = path.join(bigRoot, 'aside');
		fs.renameSync(path.join(site, 'pagefind'), aside);
		const stats = await buildSearchIndex(site, { stagingDir: staging, commonWordsFrom: 10, previousBundle: aside });
		expect(stats.delta).toBe(1);
		const whole = path.join(bigRoot, 'whole');
		fs.cpSync(site, whole, { recursive: true, filter: (file) => !file.includes(`${path.sep}pagefind`) });
		await buildSearchIndex(whole, { commonWordsFrom: 10 });
		const shown = async (dir: string) => {
			const { engine } = await pagefindInNode(dir, { facets: false, fresh: true });
			await runSearch(engine, readState(new URLSearchParams({ q: 'báo cáo' })));
			const { results } = await runSearch(engine, readState(new URLSearchParams({ q: 'cán bộ công chức viên chức' })));
			return Promise.all(results.map(async (one) => (one.data ?? (await one.result.data())).url));
		};
		const [byDelta, byWhole] = [await shown(site), await shown(whole)];
		expect(byWhole).toContain('/p9/');
		expect(byWhole.filter((url) => !byDelta.includes(url))).toEqual([]);
		expect([...byDelta].sort()).toEqual([...byWhole].sort());
	});
});
