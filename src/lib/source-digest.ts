import fs from 'node:fs';
import path from 'node:path';

/**
 * Astro keeps parsed entries in its data store and re-parses a file only
 * when the file changes, not when the schema that shaped them does: a new
 * field read as undefined until the cache was deleted by hand (seen after
 * the `changes` field was added). The store is dropped whenever the digest
 * of the content config and everything it imports differs from the last build's.
 */
export function dropStaleContentStore(cacheDir: string, digest: string): boolean {
	const marker = path.join(cacheDir, 'content-config.digest');
	const previous = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : undefined;
	if (previous === digest) return false;
	fs.rmSync(path.join(cacheDir, 'data-store.json'), { force: true });
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.writeFileSync(marker, digest);
	return previous !== undefined;
}
