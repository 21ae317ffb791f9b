import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputFileOf, prestagePage, withoutSearchRecord } from '../../src/search/prestage-hook.ts';
import { startPrestage } from '../../src/search/prestage.ts';
import { pageForIndex, prestagedDir } from '../../src/search/page-for-index.ts';
import { PRESTAGED_WORDS, readStagingManifest, stagedPages, stagePages, stripping } from '../../src/search/staging.ts';
import { markedPages } from '../../src/search/marked-pages.ts';
import { readWordsFile, type WordsCache } from '../../src/search/words-cache.ts';

/** A document page as SearchMeta.astro renders it, with its hidden record; and a page without one. */
const record = (title: string) =>
	`<div hidden data-search-record="document"><span data-pagefind-meta="title:${title}"></span><span data-pagefind-meta="so:25/KH-UBND"></span><span data-pagefind-filter="loai:ke-hoach"></span></div>`;
const documentPage = (title: string) =>
	`<!DOCTYPE html><html lang="vi"><body><main><article data-pagefind-body>${record(title)}<h1>${title}</h1><p>Đẩy mạnh cải cách hành chính, Số 25/KH-UBND.</p></article></main></body></html>`;
const listingPage = '<!DOCTYPE html><html lang="vi"><body><main><h1>Văn bản</h1></main></body></html>';

const PAGES: Record<string, string> = {
	'/van-ban/a/2024/kh-1/': documentPage('Kế hoạch thi đua một'),
	'/van-ban/a/2024/kh-2/': documentPage('Kế hoạch thi đua hai'),
	'/van-ban/': listingPage,
	'/404': listingPage,
};

let dir = '';
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-prestage-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const staging = () => path.join(dir, 'staging');
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** What Astro does in a build with the hook installed: each page through the middleware's call, the result written. */
async function buildWithPrestage(outDir: string, version = 'v1', backlog?: number): Promise<void> {
	fs.mkdirSync(prestagedDir(staging()), { recursive: true });
	const prestage = startPrestage({ dir: prestagedDir(staging()), version }, backlog === undefined ? {} : { backlog });
	for (const [pathname, html] of Object.entries(PAGES)) {
		const file = path.join(outDir, outputFileOf(pathname));
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, prestagePage(pathname, html));
	}
	await prestage.finish();
}

describe('a rendered page’s output file', () => {
	it('is the file Astro writes for the path', () => {
		expect(outputFileOf('/')).toBe('index.html');
		expect(outputFileOf('/van-ban/a/2024/kh-1/')).toBe('van-ban/a/2024/kh-1/index.html');
		expect(outputFileOf('/d/2d4r3g/index.html')).toBe('d/2d4r3g/index.html');
		expect(outputFileOf('/404')).toBe('404.html');
		expect(outputFileOf('/404/')).toBe('404.html');
		expect(outputFileOf('/van-ban/tr%C6%B0%E1%BB%9Dng/')).toBe('van-ban/trường/index.html');
	});
});

describe('the page the middleware writes', () => {
	it('is the page the staging would leave after stripping it, byte for byte', () => {
		const html = documentPage('Kế hoạch thi đua một');
		const out = withoutSearchRecord(html);
		expect(out).not.toContain('data-search-record');
		const stripped = stripping(Buffer.from(html, 'utf8'))!;
		expect(Buffer.byteLength(out, 'utf8')).toBe(stripped.size);
		expect(sha(out)).toBe(stripped.sha256);
		expect(withoutSearchRecord(listingPage)).toBe(listingPage);
	});

	it('is the page as rendered when no build installed the hook (astro dev, preview)', () => {
		const html = documentPage('Kế hoạch thi đua một');
		expect(prestagePage('/van-ban/a/2024/kh-1/', html)).toBe(html);
	});
});

describe('pages staged while Astro renders', () => {
	it('are taken by the staging unread, as it would have staged them from the renders', async () => {
		const outDir = path.join(dir, 'dist');
		await buildWithPrestage(outDir);
		for (const pathname of ['/van-ban/a/2024/kh-1/', '/van-ban/a/2024/kh-2/']) {
			expect(fs.readFileSync(path.join(outDir, outputFileOf(pathname)), 'utf8')).toBe(withoutSearchRecord(PAGES[pathname]!));
		}
		const stats = await stagePages(outDir, staging(), 'v1', pageForIndex, undefined, undefined, { stripRecords: true, prestaged: prestagedDir(staging()) });
		expect(stats).toEqual({ indexed: 2, read: 0, prepared: 0, prestaged: 4 });
		expect(fs.existsSync(prestagedDir(staging()))).toBe(false);

		// The same pages rendered with their records and staged the usual way.
		const usualDist = path.join(dir, 'usual-dist');
		const usualStaging = path.join(dir, 'usual-staging');
		for (const [pathname, html] of Object.entries(PAGES)) {
			const file = path.join(usualDist, outputFileOf(pathname));
			fs.mkdirSync(path.dirname(file), { recursive: true });
			fs.writeFileSync(file, html);
		}
		expect(await stagePages(usualDist, usualStaging, 'v1', pageForIndex, undefined, undefined, { stripRecords: true })).toEqual({ indexed: 2, read: 4, prepared: 4, prestaged: 0 });
		const prestagedManifest = await readStagingManifest(staging());
		expect(Object.keys(prestagedManifest?.pages ?? {})).toHaveLength(4);
		expect(prestagedManifest).toEqual(await readStagingManifest(usualStaging));
		for (const pathname of ['/van-ban/a/2024/kh-1/', '/van-ban/a/2024/kh-2/']) {
			const relative = outputFileOf(pathname);
			expect(fs.readFileSync(path.join(staging(), relative), 'utf8')).toBe(fs.readFileSync(path.join(usualStaging, relative), 'utf8'));
			expect(fs.readFileSync(path.join(outDir, relative), 'utf8')).toBe(fs.readFileSync(path.join(usualDist, relative), 'utf8'));
		}
	});

	it('are not taken when the page in the output is not what Astro was handed, or under another staging version', async () => {
		const outDir = path.join(dir, 'dist');
		await buildWithPrestage(outDir);
		// A page changed after Astro wrote it (size differs): read and staged from what is there.
		const edited = path.join(outDir, outputFileOf('/van-ban/a/2024/kh-2/'));
		fs.writeFileSync(edited, documentPage('Kế hoạch thi đua hai, sửa sau khi dựng'));
		const stats = await stagePages(outDir, staging(), 'v1', pageForIndex, undefined, undefined, { stripRecords: true, prestaged: prestagedDir(staging()) });
		expect(stats).toEqual({ indexed: 2, read: 1, prepared: 1, prestaged: 3 });
		expect(fs.readFileSync(path.join(staging(), outputFileOf('/van-ban/a/2024/kh-2/')), 'utf8')).toContain('sửa sau khi dựng');

		// Prepared by other code than the staging's: none taken, the records put back from what stripping kept.
		await buildWithPrestage(outDir, 'v1');
		const other = await stagePages(outDir, staging(), 'v2', pageForIndex, undefined, undefined, { stripRecords: true, prestaged: prestagedDir(staging()) });
		expect(other).toMatchObject({ indexed: 2, prestaged: 0, prepared: 4 });
		expect(fs.readFileSync(path.join(staging(), outputFileOf('/van-ban/a/2024/kh-1/')), 'utf8')).toContain('data-search-record="document"');
	});

	it('are written with their records and staged after Astro when the worker is a backlog behind', async () => {
		const outDir = path.join(dir, 'dist');
		await buildWithPrestage(outDir, 'v1', 0);
		const relative = outputFileOf('/van-ban/a/2024/kh-1/');
		expect(fs.readFileSync(path.join(outDir, relative), 'utf8')).toBe(PAGES['/van-ban/a/2024/kh-1/']);
		const stats = await stagePages(outDir, staging(), 'v1', pageForIndex, undefined, undefined, { stripRecords: true, prestaged: prestagedDir(staging()) });
		expect(stats).toEqual({ indexed: 2, read: 4, prepared: 4, prestaged: 0 });
		expect(fs.readFileSync(path.join(outDir, relative), 'utf8')).toBe(withoutSearchRecord(PAGES['/van-ban/a/2024/kh-1/']!));
	});

	it('drop the indexer’s copy of a page that no longer carries a record (a withdrawn document)', async () => {
		const outDir = path.join(dir, 'dist');
		const withdrawn = outputFileOf('/van-ban/a/2024/kh-2/');
		await buildWithPrestage(outDir);
		await stagePages(outDir, staging(), 'v1', pageForIndex, undefined, undefined, { stripRecords: true, prestaged: prestagedDir(staging()) });
		expect(fs.existsSync(path.join(staging(), withdrawn))).toBe(true);
		const before = PAGES['/van-ban/a/2024/kh-2/']!;
		PAGES['/van-ban/a/2024/kh-2/'] = listingPage;
		try {
			await buildWithPrestage(outDir);
		} finally {
			PAGES['/van-ban/a/2024/kh-2/'] = before;
		}
		const stats = await stagePages(outDir, staging(), 'v1', pageForIndex, undefined, undefined, { stripRecords: true, prestaged: prestagedDir(staging()) });
		expect(stats).toEqual({ indexed: 1, read: 0, prepared: 0, prestaged: 4 });
		expect(fs.existsSync(path.join(staging(), withdrawn))).toBe(false);
	});
});

describe('words counted while Astro renders', () => {
	/** Each word's count and each page's words, whatever order the words were first met in. */
	const counted = (cache: WordsCache) => ({
		counts: Object.fromEntries(cache.words.map((word, index) => [word, cache.counts[index]]).filter(([, count]) => Number(count) > 0).sort()),
		pages: Object.fromEntries(Object.entries(cache.pages).map(([relative, page]) => [relative, { sha256: page.sha256, words: page.words.map((index) => cache.words[index]).sort() }])),
	});

	it('are what reading the staged pages gives, and the common words are taken from them', async () => {
		const outDir = path.join(dir, 'dist');
		await buildWithPrestage(outDir);
		const prestaged = await readWordsFile(path.join(prestagedDir(staging()), PRESTAGED_WORDS));
		expect(prestaged).toBeDefined();
		await stagePages(outDir, staging(), 'v1', pageForIndex, undefined, undefined, { stripRecords: true, prestaged: prestagedDir(staging()) });
		const staged = await stagedPages(staging());
		expect(Object.keys(prestaged!.pages).sort()).toEqual([...staged.keys()].sort());

		const fromRenders = await markedPages(staging(), path.join(dir, 'marked'), staged, 2, 'v1', prestaged);
		const fromPages = await markedPages(staging(), path.join(dir, 'marked-read'), staged, 2, 'v1');
		const wordsOf = (marked: string) => JSON.parse(fs.readFileSync(path.join(marked, 'words.json'), 'utf8')) as WordsCache;
		expect(counted(wordsOf(path.join(dir, 'marked')))).toEqual(counted(wordsOf(path.join(dir, 'marked-read'))));
		expect(fromRenders.common).toBe(fromPages.common);
		for (const relative of staged.keys()) {
			expect(fs.readFileSync(path.join(dir, 'marked', relative), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'marked-read', relative), 'utf8'));
		}

		// Taken, not read again: a word only the prestaged count holds reaches the common words.
		const relative = [...staged.keys()][0]!;
		const seeded: WordsCache = { ...prestaged!, words: [...prestaged!.words, 'chiđếmkhidựng'], counts: [...prestaged!.counts, 1] };
		seeded.pages = { ...seeded.pages, [relative]: { ...seeded.pages[relative]!, words: [...seeded.pages[relative]!.words, seeded.words.length - 1] } };
		await markedPages(staging(), path.join(dir, 'marked-seeded'), staged, 2, 'v1', seeded);
		expect(wordsOf(path.join(dir, 'marked-seeded')).words).toContain('chiđếmkhidựng');
		// Under another staging version they are not taken.
		await markedPages(staging(), path.join(dir, 'marked-other'), staged, 2, 'v2', seeded);
		expect(wordsOf(path.join(dir, 'marked-other')).words).not.toContain('chiđếmkhidựng');
	});
});
