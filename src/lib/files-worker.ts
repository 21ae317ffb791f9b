/** Lists a folder's files on a worker thread for `filesUnderInBackground` (files-in-background.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { filesUnder } from './files.ts';

parentPort!.postMessage(filesUnder(workerData as string));
