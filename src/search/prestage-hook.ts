/**
 * The middleware's side of the search staging done while Astro renders
 * (prestage.ts starts it): every rendered page goes through `prestagePage`,
 * which hands it to the prestage worker when a build installed the hook,
 * and gives back the page to write, its hidden search record stripped
 * (only the indexer reads it: 1.2 KB a document page). Without a build
 * (astro dev, preview) there is no hook and pages pass as they are. Its own
 * module, without the worker's address, so Astro's page bundle holds none.
 */
import { findSearchRecord } from './staging.ts';
import { RECORD_MARKER } from './page-for-index.ts';

export type PrestageHook = (relative: string, html: string) => string;

/** On globalThis: the middleware runs in Astro's page bundle, a copy of this module other than the integration's. */
const HOOK = Symbol.for('thi-dua-khen-thuong.search-prestage');
const scope = globalThis as unknown as Record<symbol, PrestageHook | undefined>;

/**
 * The output file of a rendered path (relative to the output folder, as
 * the staging names pages): `/a/b/` is `a/b/index.html`, `/a.html` itself,
 * `/404` and `/404/` are `404.html`. Should Astro name a page otherwise, the staging
 * finds no prestaged copy for it and prepares the page itself.
 */
export function outputFileOf(pathname: string): string {
	const relative = decodeURI(pathname).replace(/^\/+/, '');
	// Astro writes its error pages as files whatever the format: 404.html, 500.html.
	if (/^(?:404|500)\/?$/.test(relative)) return `${relative.replace('/', '')}.html`;
	if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
	return relative.endsWith('.html') ? relative : `${relative}.html`;
}

/** The page as written to the output: without its search record when it is indexed (the worker strips alike: staging.ts `stripping`). */
export function withoutSearchRecord(html: string): string {
	if (!RECORD_MARKER.test(html)) return html;
	const found = findSearchRecord(html);
	return found ? html.slice(0, found.index) + html.slice(found.index + found.block.length) : html;
}

/** For the middleware: the page to write for a rendered page at `pathname` (below the site's base). */
export function prestagePage(pathname: string, html: string): string {
	const hook = scope[HOOK];
	return hook ? hook(outputFileOf(pathname), html) : html;
}

/** Installs `hook` for the pages rendered from now on, or removes it (undefined). */
export function setPrestageHook(hook: PrestageHook | undefined): void {
	if (hook) scope[HOOK] = hook;
	else delete scope[HOOK];
}

