import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSearchRecord, stagePages } from '../../src/search/staging.ts';

/** A document page as SearchMeta.astro renders it: the hidden record inside the article, a value with a ">" and an escaped quote. */
const record = (title: string) =>
	`<div hidden data-search-record="document"><span data-pagefind-meta="title:${title}"></span><span data-pagefind-meta="tom-tat:a > b &quot;c&quot;"></span><span data-pagefind-filter="loai:ke-hoach"></span><span data-pagefind-sort="ngay:2024-03-05"></span></div>`;
const render = (title: string) => `<!DOCTYPE html><html><body><main><article data-pagefind-body>${record(title)}<h1>${title}</h1><p>Nội dung</p></article></main></body></html>`;
const RELATIVE = 'van-ban/a/2024/kh/index.html';

let dir = '';
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-strip-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const built = () => path.join(dir, 'dist', RELATIVE);
const stagedCopy = () => fs.readFileSync(path.join(dir, 'staging', RELATIVE), 'utf8');
function writeBuilt(html: string) {
	fs.mkdirSync(path.dirname(built()), { recursive: true });
	fs.writeFileSync(built(), html);
}
/** The indexer's copy as build-index.ts decides it: only a page with a record, here unchanged. */
const forIndex = (html: string) => (html.includes('data-search-record') ? html : undefined);
const stage = (known?: Map<string, string | null>, version = 'v1') => stagePages(path.join(dir, 'dist'), path.join(dir, 'staging'), version, forIndex, undefined, known, { stripRecords: true });

describe('the search record is stripped from the published page once staged', () => {
	it('removes exactly the hidden block, and the index is made from the page with it', async () => {
		writeBuilt(render('Kế hoạch 1'));
		expect((await stage()).indexed).toBe(1);
		expect(fs.readFileSync(built(), 'utf8')).toBe(render('Kế hoạch 1').replace(record('Kế hoạch 1'), ''));
		expect(stagedCopy()).toBe(render('Kế hoạch 1'));
	});

	it('keeps the page indexed on the next build, from the stripped page or the same render again, without preparing it again', async () => {
		writeBuilt(render('Kế hoạch 1'));
		await stage();
		const stripped = fs.readFileSync(built(), 'utf8');
		// The stripped page left in place (no input digest known: every page is read).
		expect(await stage()).toEqual({ indexed: 1, read: 1, prepared: 0, prestaged: 0 });
		expect(stagedCopy()).toBe(render('Kế hoạch 1'));
		// Astro writes the same render again: recognised by its hash, stripped again.
		writeBuilt(render('Kế hoạch 1'));
		expect(await stage()).toEqual({ indexed: 1, read: 1, prepared: 0, prestaged: 0 });
		expect(fs.readFileSync(built(), 'utf8')).toBe(stripped);
	});

	it('reads nothing for a page Astro kept, yet strips the render Astro copied back from its cache', async () => {
		writeBuilt(render('Kế hoạch 1'));
		await stage(new Map([[RELATIVE, 'inputs-1']]));
		const stripped = fs.readFileSync(built(), 'utf8');
		expect(await stage(new Map([[RELATIVE, 'inputs-1']]))).toEqual({ indexed: 1, read: 0, prepared: 0, prestaged: 0 });
		writeBuilt(render('Kế hoạch 1'));
		expect(await stage(new Map([[RELATIVE, 'inputs-1']]))).toEqual({ indexed: 1, read: 1, prepared: 0, prestaged: 0 });
		expect(fs.readFileSync(built(), 'utf8')).toBe(stripped);
	});

	it('stages an edited page afresh, from its new record', async () => {
		writeBuilt(render('Kế hoạch 1'));
		await stage();
		writeBuilt(render('Kế hoạch 2'));
		expect(await stage()).toEqual({ indexed: 1, read: 1, prepared: 1, prestaged: 0 });
		expect(stagedCopy()).toBe(render('Kế hoạch 2'));
		expect(fs.readFileSync(built(), 'utf8')).toBe(render('Kế hoạch 2').replace(record('Kế hoạch 2'), ''));
	});

	it('never rewrites a page through a hard link it shares with a cache', async () => {
		const cached = path.join(dir, 'cache.html');
		fs.writeFileSync(cached, render('Kế hoạch 1'));
		fs.mkdirSync(path.dirname(built()), { recursive: true });
		fs.linkSync(cached, built());
		await stage();
		expect(fs.readFileSync(cached, 'utf8')).toBe(render('Kế hoạch 1'));
		expect(fs.readFileSync(built(), 'utf8')).not.toContain('data-search-record');
	});

	it('puts the record back to stage a stripped page again when the staging code changed, and keeps it indexed', async () => {
		writeBuilt(render('Kế hoạch 1'));
		await stage(new Map([[RELATIVE, 'inputs-1']]));
		const stripped = fs.readFileSync(built(), 'utf8');
		// Astro keeps the page (same inputs), but a new staging version must prepare every page afresh.
		expect(await stage(new Map([[RELATIVE, 'inputs-1']]), 'v2')).toEqual({ indexed: 1, read: 1, prepared: 1, prestaged: 0 });
		expect(stagedCopy()).toBe(render('Kế hoạch 1'));
		expect(fs.readFileSync(built(), 'utf8')).toBe(stripped);
	});

	it('puts the record back after a run stopped before writing its manifest', async () => {
		writeBuilt(render('Kế hoạch 1'));
		await stage();
		// What a stopped run leaves: its manifest removed, the previous one set aside.
		fs.renameSync(path.join(dir, 'staging', 'manifest.bin'), path.join(dir, 'staging', 'manifest.previous.bin'));
		expect((await stage()).indexed).toBe(1);
		expect(stagedCopy()).toBe(render('Kế hoạch 1'));
	});

	it('strips nothing unless asked: a folder indexed without a lasting staging keeps its pages whole', async () => {
		writeBuilt(render('Kế hoạch 1'));
		await stagePages(path.join(dir, 'dist'), path.join(dir, 'staging'), 'v1', forIndex);
		expect(fs.readFileSync(built(), 'utf8')).toBe(render('Kế hoạch 1'));
	});

	it('leaves pages without a record, and text that only looks like one, as they are', () => {
		const prose = '<p>&lt;div hidden data-search-record="document"&gt;</p>';
		expect(findSearchRecord(prose)).toBeUndefined();
		expect(findSearchRecord('<div hidden data-search-record="document"><span class="x"></span></div>')).toBeUndefined();
		expect(findSearchRecord('<p>x</p><div hidden data-search-record="document"><span data-pagefind-meta="a:b"></span></div>')).toEqual({ index: 8, block: '<div hidden data-search-record="document"><span data-pagefind-meta="a:b"></span></div>' });
	});
});
