import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Splits `items` into one slice per core and runs `workerUrl` on each slice
 * in its own worker thread (`workerData` = `{ ...shared, items }`); resolves
 * with the results in item order. The worker posts one array, a result per
 * item of its slice. Under `inProcessBelow` items the work is not worth a
 * thread's start (about 100 ms with its imports): `inProcess` does it here.
 */
export async function splitAcrossWorkers<Item, Result, Shared extends object>(
	workerUrl: URL,
	items: readonly Item[],
	shared: Shared,
	{ inProcessBelow, inProcess }: { inProcessBelow: number; inProcess: (items: readonly Item[]) => Promise<Result[]> },
): Promise<Result[]> {
	const threads = Math.min(availableParallelism(), Math.ceil(items.length / Math.max(1, inProcessBelow)));
	if (threads <= 1) return inProcess(items);
	const size = Math.ceil(items.length / threads);
	const slices = Array.from({ length: threads }, (_, at) => items.slice(at * size, (at + 1) * size));
	const results = await Promise.all(
		slices.map(
			(slice) =>
				new Promise<Result[]>((resolve, reject) => {
					const worker = new Worker(workerUrl, { workerData: { ...shared, items: slice } });
					worker.once('message', (result: Result[]) => resolve(result));
					worker.once('error', reject);
					worker.once('exit', (code) => code !== 0 && reject(new Error(`${workerUrl.pathname} exited with code ${code}`)));
				}),
		),
	);
	return results.flat();
}
