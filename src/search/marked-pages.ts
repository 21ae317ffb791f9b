/**
 * The folder Pagefind indexes on a site large enough to have common words
 * (common-words.ts): every staged page with those words marked, repeated
 * occurrences marked (repeated-words.ts) and the summary field set apart
 * when the text holds it (summary-field.ts; the summaries are returned for
 * the fragments, fragments.ts). Finding the
 * common words needs the words of every page, and a new common word changes
 * every page's marked copy; read and written afresh on each build, that was
 * all 10,600 staged pages read twice and written once for a one-document
 * edit (2.6 s for 1,063 pages at a load of 22; ten times that at 10,000).
 *
 * Both are kept between builds in `markedDir`, keyed by digests only:
 * - the words of each staged page, under the SHA-256 of the built page it was
 *   staged from (the staging manifest's, staging.ts) and the cache key of the
 *   code that stages and reads words (`version`): a page is read again only
 *   when its staged copy changed;
 * - each marked copy, under the same page digest and the digest of the
 *   common-word set it was marked with: when the set is unchanged only the
 *   changed pages are marked again; when it changes, all are.
 * Marked copies of pages no longer staged (deleted, drafts, embargoed) are
 * removed, so the folder holds exactly the staged pages.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { wordsInShare } from './common-words.ts';
import { markPages, readPageWords } from './mark-work.ts';
import { pageUrl } from './summary-field.ts';
import { splitAcrossWorkers } from '../lib/worker-split.ts';
import { filesUnder } from '../lib/files.ts';
import { INDEX_WORKER } from './index-worker-url.ts';
import { countPage, emptyWordsCache, readWordsFile, uncountPage, wordIndexes, WORDS_FILE, type WordsCache } from './words-cache.ts';

const MARKED_FILE = 'marked.json';

/** Which marked copies are in place, and with which common words. */
interface MarkedManifest {
	version: string;
	/** SHA-256 of the sorted common words the copies were marked with. */
	common: string;
	/** Page → SHA-256 of the built page its marked copy was made from. */
	pages: Record<string, string>;
	/** Page → the summary taken out of its marked copy, put back into its fragment. */
	summaries: Record<string, string>;
}

/** The folder to index, and the summaries set apart by page URL. */
export interface MarkedPages {
	dir: string;
	summaries: Map<string, string>;
	/** SHA-256 of the sorted common words the pages were marked with; '' when the site is too small to mark any. */
	common: string;
}

async function readJson<T>(file: string): Promise<T | undefined> {
	try {
		return JSON.parse(await fs.readFile(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** Under this many pages to read or mark, the work stays in this thread: a worker's start (about 100 ms) would cost more. */
const IN_PROCESS_BELOW = 500;

/**
 * Brings `cache` to the pages of `staged`: a page whose digest is unchanged
 * keeps its words and counts; changed and new pages are read (on every core
 * when there are many), their old words (if any) uncounted and their new
 * ones counted; a page gone is uncounted. Returns whether anything changed.
 */
async function updateWords(stagingDir: string, staged: ReadonlyMap<string, string>, cache: WordsCache): Promise<boolean> {
	const gone = Object.keys(cache.pages).filter((relative) => !staged.has(relative));
	for (const relative of gone) uncountPage(cache, relative);
	const toRead = [...staged].filter(([relative, sha256]) => cache.pages[relative]?.sha256 !== sha256).map(([relative]) => relative);
	const job = { kind: 'words', stagingDir } as const;
	const read = await splitAcrossWorkers(INDEX_WORKER, toRead, job, { inProcessBelow: IN_PROCESS_BELOW, inProcess: (items) => readPageWords({ ...job, items }) });
	const indexOf = wordIndexes(cache);
	for (const [at, relative] of toRead.entries()) countPage(cache, indexOf, relative, staged.get(relative)!, read[at]!);
	return gone.length > 0 || toRead.length > 0;
}

/** Relative paths of the marked copies in `markedDir`, found by listing it. */
function markedCopies(markedDir: string): Set<string> {
	return new Set(filesUnder(markedDir).filter((file) => file.endsWith('.html')).map((file) => path.relative(markedDir, file)));
}

/**
 * Keeps `markedDir` holding the marked copy of every page in `staged`
 * (relative path → SHA-256 of the built page), and returns the folder
 * Pagefind should index: `markedDir`, or `stagingDir` itself on a site of
 * fewer than `fromPages` pages.
 */
export async function markedPages(
	stagingDir: string,
	markedDir: string,
	staged: ReadonlyMap<string, string>,
	fromPages: number,
	version: string,
	/** Words counted while Astro rendered (prestage-worker.ts): the start when nothing is kept from a last build. */
	prestagedWords?: WordsCache,
	/** The words file of `markedDir`, read while Astro built (preread.ts); read here without it. */
	keptWords?: Promise<WordsCache | undefined>,
): Promise<MarkedPages> {
	const wordsFile = path.join(markedDir, WORDS_FILE);
	const markedFile = path.join(markedDir, MARKED_FILE);
	const previousWords = await (keptWords ?? readWordsFile(wordsFile));
	const previousMarked = await readJson<MarkedManifest>(markedFile);
	// Written again only once everything is in place: an interrupted run starts afresh.
	await fs.rm(markedFile, { force: true });
	if (staged.size < fromPages) return { dir: stagingDir, summaries: new Map(), common: '' };
	const words: WordsCache =
		previousWords?.version === version ? previousWords : prestagedWords?.version === version ? prestagedWords : emptyWordsCache(version);
	await fs.mkdir(markedDir, { recursive: true });
	if ((await updateWords(stagingDir, staged, words)) || words !== previousWords) await fs.writeFile(wordsFile, JSON.stringify(words));
	const common = wordsInShare(words.words.map((word, index): [string, number] => [word, words.counts[index]!]), staged.size, { fromPages });
	const commonDigest = createHash('sha256').update([...common].sort().join('\n')).digest('hex');
	const reusable = previousMarked?.version === version && previousMarked.common === commonDigest ? previousMarked : undefined;
	const summaryOf = new Map<string, string | undefined>();
	const toMark: string[] = [];
	// A completed run's manifest names every copy it left (an interrupted run leaves none): the folder, one folder per page
	// (12,935 at 10,000 documents, 0.7 s to list), is listed only without one.
	const copies = previousMarked?.version === version ? new Set(Object.keys(previousMarked.pages)) : markedCopies(markedDir);
	for (const [relative, sha256] of staged) {
		if (reusable?.pages[relative] === sha256 && existsSync(path.join(markedDir, relative))) summaryOf.set(relative, reusable.summaries[relative]);
		else toMark.push(relative);
	}
	const job = { kind: 'mark', stagingDir, markedDir, common: [...common] } as const;
	const taken = await splitAcrossWorkers(INDEX_WORKER, toMark, job, { inProcessBelow: IN_PROCESS_BELOW, inProcess: (items) => markPages({ ...job, items }) });
	for (const [at, relative] of toMark.entries()) summaryOf.set(relative, taken[at]);
	const summaries: Record<string, string> = {};
	for (const relative of staged.keys()) if (summaryOf.get(relative) !== undefined) summaries[relative] = summaryOf.get(relative)!;
	// Copies of pages no longer staged (deleted, drafts, embargoed), or left by an interrupted run: Pagefind must not index them.
	await Promise.all([...copies].filter((relative) => !staged.has(relative)).map((relative) => fs.rm(path.join(markedDir, relative), { force: true })));
	await fs.writeFile(markedFile, JSON.stringify({ version, common: commonDigest, pages: Object.fromEntries(staged), summaries } satisfies MarkedManifest));
	return { dir: markedDir, summaries: new Map(Object.entries(summaries).map(([relative, summary]) => [pageUrl(relative), summary])), common: commonDigest };
}
