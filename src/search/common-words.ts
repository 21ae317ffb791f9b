import { matchKey } from './fold.ts';

/**
 * Common words, indexed from titles and fields only (issue 14's transfer
 * budget). Pagefind stores every position of every word, and a query loads
 * the whole list of each word it has: on the 10,000-document corpus, "thi",
 * "đua", "cải", "cách" stand in nearly every page, several times each, and
 * their lists alone were 50–130 KiB apiece, so "thi dua cai cach hanh chinh"
 * read 495 KiB of index. A word that stands in most pages tells them apart
 * by where it stands (title, number, names), not by its body occurrences.
 *
 * So, on a large site, the body occurrences of such a word are indexed as a
 * separate word: the word gets COMMON_MARK in front. Pagefind keeps the mark
 * as a letter (it is one: U+3164 HANGUL FILLER), so "ㅤthi" is a word of its
 * own, sorted after every Latin word, in index chunks no Latin query loads;
 * the title, the number, the names and the other fields keep the word itself.
 * Positions do not change (the mark joins the word), so excerpts and
 * highlights stay where they were; `withoutCommonMarks` takes the mark out of
 * everything read back from the index, before anything else sees it.
 */
export const COMMON_MARK = '\u3164';

/** From this many indexed pages on, common words are marked: below it, the full lists are small (a 1,000-document corpus read 64 KiB a query on average). */
export const COMMON_WORDS_FROM_PAGES = 2000;

/** A word in at least this share of the indexed pages is common. */
export const COMMON_SHARE = 0.5;

/** Letters only, folded: numbers, symbols and codes ("25/KH-UBND", "2024") are never common, they stay searchable everywhere. */
const LETTERS_ONLY = /^\p{L}+$/u;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * `matchKey`, folding each distinct spelling once: a 10,000-page site has a few
 * thousand spellings and millions of words (folding every occurrence was 6.7 s
 * of the 40 s that marking 10,615 pages took, profiled).
 */
const folded = new Map<string, string>();
export function keyOf(word: string): string {
	let key = folded.get(word);
	if (key === undefined) {
		key = matchKey(word);
		if (folded.size < 200_000) folded.set(word, key);
	}
	return key;
}

/** Where the indexed article of a page starts and ends (Pagefind reads nothing else of it). */
export function articleBounds(html: string): [number, number] | undefined {
	const open = ARTICLE.exec(html);
	if (!open) return undefined;
	const start = open.index + open[0].length;
	const end = html.indexOf('</article>', start);
	return [start, end < 0 ? html.length : end];
}

/** The words of a page's indexed article, folded as Pagefind folds them, each once. */
export function articleWords(html: string): Set<string> {
	const words = new Set<string>();
	const bounds = articleBounds(html);
	if (!bounds) return words;
	const text = html.slice(...bounds).replace(/<[^>]*>/g, ' ');
	for (const [word] of text.matchAll(WORD)) {
		const key = keyOf(word);
		if (LETTERS_ONLY.test(key)) words.add(key);
	}
	return words;
}

/**
 * The common words of a site, from the words of each indexed page; none on
 * a site with fewer than `fromPages` pages.
 */
export function commonWords(pages: Iterable<Set<string>>, { fromPages = COMMON_WORDS_FROM_PAGES, share = COMMON_SHARE } = {}): Set<string> {
	const counts = new Map<string, number>();
	let total = 0;
	for (const words of pages) {
		total++;
		for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return wordsInShare(counts, total, { fromPages, share });
}

/** The words counted in at least `share` of `total` pages, sorted; none on a site of fewer than `fromPages` pages. */
export function wordsInShare(counts: Iterable<[string, number]>, total: number, { fromPages = COMMON_WORDS_FROM_PAGES, share = COMMON_SHARE } = {}): Set<string> {
	if (total < fromPages) return new Set();
	return new Set([...counts].filter(([, count]) => count >= total * share).map(([word]) => word).sort());
}

/** The opening tag of the indexed article. */
const ARTICLE = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/;

/**
 * The page's HTML with each occurrence of a common word in the text of its
 * indexed article marked. Attributes are not text: the metadata (title,
 * number, names) keeps every word, and so do entities ("&amp;").
 */
export function markCommonWords(html: string, common: ReadonlySet<string>): string {
	const bounds = common.size ? articleBounds(html) : undefined;
	if (!bounds) return html;
	const markWord = (word: string, at: number, text: string) => (text[at - 1] !== '&' && common.has(keyOf(word)) ? COMMON_MARK + word : word);
	const article = html.slice(...bounds).replace(/(^|>)([^<]+)/g, (_, lead: string, text: string) => lead + text.replace(WORD, markWord));
	return html.slice(0, bounds[0]) + article + html.slice(bounds[1]);
}

const MARKS = new RegExp(COMMON_MARK, 'g');

/** Text read back from the index, without the marks: what was on the page. */
export function withoutCommonMarks(text: string): string {
	return text.includes(COMMON_MARK) ? text.replace(MARKS, '') : text;
}
