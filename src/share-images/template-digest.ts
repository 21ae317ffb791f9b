/**
 * What decides how a card looks, other than its text: render.ts and every
 * file it imports (template, layout, kinds, PNG encoder…), satori and resvg,
 * and the font files. Part of every card key (card.ts), so changing any of
 * them gives every card a new key and a new image; caches and social
 * networks' copies of the old look are never reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cacheKey, type CacheKeyInputs } from '../lib/cache-key.ts';
import { fontFiles } from './fonts.ts';

/** Packages that turn a card's tree into pixels. */
export const RENDER_PACKAGES = ['satori', '@resvg/resvg-js'] as const;

/** The inputs of the template digest, given the folder holding render.ts. */
export function templateKeyInputs(sourceDir: string): CacheKeyInputs {
	const entry = path.join(sourceDir, 'render.ts');
	return { code: [entry], packages: RENDER_PACKAGES, from: entry, files: fontFiles() };
}

/**
 * The folder of this module's sources. Pages bundle a copy of this module
 * whose own folder holds no sources; the build runs from the project root,
 * as fonts.ts assumes too.
 */
function sourceDir(): string {
	for (const dir of [import.meta.dirname, path.join(process.cwd(), 'src', 'share-images')]) {
		if (dir && fs.existsSync(path.join(dir, 'render.ts'))) return dir;
	}
	throw new Error(`share images: render.ts is neither beside ${import.meta.dirname} nor in src/share-images under ${process.cwd()}`);
}

/**
 * Computed once per process and kept on globalThis, so the copy bundled into
 * the pages uses the digest the build integration computed from the sources.
 */
export function templateDigest(): string {
	const scope = globalThis as unknown as Record<symbol, string | undefined>;
	const symbol = Symbol.for('thi-dua-khen-thuong.share-template-digest');
	return (scope[symbol] ??= cacheKey(templateKeyInputs(sourceDir())));
}
