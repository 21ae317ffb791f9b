import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/** Where the content lives; CONTENT_DIR lets tests and benchmarks build another corpus. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');
export const contentPath = (...parts: string[]) => path.join(CONTENT_DIR, ...parts);

/** Astro's cache for a content folder: the usual one for content/, a private one for any other corpus. */
export function cacheDirFor(contentDir: string): string {
	const dir = path.resolve(contentDir);
	if (dir === path.resolve('content')) return path.resolve('node_modules/.astro');
	const key = createHash('sha256').update(dir).digest('hex').slice(0, 12);
	return path.join(os.tmpdir(), 'tdkt-astro-cache', key);
}

/** ASTRO_CACHE_DIR keeps test and benchmark builds of content/ out of the cache real builds use. */
export const contentCacheDir = () => (process.env.ASTRO_CACHE_DIR ? path.resolve(process.env.ASTRO_CACHE_DIR) : cacheDirFor(CONTENT_DIR));
