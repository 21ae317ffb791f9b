import fs from 'node:fs/promises';
import path from 'node:path';
import { COMMON_MARK } from './common-words.ts';
import { thinChunkFiles } from './dense-chunks.ts';
import { WORD_COSTS_FILE, type WordCosts } from './word-costs.ts';
import { INDEX_WORKER } from './index-worker-url.ts';
import { splitAcrossWorkers } from '../lib/worker-split.ts';

/**
 * Dense words keep every page, not every position (issue 14's later-query
 * budget). After common and repeated words (common-words.ts,
 * repeated-words.ts), what a later query still paid for on the
 * 10,000-document corpus was the word-index entries of words that stand in
 * thousands of pages: "trưởng"/"trường" (5,497 pages, 25.9 KiB), "trung",
 * "tâm", "số", "2023". Pagefind lists, for each page, every position of the
 * word, and the positions are most of those bytes: a page number is a
 * small step from the previous one, a position is a number anywhere in the
 * page (figures in docs/search.md).
 *
 * So, on a large site, a word whose entries (all its diacritic forms
 * together) number at least DENSE_SHARE of the pages keeps, in each page,
 * its first body position only, rounded down to the start of the passage
 * it stands in (roundedPosition), and every field position (title,
 * number, names: Pagefind's third list) as it was. The page still has the
 * word, so every search finds the pages it found (an exact search of the
 * word too), and a result still reads the passage where the word first
 * stands, so the ranking sees it (passages.ts). What is lost: Pagefind's
 * count of the word's later occurrences on a page (its score saturates
 * after a few anyway; the order shown is rankCandidates'), and its phrase
 * search for a phrase that holds a dense word in the body text (in a field
 * it is found as before): the ranking then reads the window's text, as for
 * a common word (common-words.ts). On the 10,000-document corpus the
 * result counts and the full/approximate split of 48 benchmark queries
 * stayed the same but for two (docs/search.md). Dropping the positions
 * altogether cut twice as much, but an exact search of the word then lost
 * its pages and typed-diacritics queries came back all approximate.
 */
export const DENSE_SHARE = 0.1;

export { roundedPosition, thinChunk } from './dense-chunks.ts';

/**
 * Thins the dense words of every index chunk of a bundle written for
 * `pages` indexed pages (thinChunk), each file rewritten in place under
 * its name (the metadata lists chunks by name, and the words and pages a
 * chunk holds do not change), and writes the list of those words with the
 * size of their chunk (word-costs.ts), by which the browser plans a query.
 * On every core: 12.0 s on one for the 954 chunks of a 10,000-document
 * site, two thirds of it zlib (profiled).
 */
export async function thinDenseWords(bundleDir: string, pages: number, { share = DENSE_SHARE, threadsFrom = 100 } = {}): Promise<{ words: number; bytesBefore: number; bytesAfter: number }> {
	const costs: WordCosts = { chunks: [], common: {} };
	const indexDir = path.join(bundleDir, 'index');
	const minPages = Math.max(1, Math.ceil(pages * share));
	const names = (await fs.readdir(indexDir)).filter((file) => file.endsWith('.pf_index')).sort();
	const job = { kind: 'thin', indexDir, minPages } as const;
	const results = await splitAcrossWorkers(INDEX_WORKER, names, job, { inProcessBelow: threadsFrom, inProcess: (items) => thinChunkFiles({ ...job, items }) });
	let words = 0;
	let bytesBefore = 0;
	let bytesAfter = 0;
	for (const thinned of results) {
		if (!thinned) continue;
		words += thinned.words.length;
		bytesBefore += thinned.bytesBefore;
		bytesAfter += thinned.bytesAfter;
		thinned.words.forEach((word, index) => {
			if (word.startsWith(COMMON_MARK)) costs.common[word.slice(COMMON_MARK.length)] = [costs.chunks.length, thinned.pages[index]!];
		});
		// A chunk of marked words only is loaded by the common-word fallback alone, by its index here: no range needed.
		costs.chunks.push(thinned.range[0].startsWith(COMMON_MARK) ? ['', '', thinned.bytesAfter] : [...thinned.range, thinned.bytesAfter]);
	}
	await writeWordCosts(bundleDir, costs);
	return { words, bytesBefore, bytesAfter };
}

/** Writes a bundle's word costs (word-costs.ts); a small site, whose words are not thinned, writes an empty list, so its page asks for no missing file. */
export async function writeWordCosts(bundleDir: string, costs: WordCosts = { chunks: [], common: {} }): Promise<void> {
	await fs.writeFile(path.join(bundleDir, WORD_COSTS_FILE), JSON.stringify(costs));
}
