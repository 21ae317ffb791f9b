/**
 * What the search step of `npm run build` reads of its last run, read while
 * Astro builds: the build's process waits for Astro doing nothing, and
 * these reads were 0.4–0.5 s of a one-edit rebuild at 10,000 documents
 * (the staging manifest, 28 MB, and the words file, 8 MB), after Astro.
 * Only the search step writes these files, and only after Astro: what is
 * read here is what it would read itself.
 */
import path from 'node:path';
import { readStagingManifest, type StagingManifest } from './staging.ts';
import { readWordsFile, WORDS_FILE, type WordsCache } from './words-cache.ts';

/** Beside the staging folder, never inside it: Pagefind indexes the staging folder itself on a small site. */
export const markedDirOf = (stagingDir: string) => `${stagingDir}-marked`;

export interface SearchStatePreread {
	manifest: Promise<StagingManifest | undefined>;
	words: Promise<WordsCache | undefined>;
}

/** Starts reading once `after` settles. */
export function prereadSearchState(stagingDir: string, after: Promise<unknown> = Promise.resolve()): SearchStatePreread {
	const start = after.then(() => undefined);
	return { manifest: start.then(() => readStagingManifest(stagingDir)), words: start.then(() => readWordsFile(path.join(markedDirOf(stagingDir), WORDS_FILE))) };
}
