/**
 * Renders many cards: cached PNGs are copied, the rest are rendered by a
 * pool of worker threads (one per core by default) into the cache and then
 * copied to the output directory as `<key>.png`.
 */
import { access, copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { normaliseCard, shareCardKey, type ShareCard } from './card.ts';
import { fontCoverage } from './fonts.ts';
import type { RenderJob, RenderResult } from './worker.ts';

export interface RenderShareImagesOptions {
	/** Where `<key>.png` files are published, e.g. `dist/og`. */
	outDir: string;
	/** Kept between builds, e.g. `node_modules/.cache/share-images`. */
	cacheDir: string;
	/** Worker threads; defaults to one per core. */
	concurrency?: number;
	/** Called after each image is in place (copied or rendered). */
	onProgress?: (done: number, total: number) => void;
}

export interface RenderShareImagesStats {
	/** Images rendered by this call. */
	rendered: number;
	/** Images copied from the cache. */
	cached: number;
	/** Time each rendered image took inside its worker, in ms. */
	msPerImage: number[];
	/** Cards with characters the fonts cannot draw (they would show as boxes). */
	missingGlyphs: { key: string; title: string; chars: string[] }[];
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);

async function exists(file: string): Promise<boolean> {
	try {
		await access(file);
		return true;
	} catch {
		return false;
	}
}

/** Runs jobs on `size` workers; `onResult` is awaited before a worker gets its next job. */
function runPool(jobs: RenderJob[], size: number, onResult: (key: string, ms: number) => Promise<void>): Promise<void> {
	return new Promise((resolve, reject) => {
		const workers: Worker[] = [];
		let next = 0;
		let running = 0;
		let failed = false;
		const fail = (error: Error) => {
			if (failed) return;
			failed = true;
			for (const worker of workers) void worker.terminate();
			reject(error);
		};
		const busy = new Set<Worker>();
		const feed = (worker: Worker) => {
			if (failed) return;
			const job = jobs[next++];
			if (job) {
				busy.add(worker);
				worker.postMessage(job);
				return;
			}
			running--;
			void worker.terminate();
			if (running === 0) resolve();
		};
		for (let i = 0; i < size; i++) {
			const worker = new Worker(WORKER_URL);
			workers.push(worker);
			running++;
			worker.on('message', (result: RenderResult) => {
				busy.delete(worker);
				if ('error' in result) {
					fail(new Error(`Could not render share image ${result.key}: ${result.error}`));
					return;
				}
				onResult(result.key, result.ms).then(() => feed(worker), fail);
			});
			worker.on('error', fail);
			worker.on('exit', (code) => {
				if (busy.has(worker)) fail(new Error(`Share-image worker stopped (exit code ${code}) in the middle of a job`));
			});
			feed(worker);
		}
	});
}

/** Publishes one PNG per distinct card to `outDir`, rendering only what the cache lacks. */
export async function renderShareImages(
	cards: readonly ShareCard[],
	options: RenderShareImagesOptions,
): Promise<RenderShareImagesStats> {
	const { outDir, cacheDir, onProgress } = options;
	const concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
	const unique = new Map<string, ShareCard>();
	for (const card of cards) {
		const key = shareCardKey(card);
		if (!unique.has(key)) unique.set(key, normaliseCard(card));
	}
	await mkdir(outDir, { recursive: true });
	await mkdir(cacheDir, { recursive: true });

	const stats: RenderShareImagesStats = { rendered: 0, cached: 0, msPerImage: [], missingGlyphs: [] };
	const total = unique.size;
	let done = 0;
	const jobs: RenderJob[] = [];
	for (const [key, card] of unique) {
		const chars = fontCoverage([card.eyebrow, card.agency, card.number, card.date, card.title, card.footer].join(' '));
		if (chars.length > 0) stats.missingGlyphs.push({ key, title: card.title, chars });
		const file = path.join(cacheDir, `${key}.png`);
		if (await exists(file)) {
			await copyFile(file, path.join(outDir, `${key}.png`));
			stats.cached++;
			onProgress?.(++done, total);
		} else {
			jobs.push({ key, card, file });
		}
	}

	if (jobs.length > 0) {
		await runPool(jobs, Math.min(concurrency, jobs.length), async (key, ms) => {
			await copyFile(path.join(cacheDir, `${key}.png`), path.join(outDir, `${key}.png`));
			stats.rendered++;
			stats.msPerImage.push(ms);
			onProgress?.(++done, total);
		});
	}
	return stats;
}
