import { Worker } from 'node:worker_threads';

/**
 * `filesUnder(dir)` on a worker thread: the listing, mostly the kernel's
 * work (0.5–1.2 s for the output of a 10,000-document site), runs while the
 * caller goes on.
 */
export function filesUnderInBackground(dir: string): Promise<string[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./files-worker.ts', import.meta.url), { workerData: dir });
		worker.once('message', (files: string[]) => resolve(files));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`Không liệt kê được các tệp trong ${dir}: luồng liệt kê dừng (mã ${code}).`)));
	});
}
