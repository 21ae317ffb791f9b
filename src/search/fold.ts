import { foldVietnamese } from '../lib/fold.ts';

/**
 * Vietnamese folding for search, at both ends.
 *
 * Pagefind folds diacritics itself: it decomposes every word (NFD), drops the
 * combining marks and keeps the original form to rank exact matches first.
 * "đ" has no decomposition, so it would stay "đ" and "thi dua" would never
 * meet "thi đua". Instead of teaching Pagefind a new rule, the indexed text
 * writes "đ" as "d" plus a combining stroke: Pagefind drops the stroke like
 * any other mark, so the index holds "dua", while the stored text (from which
 * excerpts are cut) keeps the stroke and turns back into "đ" for display.
 * A stroke that ever reached a reader unrestored would still look like "đ".
 */
export const STROKE = '\u0335';

const MARKED = /([dD])\u0335/g;

/** Text on its way into the index: NFC, with every đ/Đ written as d/D + stroke. */
export function markForIndex(text: string): string {
	return text.normalize('NFC').replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Text on its way out of the index (titles, excerpts, meta): the stroke becomes đ/Đ again. */
export function unmark(text: string): string {
	return text.replace(MARKED, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

/**
 * A query as Pagefind should receive it. NFC, so that a pasted NFD query still
 * carries its tone marks and exact-diacritic matches keep their ranking boost;
 * đ as d, so that it meets the index, where every đ is already a d; spaces
 * collapsed. Everything else is left to Pagefind's own folding.
 */
export function prepareQuery(query: string): string {
	return query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\s+/g, ' ').trim();
}

/**
 * The form in which an indexed word and a query word meet: no marks at all,
 * lower case, as Pagefind compares them after its own folding. It states the
 * contract between `markForIndex` and `prepareQuery`: for any text and any
 * way of typing it, matchKey(markForIndex(text)) === matchKey(prepareQuery(typed)).
 */
export function matchKey(text: string): string {
	return foldVietnamese(text).toLowerCase();
}
