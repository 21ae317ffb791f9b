import { articleBounds, COMMON_MARK, keyOf } from './common-words.ts';
import { META } from './filters.ts';

/**
 * Repeated words, indexed where they first stand (issue 14's later-query
 * budget). Pagefind stores every position of every word and a query loads
 * the whole list of each of its words, so a word a page repeats costs every
 * query for it once per repetition: "quang" stands 13,392 times in the
 * bodies of 3,618 of the 10,615 pages of the 10,000-document corpus, "ngọc"
 * 5,181 times, "chí" 16,201 (node /tmp count over the built pages). What
 * search needs of a page is which words it holds and which phrases; where it
 * repeats them again adds nothing the ranking uses (it reads the page's own
 * text, relevance.ts), and little to Pagefind's score, whose term frequency
 * saturates after a few occurrences.
 *
 * So, on a large site, an occurrence is indexed only where it begins a
 * stretch of text the page has not had yet: every word, every pair and every
 * run of PHRASE_KEPT words keeps its first occurrence whole, so Pagefind's
 * phrase search still finds a name of three syllables in row 40 of an
 * honouree table after "Nguyễn" and "Quang" stood in rows 1 to 39. Later
 * occurrences get COMMON_MARK in front and become words of their own that
 * no query loads, exactly as common words do (common-words.ts): positions do
 * not move, and the mark is taken out of everything read back.
 *
 * On the corpus this keeps 3.4 of 7.5 million body positions with runs of
 * two; runs of three keep more (figures in docs/search.md).
 */
export const PHRASE_KEPT = 3;

/**
 * A whitespace-separated token whose core is letters only (marks included:
 * "d̵", tone marks) or digits only ("2024", "15"), with punctuation around
 * it. A year repeats like a word: "2024" stood 21,032 times in the bodies of
 * the 2,243 pages of the 10,000-document corpus that have it. A code with
 * inner punctuation ("25/KH-UBND", "14/04/2024") is never one: Pagefind
 * indexes its parts as words too, which a mark in front would not reach.
 */
const LETTER_TOKEN = /^(\p{P}*)([\p{L}\p{M}]+|\p{Nd}+)(\p{P}*)$/u;

/**
 * Fields Pagefind searches with a weight at least that of the body
 * (pagefind-api.ts RANKING): text the body repeats from them is indexed
 * there already. Not the summary, the date or the type label, whose weight
 * is below the body's: their words must stay findable in the text.
 */
const SEARCHED_FIELDS = new Set<string>([META.title, META.names, META.number, META.symbol, META.agency, META.detail]);

/** Tags that end a run of text: a phrase does not run from one table cell, list item or paragraph into the next. */
const BLOCK_TAG = /^<\/?(?:address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|h[1-6]|li|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul)\b/i;

const FIELD = /data-pagefind-meta="([^":]+):([^"]*)"/g;

interface Token {
	key: string;
	/** Only words of letters or of digits are marked: a code ("25/KH-UBND") is one word for Pagefind whose parts must not change, and an entity ("&amp;") is not text. */
	markable: boolean;
}

export function tokensOf(text: string): Token[] {
	return text
		.split(/\s+/)
		.filter(Boolean)
		.map((token) => {
			const letters = token.includes('&') ? null : LETTER_TOKEN.exec(token);
			return { key: letters ? keyOf(letters[2]!) : token.toLowerCase(), markable: Boolean(letters) };
		});
}

/** Every word, pair and run of PHRASE_KEPT of a run of words; each run grows from the one before it (slicing and joining each anew was a tenth of marking a site). */
function* runsOf(keys: readonly string[]): Generator<{ start: number; length: number; run: string }> {
	for (let start = 0; start < keys.length; start++) {
		let run = keys[start]!;
		for (let length = 1; length <= PHRASE_KEPT && start + length <= keys.length; length++) {
			if (length > 1) run += ` ${keys[start + length - 1]}`;
			yield { start, length, run };
		}
	}
}

/**
 * For each word of each block, whether it stands in a word, pair or run of
 * PHRASE_KEPT that neither `known` (the fields) nor an earlier block or
 * place of the page has had. Blocks in page order.
 */
export function firstOccurrences(blocks: readonly (readonly string[])[], known: Iterable<readonly string[]> = []): boolean[][] {
	const seen = new Set<string>();
	for (const field of known) for (const { run } of runsOf(field)) seen.add(run);
	return blocks.map((keys) => {
		const keep = keys.map(() => false);
		for (const { start, length, run } of runsOf(keys)) {
			if (seen.has(run)) continue;
			seen.add(run);
			for (let at = start; at < start + length; at++) keep[at] = true;
		}
		return keep;
	});
}

/**
 * The page's HTML with every repeated occurrence (firstOccurrences) of a
 * letter word in its indexed article marked: repeated within the text, or
 * from the searched fields. Attributes (the fields themselves) are not
 * touched.
 */
export function markRepeatedWords(html: string): string {
	const bounds = articleBounds(html);
	if (!bounds) return html;
	const parts = html.slice(...bounds).match(/<[^>]*>|[^<]+/g) ?? [];
	const fields: string[][] = [];
	const blocks: Token[][] = [[]];
	for (const part of parts) {
		if (part.startsWith('<')) {
			for (const [, key, value] of part.matchAll(FIELD)) if (SEARCHED_FIELDS.has(key!)) fields.push(tokensOf(value!).map((token) => token.key));
			if (BLOCK_TAG.test(part) && blocks.at(-1)!.length) blocks.push([]);
		} else blocks.at(-1)!.push(...tokensOf(part));
	}
	const keep = firstOccurrences(
		blocks.map((block) => block.map((token) => token.key)),
		fields,
	).flat();
	const markable = blocks.flat().map((token) => token.markable);
	let at = 0;
	const marked = parts.map((part) =>
		part.startsWith('<')
			? part
			: part.replace(/\S+/g, (token) => {
					const index = at++;
					if (keep[index] || !markable[index] || token.includes(COMMON_MARK)) return token;
					return token.replace(LETTER_TOKEN, (_all, before: string, letters: string, after: string) => `${before}${COMMON_MARK}${letters}${after}`);
				}),
	);
	return html.slice(0, bounds[0]) + marked.join('') + html.slice(bounds[1]);
}
