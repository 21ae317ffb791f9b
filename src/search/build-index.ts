import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_DIR } from './pagefind-api.ts';
import { folderSize } from '../lib/files.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { pageForIndex, prestagedDir, stagingVersion } from './page-for-index.ts';
import { PRESTAGED_WORDS, stagePages, type KnownPages } from './staging.ts';
import { markedDirOf, type SearchStatePreread } from './preread.ts';
import { readWordsFile } from './words-cache.ts';
import { markedPages } from './marked-pages.ts';
import { markStep } from '../lib/build-timings.ts';
import { COMMON_WORDS_FROM_PAGES } from './common-words.ts';
import { slimFragments } from './slim-fragments.ts';
import { wholeChunkEnds } from './chunk-ranges.ts';
import { thinDenseWords, writeWordCosts } from './dense-words.ts';
import { indexBaseOrDelta } from './delta-run.ts';

/** Inside an indexed article, text that only repeats what is around it. */
const EXCLUDE_SELECTORS = [
	// The print header repeats agency, number and the page URL.
	'.print-only',
	// "Liên kết đến mục …" beside every heading repeats the heading.
	'.heading-anchor',
	// Labels, not text: type and status tags, the caption line, description-list terms
	// ("Người ký", "Số, ký hiệu"), the fixed section headings of campaign and agency pages
	// ("Phong trào thi đua (1)", "Diễn biến phong trào"), listing meta lines and screen-reader
	// labels. Indexed, they matched "thi dua" on all 16 agency pages and became the excerpt
	// of every campaign ("… Phong trào thi đua Phong trào thi đua …").
	'.tag',
	'.caption',
	'dt',
	'section[aria-labelledby] > h2',
	'.document-list__meta',
	'.campaign-list__meta',
	'.timeline__meta',
	'.timeline__number',
	'.visually-hidden',
];

/**
 * Files of the Pagefind bundle the site never loads: the ready-made UIs (the
 * site has its own) and the highlight script. Everything else is the search
 * runtime, the index and the fragments.
 */
const UNUSED_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

export interface IndexStats {
	pages: number;
	files: number;
	bytes: number;
	/** Built pages the staging read and hashed (the rest were known unchanged by their input digest). */
	read: number;
	/** Pages whose indexer's copy was made again. */
	prepared: number;
	/** Pages prepared while Astro rendered them (prestage.ts), taken as they were. */
	prestaged: number;
	/** Pages indexed into the delta, or undefined after a full index (delta-plan.ts). */
	delta?: number;
	/** Why the whole site was indexed, after a full index. */
	fullReason?: string;
}

/**
 * Indexes the built site in `distDir` and writes the bundle to
 * `distDir/pagefind/`. Every byte of HTML goes through `htmlForIndex`, so
 * "đ" is folded at the root for all indexed text: body, titles, metadata.
 * The prepared pages are staged on disk and handed to Pagefind as a folder:
 * Pagefind then reads them on all cores and writes its bundle itself, which
 * took a third of the time of sending each page and file through its pipe.
 * A lasting `stagingDir` (`npm run build` keeps it beside Astro's cache)
 * spares preparing again the pages that did not change; without one, a
 * temporary folder is used and removed.
 */
export async function buildSearchIndex(
	distDir: string,
	{
		onProgress,
		stagingDir,
		commonWordsFrom = COMMON_WORDS_FROM_PAGES,
		knownPages,
		previousBundle,
		onFullIndex,
		stripSearchRecords = false,
		preread,
	}: {
		onProgress?: (done: number, total: number) => void;
		stagingDir?: string;
		/** Pages from which common words are marked (tests set it low). */
		commonWordsFrom?: number;
		/** The build's own list of its pages with their input digests (output-pages.ts); without it every page is read. */
		knownPages?: KnownPages;
		/** The last build's bundle, moved out of the output folder while Astro built: put back as the base when a delta will do. */
		previousBundle?: string;
		/** Called once the previous bundle is known not to be needed (a full index), so it can be deleted meanwhile. */
		onFullIndex?: () => void;
		/** Strip each page's hidden search record from `distDir` once staged (staging.ts); needs a lasting `stagingDir`, which remembers it. */
		stripSearchRecords?: boolean;
		/** What the last run of `stagingDir` left, already being read (preread.ts). */
		preread?: SearchStatePreread;
	} = {},
): Promise<IndexStats> {
	const staging = stagingDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'tdkt-search-')));
	const marked = markedDirOf(staging);
	try {
		const prestaged = stagingDir ? prestagedDir(stagingDir) : undefined;
		// Read before the staging takes the prestaged folder away.
		const prestagedWords = prestaged ? await readWordsFile(path.join(prestaged, PRESTAGED_WORDS)) : undefined;
		let stagedMap = new Map<string, string>();
		const staged = await stagePages(distDir, staging, stagingVersion(), pageForIndex, onProgress, knownPages, {
			stripRecords: stripSearchRecords && stagingDir !== undefined,
			prestaged,
			kept: preread?.manifest,
			onStaged: (pages) => (stagedMap = pages),
		});
		const pages = staged.indexed;
		markStep('Chỉ mục: chuẩn bị trang (staging)');
		const { dir: source, summaries, common } = await markedPages(staging, marked, stagedMap, commonWordsFrom, stagingVersion(), prestagedWords, preread?.words);
		markStep('Chỉ mục: đánh dấu từ phổ biến');
		const outDir = path.join(distDir, INDEX_DIR);
		const createIndex = async () => {
			const { index, errors } = await withChunkSize(() => pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS }));
			if (!index) throw new Error(`Pagefind không khởi tạo được chỉ mục: ${errors.join('; ')}`);
			return index;
		};
		const indexed = await indexBaseOrDelta({
			outDir,
			sourceDir: source,
			staged: stagedMap,
			summaries,
			version: cacheKey({ code: [import.meta.filename], packages: ['pagefind'] }),
			common,
			recordFile: stagingDir ? `${stagingDir}-base.json` : undefined,
			previousBundle,
			onFull: onFullIndex,
			createIndex,
			closeIndexer: () => pagefind.close(),
			fullIndex: async (index) => {
				const added = await index.addDirectory({ path: source });
				if (added.errors.length) throw new Error(`Pagefind không lập chỉ mục được: ${added.errors.join('; ')}`);
				if (added.page_count !== pages) throw new Error(`Pagefind lập chỉ mục ${added.page_count} trang, cần ${pages}`);
				markStep('Chỉ mục: Pagefind đọc và lập chỉ mục');
				await fs.rm(outDir, { recursive: true, force: true });
				const written = await index.writeFiles({ outputPath: outDir });
				if (written.errors.length) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
				markStep('Chỉ mục: Pagefind ghi tệp (writeFiles)');
				for (const name of await fs.readdir(outDir)) if (UNUSED_FILE.test(name)) await fs.rm(path.join(outDir, name));
				await slimFragments(path.join(outDir, 'fragment'), summaries);
				markStep('Chỉ mục: thu gọn đoạn trích (fragment)');
				await wholeChunkEnds(outDir);
				markStep('Chỉ mục: nối trọn từ cuối mảnh chỉ mục');
				// On a large site only, like common words: a small site's lists are small, and keep every position.
				if (pages >= commonWordsFrom) await thinDenseWords(outDir, pages);
				else await writeWordCosts(outDir);
				markStep('Chỉ mục: lược bớt vị trí của từ dày đặc');
			},
		});
		return { pages, read: staged.read, prepared: staged.prepared, prestaged: staged.prestaged, ...indexed, ...folderSize(outDir) };
	} finally {
		if (!stagingDir) for (const dir of [staging, marked]) await fs.rm(dir, { recursive: true, force: true });
	}
}

/**
 * Words per index chunk, in Pagefind's own unit (positions): 500 instead of
 * its 20,000. A query loads the whole chunk of each of its words, and for a
 * word it may extend, the chunks of the words that start with it, so a rare
 * word (a number, a surname) cost a 29 KiB chunk on the 10,000-document
 * corpus; in chunks of 2,000 it cost 3 KiB ("563/QĐ-UBND": 28 KiB of index
 * before, 3.2 KiB after), while the chunk list in the metadata every search
 * loads grew by 2 KiB. Chunks of 500 cut the index of a later query by
 * another quarter to a half (every fourth page of that corpus, 2,653 pages:
 * "đồng chí Phạm Ngọc Lan" 11.2 to 4.5 KiB, "khen thuong tap the" 8.6 to
 * 6.5, "25/KH-UBND" 2.6 to 0.9) for 2 KiB more metadata; figures at full
 * size in docs/search.md. Pagefind reads it from its environment
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, 1.6): should a later version drop it,
 * chunks go back to the default size and nothing else changes.
 */
export const INDEX_CHUNK_SIZE = 500;

/** Pagefind's service is started by createIndex and inherits the environment of that moment. */
async function withChunkSize<T>(start: () => Promise<T>): Promise<T> {
	const key = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
	const before = process.env[key];
	process.env[key] = String(INDEX_CHUNK_SIZE);
	try {
		return await start();
	} finally {
		if (before === undefined) delete process.env[key];
		else process.env[key] = before;
	}
}
