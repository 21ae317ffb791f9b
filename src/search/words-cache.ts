/**
 * The words of each staged page and how many pages hold each word: what
 * finding the common words needs (common-words.ts). Kept between builds by
 * marked-pages.ts, and started while Astro renders by the prestage worker
 * (prestage-worker.ts), which has each page in hand anyway: a warm build
 * then reads no page for its words after Astro. Plain Node with type
 * stripping (the worker loads it), so only erasable TypeScript.
 */

import fs from 'node:fs/promises';

/**
 * Words of each page, as indexes into one shared list (a tenth of the size of
 * the words written out per page), and how many pages hold each word.
 */
export interface WordsCache {
	/** The staging's cache key: words read by other code are read again. */
	version: string;
	words: string[];
	/** Pages holding each word of `words`, by index. */
	counts: number[];
	/** Each page's SHA-256 as built (the staging manifest's) and its words, by index. */
	pages: Record<string, { sha256: string; words: number[] }>;
}

/** In the marked folder (marked-pages.ts): the words of every staged page, kept between builds. */
export const WORDS_FILE = 'words.json';

export const emptyWordsCache = (version: string): WordsCache => ({ version, words: [], counts: [], pages: {} });

/** Takes a page's old words (if any) out of the counts. */
export function uncountPage(cache: WordsCache, relative: string): void {
	const page = cache.pages[relative];
	if (!page) return;
	for (const index of page.words) cache.counts[index]!--;
	delete cache.pages[relative];
}

/**
 * Counts a page's words, in place of its old ones. `indexOf` is the map of
 * `cache.words` to their indexes, kept by the caller across pages (built
 * once per cache: rebuilding it per page would cost more than the counting).
 */
export function countPage(cache: WordsCache, indexOf: Map<string, number>, relative: string, sha256: string, words: Iterable<string>): void {
	uncountPage(cache, relative);
	const indexes: number[] = [];
	for (const word of new Set(words)) {
		let index = indexOf.get(word);
		if (index === undefined) {
			indexOf.set(word, (index = cache.words.push(word) - 1));
			cache.counts.push(0);
		}
		cache.counts[index]!++;
		indexes.push(index);
	}
	cache.pages[relative] = { sha256, words: indexes };
}

export const wordIndexes = (cache: WordsCache): Map<string, number> => new Map(cache.words.map((word, index) => [word, index]));

/** A words file as written, or undefined when there is none or it cannot be read (then every page is read again). */
export async function readWordsFile(file: string): Promise<WordsCache | undefined> {
	try {
		const cache = JSON.parse(await fs.readFile(file, 'utf8')) as WordsCache;
		return Array.isArray(cache.counts) ? cache : undefined;
	} catch {
		return undefined;
	}
}
