import type { PagefindResultData } from '../../src/search/pagefind-api.ts';
import type { IndexedPage } from '../../src/search/read-index.ts';
import { unmark } from '../../src/search/fold.ts';

/**
 * One page of one agency site as the national tier stores it: the same
 * fields Pagefind stores for the site's own search (a "fragment"), so the
 * ranking reads it through the site's own `candidateOf` and ranks it the
 * same way.
 */
export interface NationalPage {
	/** Origin of the site that publishes the page ("https://quangngai.example.vn"); results link there. */
	site: string;
	/** The page's path on that site ("/van-ban/…/"), unique within the site. */
	url: string;
	/** The page's text as shown, with đ restored (no index marks). */
	content: string;
	/** Pagefind metadata by key (src/search/filters.ts META): title, number, symbol, names, agency, date, summary… */
	meta: Record<string, string>;
	/** Facet values by key (loai, co-quan, tinh, nam, phong-trao, linh-vuc). */
	filters: Record<string, string[]>;
}

/** A page read back from a built site's Pagefind bundle (readIndexedPages), display-ready. */
export function fromIndexedPage(page: IndexedPage, site: string): NationalPage {
	const meta = Object.fromEntries(Object.entries(page.meta).map(([key, value]) => [key, unmark(value)]));
	return { site, url: page.url, content: unmark(page.content), meta, filters: page.filters };
}

/** The page in the shape the site's ranking reads (run.ts candidateOf); no excerpt, the national tier cuts its own. */
export function asResultData(page: Pick<NationalPage, 'url' | 'content' | 'meta' | 'filters'>): PagefindResultData {
	return { url: page.url, content: page.content, excerpt: '', meta: page.meta, filters: page.filters };
}
