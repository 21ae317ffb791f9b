/**
 * A worker thread of the index build: does one job on its slice of the
 * pages or fragments (see `splitAcrossWorkers`): reading pages' words or
 * marking them (marked-pages.ts), slimming fragments (fragments.ts),
 * thinning index chunks (dense-chunks.ts). Plain
 * Node with type stripping, so it imports only erasable TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { slimFragmentFiles, type SlimJob } from './fragment-files.ts';
import { markPages, readPageWords, type MarkJob, type WordsJob } from './mark-work.ts';
import { thinChunkFiles, type ThinJob } from './dense-chunks.ts';

const port = parentPort;
if (!port) throw new Error('index-worker.ts must run as a worker thread');
const job = workerData as WordsJob | MarkJob | SlimJob | ThinJob;
const work = { words: readPageWords, mark: markPages, slim: slimFragmentFiles, thin: thinChunkFiles } as const;
port.postMessage(await (work[job.kind] as (job: WordsJob | MarkJob | SlimJob | ThinJob) => Promise<unknown>)(job));
