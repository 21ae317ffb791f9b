/**
 * Search staging while Astro renders: the build's integration
 * (src/integrations/search-prestage.ts) starts a worker thread
 * (prestage-worker.ts) and installs the middleware's hook
 * (prestage-hook.ts), which sends the worker every page rendered.
 */
import { Worker } from 'node:worker_threads';
import { setPrestageHook, withoutSearchRecord } from './prestage-hook.ts';
import type { PrestageMessage, PrestageSetup } from './prestage-worker.ts';

/** A running prestage: `finish` waits until every page sent is staged and listed, then ends the worker. */
export interface Prestage {
	finish(): Promise<void>;
}

/**
 * Pages sent and not yet staged, beyond which a page is not sent: it is
 * written with its record and staged after Astro, as a page Astro kept.
 * A page waits as a copy of its HTML (about 80 KB in the message queue);
 * unbounded, a cold build whose share images took the other core queued
 * enough to lift its peak from 3.1 to 4.0 GB (bench, 10,000 documents).
 */
export const PRESTAGE_BACKLOG = 400;

/** Starts the worker writing into `dir` (emptied by the caller) and installs the hook. */
export function startPrestage(setup: PrestageSetup, { backlog = PRESTAGE_BACKLOG } = {}): Prestage {
	const worker = new Worker(new URL('./prestage-worker.ts', import.meta.url), { workerData: setup });
	let crashed: Error | undefined;
	let sent = 0;
	let staged = 0;
	worker.once('error', (error) => (crashed = error));
	const progress = (message: unknown) => {
		if (typeof message === 'number') staged = message;
	};
	worker.on('message', progress);
	setPrestageHook((relative, html) => {
		if (crashed || sent - staged >= backlog) return html;
		worker.postMessage({ relative, html } satisfies PrestageMessage);
		sent++;
		return withoutSearchRecord(html);
	});
	return {
		async finish() {
			setPrestageHook(undefined);
			try {
				if (crashed) throw crashed;
				const reply = await new Promise<unknown>((resolve, reject) => {
					worker.off('message', progress);
					worker.on('message', (message) => typeof message === 'string' && resolve(message));
					worker.once('error', reject);
					worker.postMessage('finish');
				});
				if (reply !== 'done') throw new Error(String(reply));
			} finally {
				await worker.terminate();
			}
		},
	};
}
