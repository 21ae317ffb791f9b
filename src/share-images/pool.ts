/**
 * Renders share images in a pool of worker threads, one per core, each at
 * the lowest CPU priority. Cards can be added while Astro is still rendering
 * pages: the workers then take only the CPU Astro leaves idle, and
 * `finish()` waits for what is left. Rendered PNGs go to the cache;
 * `finish()` puts each card's PNG in the output directory as `<key>.png`.
 */
import { copyFile, link, mkdir, rename, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { normaliseCard, shareCardKey, type ShareCard } from './card.ts';
import { fontCoverage } from './fonts.ts';
import type { RenderJob, RenderResult } from './worker.ts';
import { fileExists } from '../lib/files.ts';

export interface ShareImagePoolOptions {
	/** Kept between builds, e.g. `node_modules/.cache/share-images`. */
	cacheDir: string;
	/** Worker threads in `finish()`; defaults to one per core. */
	concurrency?: number;
	/** Worker threads before `finish()`, while Astro renders pages; defaults to `concurrency`. */
	backgroundConcurrency?: number;
}

export interface FinishOptions {
	/** Where `<key>.png` files are published, e.g. `dist/og`. */
	outDir: string;
	/** Called as images are ready (from the cache or rendered). */
	onProgress?: (done: number, total: number) => void;
	/**
	 * The cards of the pages that were built: only these are published, and
	 * renders still queued for any other card are dropped. By default every
	 * card added.
	 */
	only?: ReadonlySet<string>;
}

export interface RenderShareImagesStats {
	/** Published images this pool rendered. */
	rendered: number;
	/** Of those, images rendered before `finish()` (while pages were built). */
	renderedEarly: number;
	/** Published images found in the cache. */
	cached: number;
	/** Time each image rendered took inside its worker, in ms (unpublished predictions included). */
	msPerImage: number[];
	/** Cards with characters the fonts cannot draw (they would show as boxes). */
	missingGlyphs: { key: string; title: string; chars: string[] }[];
}

export interface ShareImagePool {
	/** Queues a card; adding the same card again does nothing. */
	add(card: ShareCard): void;
	/** Renders what is left on every core, publishes every card's PNG to `outDir` and stops the workers. */
	finish(options: FinishOptions): Promise<RenderShareImagesStats>;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);
/**
 * A card needs under 30 MB of heap. Left alone, V8 grows each worker's heap
 * to about 90 MB, on top of Astro's 4 GB on a 10,000-document build; a small
 * young generation keeps it near 30 MB, and 96 MB is the hard cap (3×
 * what a card needs).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

export function createShareImagePool(options: ShareImagePoolOptions): ShareImagePool {
	const cores = availableParallelism();
	const concurrency = Math.max(1, Math.floor(options.concurrency ?? cores));
	let limit = Math.max(1, Math.min(concurrency, Math.floor(options.backgroundConcurrency ?? concurrency)));
	const { cacheDir } = options;

	const keys = new Set<string>();
	const cachedKeys = new Set<string>();
	const renderedKeys = new Set<string>();
	const earlyKeys = new Set<string>();
	const msPerImage: number[] = [];
	const missingGlyphs: RenderShareImagesStats['missingGlyphs'] = [];
	const checks: Promise<void>[] = [];
	const queue: RenderJob[] = [];
	const workers = new Set<Worker>();
	const idle: Worker[] = [];
	let finishing = false;
	let failure: Error | undefined;
	/** Published images in place, for progress: cached or rendered, and among `keys`. */
	let done = 0;
	let progress = () => {};
	let drained = () => {};

	const fail = (error: Error) => {
		failure ??= error;
		for (const worker of workers) void worker.terminate();
		drained();
	};
	const cacheReady = mkdir(cacheDir, { recursive: true }).then(() => undefined, fail);
	const busy = () => workers.size - idle.length;
	const ready = (key: string) => {
		if (keys.has(key)) done++;
		progress();
	};

	const pump = () => {
		if (failure) {
			if (finishing) drained();
			return;
		}
		while (queue.length > 0) {
			let worker = idle.pop();
			if (!worker && workers.size < limit) worker = spawn();
			if (!worker) break;
			worker.postMessage(queue.shift());
		}
		if (finishing && queue.length === 0 && busy() === 0) drained();
	};

	const spawn = (): Worker => {
		const worker = new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
		// Until finish(), a pending render must not keep a failed build's process alive.
		if (!finishing) worker.unref();
		workers.add(worker);
		worker.on('message', (result: RenderResult) => {
			if ('error' in result) return fail(new Error(`Could not render share image ${result.key}: ${result.error}`));
			renderedKeys.add(result.key);
			if (!finishing) earlyKeys.add(result.key);
			msPerImage.push(result.ms);
			idle.push(worker);
			ready(result.key);
			pump();
		});
		worker.on('error', fail);
		worker.on('exit', (code) => {
			const wasBusy = workers.has(worker) && !idle.includes(worker);
			workers.delete(worker);
			if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
			if (wasBusy) fail(new Error(`Share-image worker stopped (exit code ${code}) in the middle of a job`));
			else pump();
		});
		return worker;
	};

	const check = async (key: string, card: ShareCard) => {
		await cacheReady;
		const file = path.join(cacheDir, `${key}.png`);
		if (await fileExists(file)) {
			cachedKeys.add(key);
			ready(key);
		} else {
			queue.push({ key, card, file });
			pump();
		}
	};

	/** Of the published keys, how many were rendered (early) or found in the cache. */
	const count = (set: Set<string>) => [...keys].filter((key) => set.has(key)).length;

	return {
		add(input) {
			const key = shareCardKey(input);
			if (keys.has(key)) return;
			keys.add(key);
			const card = normaliseCard(input);
			const chars = fontCoverage([card.eyebrow, card.agency, card.number, card.date, card.title, card.footer].join(' '));
			if (chars.length > 0) missingGlyphs.push({ key, title: card.title, chars });
			checks.push(check(key, card).catch(fail));
		},

		async finish({ outDir, onProgress, only }) {
			await Promise.all(checks);
			const unknown = only ? [...only].filter((key) => !keys.has(key)) : [];
			if (unknown.length > 0) fail(new Error(`Share images ${unknown.slice(0, 3).join(', ')} were never added to the pool`));
			const allDrained = new Promise<void>((resolve) => (drained = resolve));
			finishing = true;
			if (only && !failure) {
				// Cards predicted but shown by no built page are neither rendered further nor published.
				for (const key of keys) if (!only.has(key)) keys.delete(key);
				let kept = 0;
				for (const job of queue) if (only.has(job.key)) queue[kept++] = job;
				queue.length = kept;
				done = [...keys].filter((key) => cachedKeys.has(key) || renderedKeys.has(key)).length;
			}
			limit = concurrency;
			for (const worker of workers) worker.ref();
			progress = () => onProgress?.(done, keys.size);
			progress();
			pump();
			await allDrained;
			for (const worker of workers) void worker.terminate();
			workers.clear();
			if (failure) throw failure;
			await mkdir(outDir, { recursive: true });
			await Promise.all([...keys].map((key) => publish(path.join(cacheDir, `${key}.png`), path.join(outDir, `${key}.png`))));
			return {
				rendered: count(renderedKeys),
				renderedEarly: count(earlyKeys),
				cached: count(cachedKeys),
				msPerImage,
				missingGlyphs: missingGlyphs.filter((missing) => keys.has(missing.key)),
			};
		},
	};
}

/**
 * Puts a cached image in the output folder as a hard link to the cached file
 * where the file system allows it (11,748 images are 700 MB, which a copy
 * writes to disk a second time), else as a copy. The output folder is kept
 * between builds: a link already there from an earlier build is left alone,
 * and any other file of that name is replaced, since the cache may hold a
 * newer rendering under the same name (after it was emptied, say). The
 * integration records every published file for the pruning (written-files.ts).
 */
async function publish(cached: string, published: string): Promise<void> {
	const [source, existing] = await Promise.all([stat(cached), stat(published).catch(() => undefined)]);
	if (!existing || existing.ino !== source.ino || existing.dev !== source.dev) {
		const temporary = `${published}.${process.pid}.tmp`;
		await link(cached, temporary).catch(() => copyFile(cached, temporary));
		await rename(temporary, published);
	}
}

/** Publishes one PNG per distinct card to `outDir`, rendering only what the cache lacks. */
export function renderShareImages(
	cards: readonly ShareCard[],
	options: ShareImagePoolOptions & FinishOptions,
): Promise<RenderShareImagesStats> {
	const pool = createShareImagePool(options);
	for (const card of cards) pool.add(card);
	return pool.finish(options);
}
