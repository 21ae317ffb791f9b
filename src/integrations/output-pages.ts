/**
 * What the search step (run by `src/build.ts` after Astro has exited) needs
 * to know of the pages this build left in the output folder: every HTML
 * page, and for each page Astro's incremental build keyed, a digest of the
 * inputs that decided its bytes. With it the search staging (staging.ts)
 * neither lists the whole output folder nor reads and hashes the pages whose
 * inputs are unchanged: at 10,000 documents that was every one of about
 * 23,000 pages (600 MB) on every build, for the 20 or so a one-document edit
 * changes.
 *
 * The digest is made of exactly what Astro compares before keeping a page
 * (astro/dist/core/build/incremental.js, `canSkip`): the configuration and
 * lock file hashes, the route's dependency hash, the page's `cacheKey` (a
 * digest of the content it shows, src/lib/content.ts) and the render hashes
 * of the content entries it rendered; plus the site stylesheet's digest,
 * which stylesheet-cache.ts makes Astro re-render every page for without
 * changing any of those. Equal digests mean Astro kept the page, or copied
 * it back from its cache, as the same render of the same inputs. Pages
 * without a `cacheKey` are rendered on every build and get no digest: the
 * staging reads them every time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Beside Astro's cache; written by the last step of a successful Astro build, taken by `src/build.ts`. */
export const OUTPUT_PAGES_FILE = 'output-pages.json';

/** Astro's record of the pages it may keep (astro/dist/core/build/incremental.js). */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

interface AstroIncrementalManifest {
	configHash?: string;
	lockfileHash?: string;
	routes?: Record<string, { dependencyHash?: string; paths?: Record<string, { cacheKey?: string; outputFile?: string; contentHashes?: Record<string, string> }> }>;
}

/** The HTML pages of a build: output path (relative to the output folder) → input digest, or null when Astro keys no such page. */
export type OutputPages = Map<string, string | null>;

/**
 * Input digests of the pages Astro recorded in this build's incremental
 * manifest, by output path; `extra` (the stylesheet digest) goes into each.
 */
export function pageInputDigests(cacheDir: string, extra: string): Map<string, string> {
	const digests = new Map<string, string>();
	let manifest: AstroIncrementalManifest;
	try {
		manifest = JSON.parse(fs.readFileSync(path.join(cacheDir, INCREMENTAL_MANIFEST), 'utf8')) as AstroIncrementalManifest;
	} catch {
		return digests;
	}
	for (const [component, route] of Object.entries(manifest.routes ?? {})) {
		for (const [pathname, entry] of Object.entries(route.paths ?? {})) {
			if (!entry.outputFile || entry.cacheKey === undefined) continue;
			const digest = createHash('sha256')
				.update(JSON.stringify([manifest.configHash, manifest.lockfileHash, component, route.dependencyHash, pathname, entry.cacheKey, entry.contentHashes ?? {}, extra]))
				.digest('hex');
			digests.set(decodeURI(entry.outputFile).split('/').join(path.sep), digest);
		}
	}
	return digests;
}

/** Pages steps of our own wrote, by output path, with a digest of their inputs. On globalThis, so every copy of this module shares it. */
function ownPages(): Map<string, string> {
	const scope = globalThis as unknown as Record<symbol, Map<string, string> | undefined>;
	return (scope[Symbol.for('thi-dua-khen-thuong.own-page-digests')] ??= new Map());
}

/**
 * Records the input digests of pages a step of our own wrote (output path,
 * relative to the output folder → digest), for `saveOutputPages`: the
 * staging then skips them as it skips the pages Astro kept.
 */
export function recordPageDigests(digests: Iterable<[string, string]>): void {
	for (const [page, digest] of digests) ownPages().set(page.split('/').join(path.sep), digest);
}

/** The digests recorded by `recordPageDigests` in this build. */
export function recordedPageDigests(): ReadonlyMap<string, string> {
	return ownPages();
}

/** Forgets the recorded digests: called when a build starts. */
export function clearPageDigests(): void {
	ownPages().clear();
}

/** Saves the HTML pages among `written` (absolute paths, what this build left in `outDir`) with their digests. */
export function saveOutputPages(cacheDir: string, outDir: string, written: Iterable<string>, digests: ReadonlyMap<string, string>): void {
	const pages: Record<string, string | null> = {};
	for (const file of written) {
		if (!file.endsWith('.html')) continue;
		const relative = path.relative(outDir, file);
		if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
		pages[relative] = digests.get(relative) ?? null;
	}
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.writeFileSync(path.join(cacheDir, OUTPUT_PAGES_FILE), JSON.stringify({ outDir: path.resolve(outDir), pages }));
}

/**
 * The pages the last Astro build saved for `outDir`, removed once read so a
 * later build never trusts them; undefined when there are none for that
 * folder (then the staging lists and reads the whole folder, as before).
 */
export function takeOutputPages(cacheDir: string, outDir: string): OutputPages | undefined {
	const file = path.join(cacheDir, OUTPUT_PAGES_FILE);
	try {
		const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { outDir: string; pages: Record<string, string | null> };
		return saved.outDir === path.resolve(outDir) ? new Map(Object.entries(saved.pages)) : undefined;
	} catch {
		return undefined;
	} finally {
		fs.rmSync(file, { force: true });
	}
}
