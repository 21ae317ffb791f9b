import fs from 'node:fs/promises';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { arrayItems, concat, arrayHead, decodeValue, encodeValue, type Value } from './cbor.ts';
import { FRAGMENT_SIGNATURE } from './fragments.ts';

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
 * together) cover at least DENSE_SHARE of the pages keeps, in each page,
 * only the first POSITIONS_KEPT body positions, and every field match
 * (title, number, names: Pagefind's third list) as it was. The page still
 * has the word, so every search finds what it found; its first position,
 * where repeated-words.ts indexes a word when it first stands, still places
 * the phrase in the lead and the passage to read. What is lost: Pagefind's
 * count of the word's later occurrences on a page (its score saturates
 * after a few anyway, and the order shown is rankCandidates'), and its
 * phrase search for a phrase whose dense words stand together only after
 * their first occurrence; the ranking then reads the window's text, as for
 * a common word's body occurrences.
 */
export const DENSE_SHARE = 0.1;

/** Body positions a dense word keeps in each page: the first, where it first stands. */
export const POSITIONS_KEPT = 1;

/** A page entry of a word: [page step, body positions (weight changes negative), field positions]. */
type PageEntry = [number, number[], ...Value[]];

/** Body positions up to the `kept`th, with the weight changes before them. */
function thinPositions(positions: number[], kept: number): number[] {
	const out: number[] = [];
	let seen = 0;
	for (const value of positions) {
		if (value >= 0) {
			if (seen === kept) break;
			seen++;
		}
		out.push(value);
	}
	return out;
}

const isPageEntry = (value: Value): value is PageEntry => Array.isArray(value) && typeof value[0] === 'number' && Array.isArray(value[1]) && value[1].every((v) => typeof v === 'number');

function pagesOf(word: Value[]): { count: number; lists: PageEntry[][] } | undefined {
	const [, pages, variants = []] = word;
	if (!Array.isArray(pages) || !Array.isArray(variants)) return undefined;
	const lists = [pages, ...variants.map((variant) => (Array.isArray(variant) ? variant[1] : undefined))];
	if (!lists.every((list): list is PageEntry[] => Array.isArray(list) && list.every(isPageEntry))) return undefined;
	return { count: lists.reduce((sum, list) => sum + list.length, 0), lists };
}

/**
 * An index chunk's body (after the signature) with each word of at least
 * `minPages` page entries thinned to `kept` body positions per page; other
 * words byte for byte as they were. Undefined when nothing changed or the
 * chunk is not laid out as expected (the file is then left alone).
 */
export function thinChunk(body: Uint8Array, minPages: number, kept = POSITIONS_KEPT): { body: Uint8Array; words: string[] } | undefined {
	try {
		const outer = arrayItems(body, 0);
		if (outer.length < 1) return undefined;
		const [wordsStart, wordsEnd] = outer[0]!;
		const words = arrayItems(body, wordsStart);
		const thinned: string[] = [];
		const parts = words.map(([start, end]) => {
			const [word] = decodeValue(body, start) as [Value[], number];
			const pages = pagesOf(word);
			if (!pages || pages.count < minPages || typeof word[0] !== 'string') return body.subarray(start, end);
			for (const list of pages.lists) for (const entry of list) entry[1] = thinPositions(entry[1], kept);
			thinned.push(word[0]);
			return encodeValue(word);
		});
		if (thinned.length === 0) return undefined;
		return { body: concat([body.subarray(0, wordsStart), arrayHead(words.length), ...parts, body.subarray(wordsEnd)]), words: thinned };
	} catch {
		return undefined;
	}
}

/**
 * Thins the dense words of every index chunk of a bundle written for
 * `pages` indexed pages (thinChunk), each file rewritten in place under
 * its name (the metadata lists chunks by name, and the words and pages a
 * chunk holds do not change).
 */
export async function thinDenseWords(bundleDir: string, pages: number, { share = DENSE_SHARE, kept = POSITIONS_KEPT } = {}): Promise<{ words: number; bytesBefore: number; bytesAfter: number }> {
	const indexDir = path.join(bundleDir, 'index');
	const minPages = Math.max(1, Math.ceil(pages * share));
	let words = 0;
	let bytesBefore = 0;
	let bytesAfter = 0;
	for (const name of (await fs.readdir(indexDir)).filter((file) => file.endsWith('.pf_index'))) {
		const file = path.join(indexDir, name);
		const packed = await fs.readFile(file);
		const raw = gunzipSync(packed);
		if (raw.subarray(0, FRAGMENT_SIGNATURE.length).toString() !== FRAGMENT_SIGNATURE) continue;
		const thinned = thinChunk(raw.subarray(FRAGMENT_SIGNATURE.length), minPages, kept);
		if (!thinned) continue;
		const repacked = gzipSync(concat([Buffer.from(FRAGMENT_SIGNATURE), thinned.body]), { level: constants.Z_BEST_COMPRESSION });
		await fs.writeFile(file, repacked);
		words += thinned.words.length;
		bytesBefore += packed.byteLength;
		bytesAfter += repacked.byteLength;
	}
	return { words, bytesBefore, bytesAfter };
}
