/**
 * A render worker (worker_threads). Runs as plain Node (type stripping), so
 * it imports only erasable TypeScript. Fonts and satori load once per worker;
 * each job renders one card and writes it to `file` atomically.
 */
import { rename, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort, threadId } from 'node:worker_threads';
import type { ShareCard } from './card.ts';
import { renderShareImage } from './render.ts';

export interface RenderJob {
	key: string;
	card: ShareCard;
	/** Where the PNG goes (the cache). */
	file: string;
}

export type RenderResult = { key: string; ms: number } | { key: string; error: string };

const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread (see pool.ts)');

// The lowest priority, for this thread only: while Astro renders pages, images take only the CPU
// it leaves idle, and once it waits they take all of it. Only Linux keeps a nice value per thread;
// elsewhere this would slow the whole build, so images there share the cores with Astro as equals.
if (process.platform === 'linux') setPriority(19);

port.on('message', async (job: RenderJob) => {
	const started = performance.now();
	try {
		const png = await renderShareImage(job.card);
		const temporary = `${job.file}.${process.pid}-${threadId}.tmp`;
		await writeFile(temporary, png);
		await rename(temporary, job.file);
		port.postMessage({ key: job.key, ms: performance.now() - started } satisfies RenderResult);
	} catch (error) {
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		port.postMessage({ key: job.key, error: message } satisfies RenderResult);
	}
});
