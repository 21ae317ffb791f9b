import { articleBounds } from './common-words.ts';
import { META } from './filters.ts';
import { tokensOf } from './repeated-words.ts';

/**
 * The summary (META.summary) is shown with a result when the text has no
 * query word, and never ranks (weight 0, pagefind-api.ts); yet Pagefind
 * indexes every metadata field, so each of its words cost a position in the
 * word index on top of the same words in the lead paragraph: on the
 * 10,000-document corpus every page's "…tạo tự động để đo hiệu năng" added
 * 10,615 positions to "dong" alone. On a large site the indexer takes the
 * field out of what Pagefind reads when the article holds the summary's
 * words in order, and puts it back into the page's fragment afterwards
 * (fragments.ts): shown as before, found by its words in the text.
 */
const SUMMARY_FIELD = new RegExp(`<span data-pagefind-meta="${META.summary}:([^"]*)"></span>`);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Attribute and text entities as Astro writes them: the five named ones and numeric references. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) =>
		name[0] === '#' ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : (ENTITIES[name.toLowerCase()] ?? whole),
	);
}

const keysOf = (text: string) => tokensOf(decodeEntities(text)).map((token) => token.key);

/** Whether `inner` stands in `outer` as a run. */
function holdsRun(outer: readonly string[], inner: readonly string[]): boolean {
	if (inner.length === 0) return false;
	const first = inner[0];
	for (let at = outer.indexOf(first!); at >= 0 && at + inner.length <= outer.length; at = outer.indexOf(first!, at + 1)) {
		if (inner.every((key, i) => outer[at + i] === key)) return true;
	}
	return false;
}

/** The page without its summary field, and the summary, when its article text holds the summary's words in order; else the page as it is. */
export function takeSummary(html: string): { html: string; summary?: string } {
	const bounds = articleBounds(html);
	const field = bounds ? SUMMARY_FIELD.exec(html.slice(...bounds)) : null;
	if (!bounds || !field) return { html };
	const summary = decodeEntities(field[1]!);
	const text = html.slice(...bounds).replace(/<[^>]*>/g, ' ');
	if (!holdsRun(keysOf(text), keysOf(field[1]!))) return { html };
	const at = bounds[0] + field.index;
	return { html: html.slice(0, at) + html.slice(at + field[0].length), summary };
}

/** The URL Pagefind gives a page from its file path in the site ("van-ban/a/index.html" → "/van-ban/a/"). */
export function pageUrl(file: string): string {
	return `/${file.split(/[\\/]/).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}
