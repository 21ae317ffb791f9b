/**
 * A built page as the indexer reads it, apart from Pagefind: which pages are
 * indexed, the HTML prepared for them, and the version of that preparation.
 * Its own module so the page-by-page work can run in a worker thread while
 * Astro renders (prestage-worker.ts) without loading Pagefind.
 */
import path from 'node:path';
import { markForIndex } from './fold.ts';
import { citedSymbols } from './symbols.ts';
import { META } from './filters.ts';
import { cacheKey } from '../lib/cache-key.ts';

/**
 * Only pages that carry a search record are indexed (documents, campaigns,
 * agencies), and only inside their `data-pagefind-body` article. Pages are
 * built from public content only, so drafts and embargoed documents never
 * reach this point; withdrawn documents render no record.
 */
export const RECORD_MARKER = /<div hidden data-search-record="(?:document|campaign|agency)">/;

/**
 * Pagefind 1.6 joins the text of adjacent description-list and table cells
 * ("Số, ký hiệuSố: 563/QĐ-UBNDNgày ban hành"), which glues a document number
 * to the next word. A space around every block element keeps words apart;
 * it changes nothing but whitespace, and only in what the indexer reads.
 * Listings also set labels side by side as spans ("Tin bàiNgày"), hence the
 * space between a closing span and the next tag.
 */
const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|h[1-6]|li|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/g;

/**
 * The HTML as the indexer reads it: the symbols of cited numbers added to the
 * record (symbols.ts), blocks apart, and đ folded at the root (fold.ts).
 */
export function htmlForIndex(html: string): string {
	const symbols = citedSymbols(html);
	const withSymbols = symbols.length
		? html.replace(RECORD_MARKER, (record) => `${record}<span data-pagefind-meta="${META.cited}:${symbols.join(' ')}"></span>`)
		: html;
	return markForIndex(withSymbols).replace(BLOCK_TAG, ' $& ').replace(/<\/span></g, '</span> <');
}

/** The start tag of the element Pagefind indexes: a tag, since text never holds an unescaped "<". */
const INDEXED_ELEMENT = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body[\s>=]/;

/**
 * The page's head and the element Pagefind indexes (`data-pagefind-body`),
 * without the rest of its body (site header, navigation, share tools,
 * footer): Pagefind reads nothing else on a page that marks its body, and
 * the record's metadata and filters are inside that element. On the
 * 10,000-document corpus the copies shrink from 230.6 to 135.8 million
 * characters, Pagefind reads them in 7.2 s instead of 10.1 s, and writes
 * the same bundle, byte for byte (Pagefind 1.6 run on both folders of
 * marked copies, `diff -r` of the bundles). A page whose element is not
 * closed is kept whole.
 */
export function indexedPart(html: string): string {
	const start = INDEXED_ELEMENT.exec(html);
	const headEnd = html.indexOf('</head>');
	if (!start || headEnd < 0 || headEnd > start.index) return html;
	const tags = new RegExp(`<(/?)${start[1]}\\b[^>]*>`, 'g');
	tags.lastIndex = start.index;
	let depth = 0;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[1] ? -1 : 1;
		if (depth === 0) return `${html.slice(0, headEnd)}</head><body>${html.slice(start.index, tag.index + tag[0].length)}</body></html>`;
	}
	return html;
}

/** The indexer's copy of a built page, or undefined when the page carries no search record. */
export function pageForIndex(html: string): string | undefined {
	return RECORD_MARKER.test(html) ? indexedPart(htmlForIndex(html)) : undefined;
}

/**
 * Changes whenever the code that prepares pages for the indexer changes
 * (build-index.ts and all it imports, this file among them), so staged
 * copies are made afresh.
 */
export function stagingVersion(): string {
	return cacheKey({ code: [path.join(import.meta.dirname, 'build-index.ts')] });
}

/** Beside the staging folder: the pages prepared while Astro rendered them (prestage-worker.ts), taken by the staging. */
export const prestagedDir = (stagingDir: string): string => `${stagingDir}-prestaged`;
