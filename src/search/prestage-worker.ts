/**
 * The search staging's page-by-page work, done while Astro renders
 * (prestage.ts sends each rendered page here): each page's SHA-256, whether
 * it is indexed, its indexer's copy written into the prestaged folder, and
 * what stripping its record took out. On `finish` the list goes into
 * `prestaged.json`; the staging after Astro (staging.ts) then moves the
 * copies into place instead of reading, preparing and stripping each page
 * again: 11 to 13 s of a warm 10,000-document build, on one core, after
 * Astro had finished (BUILD_TIMINGS, 2026-12-06). Plain Node with type
 * stripping, so it imports only erasable TypeScript.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { articleWords } from './common-words.ts';
import { pageForIndex } from './page-for-index.ts';
import { PRESTAGED_MANIFEST, PRESTAGED_WORDS, stripping, type PrestagedManifest } from './staging.ts';
import { countPage, emptyWordsCache, wordIndexes } from './words-cache.ts';

/** A page Astro rendered: its output path and its HTML as rendered, record included. */
export interface PrestageMessage {
	relative: string;
	html: string;
}

/** The folder to write into and the staging version the copies are prepared under. */
export interface PrestageSetup {
	dir: string;
	version: string;
}

const port = parentPort;
if (!port) throw new Error('prestage-worker.ts must run as a worker thread (see prestage.ts)');
const { dir, version } = workerData as PrestageSetup;
// At the usual priority, unlike the share-image workers: in a cold build they take the other core at the lowest,
// and this thread, there too, fell so far behind that its queue of pages lifted the build's peak memory by 0.9 GB.

const pages: PrestagedManifest['pages'] = {};
// Each indexed page's words, counted here rather than read back after Astro (marked-pages.ts): that step of a warm 10,000-document build took 17.0-20.8 s before, 13.6-15.5 s after.
const words = emptyWordsCache(version);
const wordIndex = wordIndexes(words);
let queue = Promise.resolve();
let failure: unknown;
let done = 0;

async function prestage({ relative, html }: PrestageMessage): Promise<void> {
	const bytes = Buffer.from(html, 'utf8');
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const staged = pageForIndex(html);
	if (staged === undefined) {
		pages[relative] = { sha256, indexed: false, size: bytes.length };
		return;
	}
	const target = path.join(dir, relative);
	// Never outside the folder, whatever a path says: such a page is simply staged after Astro.
	if (path.relative(dir, target).startsWith('..')) return;
	// Synchronous in this thread: Node's file thread pool is one per process, and Astro writes its pages through it.
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.writeFileSync(target, staged);
	const stripped = stripping(bytes);
	countPage(words, wordIndex, relative, sha256, articleWords(staged));
	pages[relative] = { sha256, indexed: true, stripped, size: stripped?.size ?? bytes.length };
}

port.on('message', (message: PrestageMessage | 'finish') => {
	if (message === 'finish') {
		queue = queue.then(async () => {
			// A page that failed leaves no list: the staging then prepares every page itself.
			if (failure === undefined) {
				fs.writeFileSync(path.join(dir, PRESTAGED_WORDS), JSON.stringify(words));
				fs.writeFileSync(path.join(dir, PRESTAGED_MANIFEST), JSON.stringify({ version, pages } satisfies PrestagedManifest));
			}
			port.postMessage(failure === undefined ? 'done' : `failed: ${failure instanceof Error ? failure.message : String(failure)}`);
		});
		return;
	}
	queue = queue
		.then(() => prestage(message))
		.catch((error: unknown) => {
			failure ??= error;
		})
		// How many pages are staged, so the hook sends no more than its backlog ahead (prestage.ts).
		.then(() => port.postMessage(++done));
});
