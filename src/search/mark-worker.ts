/**
 * A worker thread of marked-pages.ts: reads the words of, or marks, its
 * slice of the staged pages (see `splitAcrossWorkers`). Plain Node with type
 * stripping, so it imports only erasable TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { markPages, readPageWords, type MarkJob, type WordsJob } from './mark-work.ts';

const job = workerData as WordsJob | MarkJob;
const port = parentPort;
if (!port) throw new Error('mark-worker.ts must run as a worker thread (see marked-pages.ts)');
port.postMessage(job.kind === 'words' ? await readPageWords(job) : await markPages(job));
