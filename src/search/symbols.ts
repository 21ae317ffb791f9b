/**
 * Symbols of the document numbers a page mentions. Pagefind indexes
 * "25/KH-UBND" as the word "25khubnd" (plus its parts "25", "kh", "ubnd"), so
 * a reader typing the symbol alone, "KH-UBND", would meet only a number
 * printed without its sequence ("…/KH-UBND"). The indexer therefore adds the
 * symbols a page cites as metadata (see build-index.ts): searchable as whole
 * words, never shown, and outside the text, so excerpts do not move.
 */

/**
 * A number and its symbol, as printed: "25/KH-UBND", "98/2023/NĐ-CP",
 * "…/TB-UBND", "29-NQ/TW", "06/2022/QH15". The symbol starts with a capital
 * and runs through capitals, digits, "-" and "/".
 */
const NUMBER_WITH_SYMBOL = /(?:\d+|…)(?:\/\d{4})?[/-](\p{Lu}[\p{Lu}\d]*(?:[-/]\p{Lu}[\p{Lu}\d]*)+|\p{Lu}{2,}\d+)(?![\p{L}\d])/gu;

/** Distinct symbols cited in a text, in order of first appearance: ["KH-UBND", "NĐ-CP"]. */
export function citedSymbols(text: string): string[] {
	return [...new Set([...text.normalize('NFC').matchAll(NUMBER_WITH_SYMBOL)].map((match) => match[1]!))];
}
