import { urls } from '../lib/urls.ts';

/** What the sitemap needs of a document: its old addresses and whether it is withdrawn. */
export interface SitemapDocument {
	aliases?: readonly string[];
	withdrawn?: unknown;
}

/**
 * Paths that have a page but no place in the sitemap: the old addresses
 * documents list in `aliases` (each only a redirect) and withdrawn documents,
 * which keep their page for the record but, like in every listing, are not
 * promoted.
 */
export function unlistedPaths(documents: Iterable<[id: string, entry: { data: SitemapDocument }]>): Set<string> {
	const unlisted = new Set<string>();
	for (const [id, { data }] of documents) {
		for (const alias of data.aliases ?? []) unlisted.add(alias);
		if (data.withdrawn) unlisted.add(urls.document(id));
	}
	return unlisted;
}

/**
 * Keeps the sitemap to real, listed pages: no short link under /d/, no
 * redirect, no withdrawn document, no 404. `unlisted` is asked once, when the
 * sitemap is written: the build hands it the content its check read when the
 * build started (src/integrations/content-check.ts), the same content the
 * pages were built from, so the sitemap never reads the corpus again.
 */
export function sitemapFilter(unlisted: () => ReadonlySet<string>): (page: string) => boolean {
	let paths: ReadonlySet<string> | undefined;
	return (page) => {
		const path = new URL(page).pathname;
		if (/^\/(d|404)(\/|$)/.test(path)) return false;
		paths ??= unlisted();
		return !paths.has(path);
	};
}
