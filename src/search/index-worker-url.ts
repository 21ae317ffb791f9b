/** The index build's worker thread (index-worker.ts), for `splitAcrossWorkers`; its own module so that the modules it runs can name it without importing it. */
export const INDEX_WORKER = new URL('./index-worker.ts', import.meta.url);
