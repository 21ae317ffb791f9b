import { CONTENT_DIR } from '../paths.ts';
import { urls } from '../lib/urls.ts';
import { recentRawContent } from '../validation/load.ts';

/**
 * Paths that have a page but no place in the sitemap: the old addresses
 * documents list in `aliases` (each only a redirect) and withdrawn documents,
 * which keep their page for the record but, like in every listing, are not
 * promoted. The build's content check has just loaded every file, so this
 * reuses that load rather than reading the corpus again.
 */
function unlistedPaths(root: string): Set<string> {
	return new Set(
		recentRawContent(root).flatMap((entry) => {
			if (entry.collection !== 'documents') return [];
			const data = (entry.data ?? {}) as { aliases?: unknown; withdrawn?: unknown };
			const aliases = Array.isArray(data.aliases) ? data.aliases.filter((alias): alias is string => typeof alias === 'string') : [];
			return data.withdrawn ? [...aliases, urls.document(entry.id)] : aliases;
		}),
	);
}

/** Keeps the sitemap to real, listed pages: no short link under /d/, no redirect, no withdrawn document, no 404. */
export function sitemapFilter(root = CONTENT_DIR): (page: string) => boolean {
	let unlisted: Set<string> | undefined;
	return (page) => {
		const path = new URL(page).pathname;
		if (/^\/(d|404)(\/|$)/.test(path)) return false;
		unlisted ??= unlistedPaths(root);
		return !unlisted.has(path);
	};
}
