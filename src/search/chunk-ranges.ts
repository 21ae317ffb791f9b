import fs from 'node:fs/promises';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { arrayHead, arrayItems, concat, encodeTextArray, textAt } from './cbor.ts';
import { FRAGMENT_SIGNATURE } from './fragments.ts';

/**
 * Each word's own index chunk, and no other (issue 14's later-query budget).
 * Pagefind's metadata lists every word-index chunk by the range of words it
 * holds, each end cut to the shortest prefix that tells it from its
 * neighbour: a chunk ending in "khen" next to one starting "khi" ends at
 * "khe". A query word is looked up by range, and "khen" is past "khe", so it
 * falls through to Pagefind's prefix match, which loads every chunk whose
 * cut ends are prefixes of it: the chunk of "kh", the part of every
 * "…/KH-UBND" number, 10 KiB on the 10,000-document corpus, for a query
 * that needed "khen" alone (2.7 KiB). With chunks of 500 positions most
 * common words are the last of their chunk, so most later queries paid for
 * such neighbours: "khen thuong tap the" read 25.7 KiB of index for 8.8 KiB
 * of its own words' chunks (figures in docs/search.md).
 *
 * So the indexer writes each chunk's end as the chunk's last word, whole.
 * A word of the index then lies in exactly one chunk's range and loads that
 * chunk only, with every diacritic form of it (Pagefind keeps them with the
 * folded word). A word that is in no chunk (a prefix being typed) still
 * goes to the prefix match, as before. What changes: a complete word no
 * longer also matches longer words in neighbouring chunks ("the" finding
 * "theo"), which the ranking counted as noise anyway (relevance.ts compares
 * whole words).
 *
 * The metadata is patched byte for byte (cbor.ts): only the ends of the
 * chunk list change. Should Pagefind's format change so that the list is
 * not found as expected, the file is left as Pagefind wrote it.
 */
export async function wholeChunkEnds(bundleDir: string): Promise<{ chunks: number; widened: number }> {
	const metaFiles = (await fs.readdir(bundleDir)).filter((name) => /^pagefind\.[^.]+\.pf_meta$/.test(name));
	let chunks = 0;
	let widened = 0;
	for (const name of metaFiles) {
		const file = path.join(bundleDir, name);
		const raw = gunzipSync(await fs.readFile(file));
		if (raw.subarray(0, FRAGMENT_SIGNATURE.length).toString() !== FRAGMENT_SIGNATURE) continue;
		const body = raw.subarray(FRAGMENT_SIGNATURE.length);
		const patched = await withWholeEnds(body, (hash) => lastWordOf(path.join(bundleDir, 'index', `${hash}.pf_index`)));
		if (!patched) continue;
		chunks += patched.chunks;
		widened += patched.widened;
		await fs.writeFile(file, gzipSync(concat([Buffer.from(FRAGMENT_SIGNATURE), patched.body]), { level: constants.Z_BEST_COMPRESSION }));
	}
	return { chunks, widened };
}

/** A chunk entry of the metadata: [from, to, hash], three text strings. */
function chunkEntry(body: Uint8Array, [start, end]: [number, number]): [string, string, string] | undefined {
	try {
		const items = arrayItems(body, start);
		const texts = items.map(([at]) => textAt(body, at));
		return items.length === 3 && items.at(-1)![1] === end && texts.every((text) => text !== undefined) ? (texts as [string, string, string]) : undefined;
	} catch {
		return undefined;
	}
}

/** The metadata with each chunk's end set to its last word; undefined when no chunk list is found in it. */
export async function withWholeEnds(body: Uint8Array, lastWord: (hash: string) => Promise<string | undefined>): Promise<{ body: Uint8Array; chunks: number; widened: number } | undefined> {
	let top: [number, number][];
	try {
		top = arrayItems(body, 0);
	} catch {
		return undefined;
	}
	for (const [start, end] of top) {
		let items: [number, number][];
		try {
			items = arrayItems(body, start);
		} catch {
			continue;
		}
		const entries = items.map((item) => chunkEntry(body, item));
		if (entries.length === 0 || entries.some((entry) => !entry?.[2].includes('_'))) continue;
		let widened = 0;
		const rewritten: Uint8Array[] = [];
		for (const entry of entries as [string, string, string][]) {
			const [from, to, hash] = entry;
			const last = await lastWord(hash);
			if (last === undefined) return undefined;
			const whole = last > to ? last : to;
			if (whole !== to) widened++;
			rewritten.push(encodeTextArray([from, whole, hash]));
		}
		return { body: concat([body.subarray(0, start), arrayHead(entries.length), ...rewritten, body.subarray(end)]), chunks: entries.length, widened };
	}
	return undefined;
}

/** The last word of an index chunk ([words], each [word, pages, variants]), or undefined when it cannot be read so. */
async function lastWordOf(file: string): Promise<string | undefined> {
	try {
		const raw = gunzipSync(await fs.readFile(file));
		const body = raw.subarray(FRAGMENT_SIGNATURE.length);
		const [words] = arrayItems(body, 0);
		const last = arrayItems(body, words![0]).at(-1);
		return last ? textAt(body, arrayItems(body, last[0])[0]![0]) : undefined;
	} catch {
		return undefined;
	}
}
