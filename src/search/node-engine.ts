import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { INDEX_DIR, loadPagefind, type Pagefind } from './pagefind-api.ts';

/** Pagefind's own browser bundle, run in Node on a built site, and the bytes it read. */
export interface NodeEngine {
	engine: Pagefind;
	/** Bytes of index files read so far: what a browser would fetch (the files are gzip already). */
	bytesRead(): number;
}

const engines = new Map<string, NodeEngine>();
const bytesByRoot = new Map<string, number>();
let installed = false;

/** Serves file: URLs from disk, counting bytes per built site; other URLs go to the network as before. */
function installFileFetch(): void {
	if (installed) return;
	installed = true;
	const networkFetch = globalThis.fetch;
	globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (url.protocol !== 'file:') return networkFetch(input, init);
		const body = await fs.readFile(url);
		for (const [root, bytes] of bytesByRoot) if (url.pathname.startsWith(`${pathToFileURL(root).pathname}/`)) bytesByRoot.set(root, bytes + body.byteLength);
		return new Response(body, { headers: { 'content-type': url.pathname.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
	};
}

/**
 * Loads `dist/pagefind/pagefind.js` in Node, the same bundle and options the
 * search page uses (loadPagefind), so the relevance benchmark ranks with the
 * real index and the real code. Pagefind fetches its files; in Node, `fetch`
 * is given the files of `dist` for file: URLs. Without `Worker`, Pagefind runs
 * on the main thread. One engine per folder: the module is cached by URL, so
 * `facets` (load every facet file at once, as the page does not) is that of
 * the first call for a folder.
 */
export async function pagefindInNode(dist: string, { facets = true } = {}): Promise<NodeEngine> {
	const root = path.resolve(dist);
	const known = engines.get(root);
	if (known) return known;
	installFileFetch();
	bytesByRoot.set(root, 0);
	const bundle = pathToFileURL(path.join(root, INDEX_DIR, 'pagefind.js')).href;
	const engine = await loadPagefind(bundle, [], { baseUrl: '/' }, { facets });
	const made = { engine, bytesRead: () => bytesByRoot.get(root) ?? 0 };
	engines.set(root, made);
	return made;
}
