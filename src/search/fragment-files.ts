/**
 * Slimming fragment files (slimFragment on each), the work slim-fragments.ts
 * hands to this thread or to worker threads (index-worker.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { FRAGMENT_SIGNATURE, slimFragment } from './fragments.ts';
import { PASSAGE_FILE_EXTENSION } from './passages.ts';
import { FILES_AT_ONCE, inBatches } from '../lib/files.ts';

/** Slim these fragment files of `fragmentDir` (names), in this thread or a worker's. */
export interface SlimJob {
	kind: 'slim';
	fragmentDir: string;
	/** Summaries by page URL, as entries: what a worker can be sent. */
	summaries: readonly (readonly [string, string])[];
	split: boolean;
	items: readonly string[];
}

export async function slimFragmentFiles({ fragmentDir, summaries, split, items }: SlimJob): Promise<void[]> {
	const byUrl = new Map(summaries);
	await inBatches(items, FILES_AT_ONCE, async (name) => {
		const file = path.join(fragmentDir, name);
		const raw = gunzipSync(await fs.readFile(file)).toString('utf8');
		if (!raw.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${name} không phải mảnh chỉ mục Pagefind`);
		const slim = slimFragment(raw.slice(FRAGMENT_SIGNATURE.length), byUrl, { split });
		await fs.writeFile(file, gzipSync(FRAGMENT_SIGNATURE + slim.fragment, { level: constants.Z_BEST_COMPRESSION }));
		if (slim.passages) await fs.writeFile(file.replace(/\.pf_fragment$/, PASSAGE_FILE_EXTENSION), slim.passages);
	});
	return [];
}
