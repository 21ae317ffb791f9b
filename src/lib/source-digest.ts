import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every local file `entry` imports, directly or not, `entry` included: found by reading them, never listed by hand. */
export function localImportClosure(entry: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !fs.existsSync(file)) return;
		seen.add(file);
		for (const match of fs.readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) visit(path.resolve(path.dirname(file), match[1]!));
	};
	visit(path.resolve(entry));
	return [...seen].sort();
}

/** SHA-256 of the files `entry` imports and of `extra` strings (package versions): a cache keyed on it empties when any of them changes. */
export function sourceDigest(entry: string, extra: readonly string[] = []): string {
	const hash = createHash('sha256');
	const root = path.dirname(path.resolve(entry));
	for (const file of localImportClosure(entry)) hash.update(`${path.relative(root, file)}\0`).update(fs.readFileSync(file)).update('\0');
	for (const item of extra) hash.update(`${item}\0`);
	return hash.digest('hex');
}

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
