/**
 * One index chunk's dense words thinned (dense-words.ts says why and
 * which), the work thinDenseWords hands to this thread or to worker threads
 * (index-worker.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { arrayItems, concat, arrayHead, decodeValue, encodeValue, type Value } from './cbor.ts';
import { FRAGMENT_SIGNATURE } from './fragments.ts';
import { LEAD_WORDS, PASSAGE_WORDS } from './passages.ts';

/**
 * Where a dense word's first body position is rounded down to: the start
 * of the lead or of the passage it stands in (passages.ts). A result reads
 * the passages its positions point to, so it still reads the one where the
 * word first stands; a position so rounded costs a few bits instead of
 * about ten, and words rounded alike never make a phrase (they share one
 * position). A word that really stands right after the rounded position
 * would make one with it: a phrase search may then take a page for holding
 * a phrase it holds only as scattered words; the ranking still compares
 * the text it reads (relevance.ts).
 */
export function roundedPosition(position: number): number {
	return position < LEAD_WORDS ? 0 : LEAD_WORDS + Math.floor((position - LEAD_WORDS) / PASSAGE_WORDS) * PASSAGE_WORDS;
}

/** The weight changes before the first body position, and that position rounded (Pagefind writes each position as a step from the one before, the first from 0). */
function thinPositions(positions: number[]): number[] {
	const first = positions.findIndex((value) => value >= 0);
	return first < 0 ? positions : [...positions.slice(0, first), roundedPosition(positions[first]!)];
}

/** The fewest bytes a page entry takes in CBOR: its array head, a one-byte page step, an empty list of positions. */
const MIN_ENTRY_BYTES = 3;

/** A page entry of a word: [page step, body positions (weight changes negative), field positions]. */
type PageEntry = [number, number[], ...Value[]];

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
 * `minPages` page entries thinned to its first body position per page, rounded; other
 * words byte for byte as they were. Undefined when nothing changed or the
 * chunk is not laid out as expected (the file is then left alone).
 */
export function thinChunk(body: Uint8Array, minPages: number): { body: Uint8Array; words: string[]; pages: number[]; range: [string, string] } | undefined {
	try {
		const outer = arrayItems(body, 0);
		if (outer.length < 1) return undefined;
		const [wordsStart, wordsEnd] = outer[0]!;
		const words = arrayItems(body, wordsStart);
		const thinned: string[] = [];
		const counts: number[] = [];
		const parts = words.map(([start, end]) => {
			// Too few bytes to hold `minPages` entries: left undecoded (thinning 10,615 pages' chunks took 12.4 s, decoding every word).
			if (end - start < minPages * MIN_ENTRY_BYTES) return body.subarray(start, end);
			const [word] = decodeValue(body, start) as [Value[], number];
			const pages = pagesOf(word);
			if (!pages || pages.count < minPages || typeof word[0] !== 'string') return body.subarray(start, end);
			for (const list of pages.lists) for (const entry of list) entry[1] = thinPositions(entry[1]);
			thinned.push(word[0]);
			counts.push(pages.count);
			return encodeValue(word);
		});
		if (thinned.length === 0) return undefined;
		const wordAt = (at: number) => String((decodeValue(body, words[at]![0]) as [Value[], number])[0][0]);
		return {
			body: concat([body.subarray(0, wordsStart), arrayHead(words.length), ...parts, body.subarray(wordsEnd)]),
			words: thinned,
			pages: counts,
			range: [wordAt(0), wordAt(words.length - 1)],
		};
	} catch {
		return undefined;
	}
}

/** Thin these index chunk files of `indexDir` (names), in this thread or a worker's (index-worker.ts). */
export interface ThinJob {
	kind: 'thin';
	indexDir: string;
	minPages: number;
	items: readonly string[];
}

/** What thinning one chunk file did: undefined when it was left as Pagefind wrote it. */
export type ThinnedFile = { words: string[]; pages: number[]; range: [string, string]; bytesBefore: number; bytesAfter: number } | undefined;

/** Thins each chunk file of the job in place (thinChunk); a result per file, in the order of `items`. */
export async function thinChunkFiles({ indexDir, minPages, items }: ThinJob): Promise<ThinnedFile[]> {
	const results: ThinnedFile[] = [];
	for (const name of items) {
		const file = path.join(indexDir, name);
		const packed = await fs.readFile(file);
		const raw = gunzipSync(packed);
		const thinned = raw.subarray(0, FRAGMENT_SIGNATURE.length).toString() === FRAGMENT_SIGNATURE ? thinChunk(raw.subarray(FRAGMENT_SIGNATURE.length), minPages) : undefined;
		if (!thinned) {
			results.push(undefined);
			continue;
		}
		const repacked = gzipSync(concat([Buffer.from(FRAGMENT_SIGNATURE), thinned.body]), { level: constants.Z_BEST_COMPRESSION });
		await fs.writeFile(file, repacked);
		results.push({ words: thinned.words, pages: thinned.pages, range: thinned.range, bytesBefore: packed.byteLength, bytesAfter: repacked.byteLength });
	}
	return results;
}

