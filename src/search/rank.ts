/** A document number: digits, then a symbol after "/" or "-": "25/KH-UBND", "98/2023/ND-CP", "29-NQ/TW". */
const DOCUMENT_NUMBER = /^\d+(?:\/\d{4})?[/-]\p{L}[\p{L}\d]*(?:[-/]\p{L}[\p{L}\d]*)*$/u;

/**
 * A query that is one document number, quoted for an exact search. Pagefind
 * falls back to parts of a word it cannot find, so "999/KH-UBND" would bring
 * pages with a "9" in them; a reader checking whether a document exists must
 * get a plain "not found" instead. Results are kept only if the exact search
 * has them too.
 */
export function exactNumberQuery(term: string): string | undefined {
	return DOCUMENT_NUMBER.test(term) ? `"${term}"` : undefined;
}

/**
 * Pagefind ranks each word on its own, so for "dong chi" a page with
 * "hoạt động" and "Chính phủ" can outrank one with "đồng chí" side by side;
 * folded Vietnamese makes such coincidences common ("dong" is đồng, động,
 * đông, đóng). A second, quoted search (on the index chunks already loaded)
 * finds the pages where the words stand together as typed; those come first.
 */
export function phraseQuery(term: string): string | undefined {
	const words = term.split(' ').filter(Boolean);
	if (words.length < 2 || term.includes('"')) return undefined;
	return `"${words.join(' ')}"`;
}

/**
 * Results reordered so that those in the first preferred set come first,
 * then those in the next, and so on; Pagefind's order is kept within each
 * group, so exact diacritics, numbers and titles still lead inside it.
 */
export function preferring<T extends { id: string }>(results: T[], ...preferred: ReadonlySet<string>[]): T[] {
	const group = (result: T) => {
		const index = preferred.findIndex((ids) => ids.has(result.id));
		return index === -1 ? preferred.length : index;
	};
	return results
		.map((result, position) => ({ result, position, group: group(result) }))
		.sort((a, b) => a.group - b.group || a.position - b.position)
		.map(({ result }) => result);
}
