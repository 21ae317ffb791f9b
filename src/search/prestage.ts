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

/** Starts the worker writing into `dir` (emptied by the caller) and installs the hook. */
export function startPrestage(setup: PrestageSetup): Prestage {
	const worker = new Worker(new URL('./prestage-worker.ts', import.meta.url), { workerData: setup });
	let crashed: Error | undefined;
	worker.once('error', (error) => (crashed = error));
	setPrestageHook((relative, html) => {
		if (!crashed) worker.postMessage({ relative, html } satisfies PrestageMessage);
		return withoutSearchRecord(html);
	});
	return {
		async finish() {
			setPrestageHook(undefined);
			try {
				if (crashed) throw crashed;
				const reply = await new Promise<string>((resolve, reject) => {
					worker.once('message', resolve);
					worker.once('error', reject);
					worker.postMessage('finish');
				});
				if (reply !== 'done') throw new Error(reply);
			} finally {
				await worker.terminate();
			}
		},
	};
}
