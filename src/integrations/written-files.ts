/**
 * The list of files each build step wrote into the output folder, so the
 * pruning (prune-output.ts) removes exactly what no step of this build
 * wrote. No clock is involved: comparing file times with the build's start
 * was off by the file system's coarse clock and made a test flaky.
 *
 * Steps of our own record their files as they write them (share images,
 * `_headers`, the sitemap); Astro's own outputs are read from what Astro
 * and Vite report, by the helpers below.
 */
import path from 'node:path';
import { filesUnder } from '../lib/files.ts';

/** Step name → absolute paths it wrote in this build. On globalThis, so every copy of this module shares it. */
function registry(): Map<string, Set<string>> {
	const scope = globalThis as unknown as Record<symbol, Map<string, Set<string>> | undefined>;
	return (scope[Symbol.for('thi-dua-khen-thuong.written-files')] ??= new Map());
}

/** Records that `step` wrote `files` (absolute paths) into the output folder during this build. */
export function recordWritten(step: string, files: Iterable<string>): void {
	const set = registry().get(step) ?? new Set<string>();
	for (const file of files) set.add(path.resolve(file));
	registry().set(step, set);
}

/** Every file any step recorded in this build. */
export function writtenFiles(): Set<string> {
	return new Set([...registry().values()].flatMap((files) => [...files]));
}

/** How many files each step recorded, for the build log and tests. */
export function writtenCounts(): Record<string, number> {
	return Object.fromEntries([...registry()].map(([step, files]) => [step, files.size]));
}

/** Forgets every record: called when a build starts. */
export function clearWritten(): void {
	registry().clear();
}

/** Astro copies `public/` into the output folder as it is: the same relative paths. */
export function publicCopies(publicDir: string, outDir: string): string[] {
	return filesUnder(publicDir).map((file) => path.join(outDir, path.relative(publicDir, file)));
}

/**
 * Images Astro's image service generated for this build (a body image, once
 * optimised), listed by Astro on globalThis with their site paths.
 */
export function generatedImages(outDir: string): string[] {
	type Transforms = { transforms: Map<string, { finalPath: string }> };
	const images = (globalThis as { astroAsset?: { staticImages?: Map<string, Transforms> } }).astroAsset?.staticImages;
	if (!images) return [];
	return [...images.values()].flatMap(({ transforms }) => [...transforms.values()].map(({ finalPath }) => path.join(outDir, decodeURI(finalPath))));
}

/**
 * A Vite plugin recording every file Vite writes into the output folder
 * (scripts, stylesheets, fonts and images under `_astro/`) and every asset
 * the prerender build emits, which Astro then moves into the output folder
 * under the same name.
 */
export function viteOutputRecorder(outDir: string) {
	const out = path.resolve(outDir);
	return {
		name: 'thi-dua-khen-thuong:record-written-files',
		writeBundle(options: { dir?: string }, bundle: Record<string, { type: string }>) {
			const intoOutput = options.dir !== undefined && path.resolve(options.dir) === out;
			const names = Object.entries(bundle)
				.filter(([, output]) => intoOutput || output.type === 'asset')
				.map(([fileName]) => path.join(out, fileName));
			recordWritten('vite', names);
		},
	};
}
