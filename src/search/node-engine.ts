import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { INDEX_DIR, loadPagefind, type Pagefind } from './pagefind-api.ts';
import { PASSAGE_FILE_EXTENSION } from './passages.ts';

/** Pagefind's own browser bundle, run in Node on a built site, and the bytes it read. */
export interface NodeEngine {
	engine: Pagefind;
	/** Bytes of index files read so far: what a browser would fetch (the files are gzip already); of one folder of the bundle only, when named. */
	bytesRead(part?: BundlePart): number;
	/** Files read so far, of one folder of the bundle only, when named. */
	filesRead(part?: BundlePart): number;
}

/** The bundle's parts a search reads as it goes: word-index chunks, fragments (one per result shown), their passages (passages.ts), facets. */
export type BundlePart = 'index' | 'fragment' | 'passage' | 'filter';

interface Reads {
	bytes: number;
	files: number;
	parts: Map<string, { bytes: number; files: number }>;
}

const engines = new Map<string, NodeEngine>();
const readsByRoot = new Map<string, Reads>();
let installed = false;
let freshEngines = 0;

/** Serves file: URLs from disk, counting bytes per built site; other URLs go to the network as before. */
function installFileFetch(): void {
	if (installed) return;
	installed = true;
	const networkFetch = globalThis.fetch;
	globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (url.protocol !== 'file:') return networkFetch(input, init);
		const whole = await fs.readFile(url);
		// A Range request (the passages of a result, passage-text.ts) is answered as a host answers it: 206 and those bytes only.
		const range = /^bytes=(\d+)-(\d+)$/.exec(new Headers(init?.headers).get('range') ?? '');
		const body = range ? whole.subarray(Number(range[1]), Number(range[2]) + 1) : whole;
		for (const [root, reads] of readsByRoot) {
			const prefix = `${pathToFileURL(root).pathname}/${INDEX_DIR}/`;
			if (!url.pathname.startsWith(`${pathToFileURL(root).pathname}/`)) continue;
			reads.bytes += body.byteLength;
			reads.files += 1;
			const folder = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length).split('/')[0]! : '';
			const part = url.pathname.endsWith(PASSAGE_FILE_EXTENSION) ? 'passage' : folder;
			const tally = reads.parts.get(part) ?? { bytes: 0, files: 0 };
			reads.parts.set(part, { bytes: tally.bytes + body.byteLength, files: tally.files + 1 });
		}
		return new Response(body, { status: range ? 206 : 200, headers: { 'content-type': url.pathname.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
	};
}

/**
 * Loads `dist/pagefind/pagefind.js` in Node, the same bundle and options the
 * search page uses (loadPagefind), so the relevance benchmark ranks with the
 * real index and the real code. Pagefind fetches its files; in Node, `fetch`
 * is given the files of `dist` for file: URLs. Without `Worker`, Pagefind runs
 * on the main thread. One engine per folder: the module is cached by URL, so
 * `facets` (load every facet file at once, as the page does not) is that of
 * the first call for a folder. `fresh` loads another engine, not cached,
 * its bytes counted with the folder's.
 */
export async function pagefindInNode(dist: string, { facets = true, fresh = false } = {}): Promise<NodeEngine> {
	const root = path.resolve(dist);
	const known = engines.get(root);
	if (known && !fresh) return known;
	installFileFetch();
	const reads: Reads = readsByRoot.get(root) ?? { bytes: 0, files: 0, parts: new Map() };
	readsByRoot.set(root, reads);
	// A fresh engine is the module loaded anew (another URL), with nothing of any earlier search loaded: a reader's new page.
	const bundle = `${pathToFileURL(path.join(root, INDEX_DIR, 'pagefind.js')).href}${fresh ? `?engine=${++freshEngines}` : ''}`;
	const engine = await loadPagefind(bundle, [], { baseUrl: '/' }, { facets });
	const made = {
		engine,
		bytesRead: (part?: BundlePart) => (part ? (reads.parts.get(part)?.bytes ?? 0) : reads.bytes),
		filesRead: (part?: BundlePart) => (part ? (reads.parts.get(part)?.files ?? 0) : reads.files),
	};
	if (!fresh) engines.set(root, made);
	return made;
}
