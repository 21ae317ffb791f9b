import { COMMON_MARK } from './common-words.ts';
import { wordForms } from './words.ts';

/**
 * What a query word costs to search, known before it is searched (issue 14's
 * later-query budget). On a large site a word of thousands of pages loads an
 * index chunk of 2–10 KiB ("văn" 9.5, "lòng" 7.4, "thanh" 9.3 at 10,000
 * documents), and a query of four to nine such words read 21–31 KiB of index
 * alone ("nâng cao chỉ số hài lòng của người dân", "văn hóa công vụ"). The
 * build lists every dense word (dense-words.ts) with the size of its chunk and
 * its page count, in this file beside pagefind.js; a word it does not list is
 * in a small chunk. The browser reads it once, with the first search
 * (3 KiB gzip at 10,000 documents), and plans each query (planQuery).
 */
export const WORD_COSTS_FILE = 'word-costs.json';

/** `word-costs.json`. */
export interface WordCosts {
	/** Each chunk that holds a dense word: its first and last word (every word between them is in it; both empty for a chunk of marked words only) and its gzip bytes. */
	chunks: [string, string, number][];
	/** Each common word whose body occurrences are marked (common-words.ts), folded and without its mark → [index in `chunks` of its marked form, pages that hold it in their body]. */
	common: Record<string, [number, number]>;
}

/**
 * Index bytes a later query may plan for its words: the 30 KB budget (29.3
 * KiB) less what its results cost after them, ten fragments of 5–9 KiB and
 * passages of 0–3.6 KiB at 10,000 documents (docs/search.md). Planned costs
 * are chunk sizes; measured index bytes came within 1.5 KiB of them on the
 * benchmark's queries.
 */
export const PLANNED_INDEX_BYTES = 18 * 1024;

/**
 * Kept from the budget when a query falls back to a common word's marked list (commonWordFallback): the pages it
 * finds hold the query past their lead, so each reads a passage more (fragments and passages 8–13 KiB).
 */
export const FALLBACK_MARGIN_BYTES = 1024;

/**
 * What a fallback may plan beyond PLANNED_INDEX_BYTES: its pages read the lead and passages only, and a word outside
 * the list is taken at 1 KiB where its chunk measured 0.6 ("cán bộ công chức viên chức": 11.1 KiB planned, 10.1 read).
 */
export const FALLBACK_SLACK_BYTES = 1536;

/** What a word not in the list is taken to cost: a chunk of 500 positions, 0.6–1.5 KiB gzip at 10,000 documents. */
export const SMALL_CHUNK_BYTES = 1024;

/** How a query is searched on a large site. */
export interface QueryPlan {
	/** The words given to Pagefind, in the order typed. */
	term: string;
	/** The quoted phrase search that confirms pages beyond those read: the query, or, for a reduced plan, the longest run of searched words that stood side by side as typed, none of them dense. */
	phrase?: string;
	/** Words were left out of `term`: the pages it finds hold the searched words, and the ranking checks the rest in what it reads. */
	reduced: boolean;
}

const keyOf = (word: string) => wordForms(word).folded;

/** Whether the word stands in the index anywhere, in a field or (common-words.ts) marked in the body, as far as the list knows: a dense or common word. */
export function listedWord(costs: WordCosts, word: string): boolean {
	return keyOf(word) in costs.common || costs.chunks.some(([first, last]) => first !== '' && (first === keyOf(word) || last === keyOf(word)));
}

/** The chunk a word loads, or undefined for a word in a small chunk. Pagefind orders words by code point, as JavaScript compares them here. */
function chunkOf(costs: WordCosts, word: string): number | undefined {
	const key = keyOf(word);
	const index = costs.chunks.findIndex(([first, last]) => first !== '' && first <= key && key <= last);
	return index < 0 ? undefined : index;
}

const bytesOf = (costs: WordCosts, chunk: number | undefined) => (chunk === undefined ? SMALL_CHUNK_BYTES : (costs.chunks[chunk]?.[2] ?? SMALL_CHUNK_BYTES));

/**
 * Planned index bytes of searching `words`, each chunk once; words in `loaded` (searched before on this page) cost
 * nothing. The last word also loads the chunks of the words it may begin ("tin": "tình", "tỉnh"), as Pagefind
 * extends it as a prefix: every listed chunk whose range meets that word's.
 */
export function plannedBytes(costs: WordCosts, words: readonly string[], loaded: ReadonlySet<string> = new Set()): number {
	const chunks = new Set<number>();
	const seen = new Set<string>();
	let small = 0;
	words.forEach((word, index) => {
		if (loaded.has(keyOf(word)) || seen.has(keyOf(word))) return;
		seen.add(keyOf(word));
		const chunk = chunkOf(costs, word);
		if (chunk === undefined) small += SMALL_CHUNK_BYTES;
		else chunks.add(chunk);
		if (index < words.length - 1) return;
		const key = keyOf(word);
		costs.chunks.forEach(([first, last], extended) => {
			if (first !== '' && last >= key && first <= `${key}\uffff`) chunks.add(extended);
		});
	});
	return small + [...chunks].reduce((sum, chunk) => sum + bytesOf(costs, chunk), 0);
}

/** The longest run of kept words that stood side by side in the query, quoted, when it has two words or more. */
function longestRun(words: readonly string[], kept: readonly boolean[]): string | undefined {
	let best: string[] = [];
	let run: string[] = [];
	words.forEach((word, index) => {
		run = kept[index] ? [...run, word] : [];
		if (run.length > best.length) best = run;
	});
	return best.length >= 2 ? `"${best.join(' ')}"` : undefined;
}

/**
 * The words of `term` (prepared, fold.ts) to give Pagefind within
 * PLANNED_INDEX_BYTES: all of them when they fit; otherwise the dearest
 * words are left out, one at a time, until the rest fit, and at least two
 * words stay. A dear word is one of thousands of pages, so the pages holding
 * the rest, with their phrase, are nearly all pages that hold the whole
 * query; the ranking checks every word in the text it reads (relevance.ts).
 * A personal name is never cut: without its middle name "Phạm Thành" is
 * another person. With `fewerThan` (a fallback when nothing was found), the
 * dearest words are left out until fewer than that many stay, budget aside.
 * `budget` is less than PLANNED_INDEX_BYTES when room is kept for a fallback
 * (fallbackReserve).
 */
export function planQuery(
	term: string,
	costs: WordCosts | undefined,
	{ loaded = new Set<string>(), name = false, fewerThan, budget = PLANNED_INDEX_BYTES }: { loaded?: ReadonlySet<string>; name?: boolean; fewerThan?: number; budget?: number } = {},
): QueryPlan {
	const words = term.split(' ').filter(Boolean);
	const whole: QueryPlan = { term, phrase: words.length >= 2 && !term.includes('"') ? `"${words.join(' ')}"` : undefined, reduced: false };
	if (fewerThan === undefined && (!costs || name || words.length < 3 || term.includes('"') || plannedBytes(costs, words, loaded) <= budget)) return whole;
	const table = costs ?? { chunks: [], common: {} };
	const kept = words.map(() => true);
	const keptWords = (without?: number) => words.filter((_, i) => kept[i] && i !== without);
	const done = () =>
		fewerThan === undefined
			? keptWords().length <= 2 || plannedBytes(table, keptWords(), loaded) <= budget
			: keptWords().length < fewerThan || keptWords().length <= 1;
	while (!done()) {
		// The word whose leaving out saves most (words sharing a chunk save nothing alone: "Văn" and "và"), then the dearest;
		// never the last word: Pagefind also loads the chunks of the words it may begin ("chi": "chính"), so another last word would load new ones.
		const now = plannedBytes(table, keptWords(), loaded);
		const droppable = words.map((_, index) => index).filter((index) => kept[index] && index < words.length - 1);
		const saving = (index: number) => now - plannedBytes(table, keptWords(index), loaded);
		const cost = (index: number) => (loaded.has(keyOf(words[index]!)) ? 0 : bytesOf(table, chunkOf(table, words[index]!)));
		const [drop] = droppable.sort((a, b) => saving(b) - saving(a) || cost(b) - cost(a) || b - a);
		if (drop === undefined) break;
		kept[drop] = false;
	}
	// A dense word keeps one rounded body position a page (dense-words.ts): a run with one confirms only titles and fields, and
	// would leave out as approximate every page holding it in its text ("Văn phòng HĐND và UBND": 8 pages of 734).
	const confirming = words.map((word, index) => kept[index]! && chunkOf(table, word) === undefined);
	return { term: words.filter((_, index) => kept[index]).join(' '), phrase: longestRun(words, confirming), reduced: true };
}

/**
 * For a query no page holds in its searched fields (a phrase of common words
 * such as "cán bộ công chức viên chức", whose body occurrences are marked,
 * common-words.ts): the marked body form of its most selective common word
 * whose chunk fits in `bytesLeft`, to search alone. Undefined when the query
 * has no listed common word that fits.
 */
export function commonWordFallback(term: string, costs: WordCosts | undefined, bytesLeft: number): string | undefined {
	if (!costs) return undefined;
	const marked = term
		.split(' ')
		.filter(Boolean)
		.map(keyOf)
		.flatMap((key) => {
			const entry = costs.common[key];
			return entry && bytesOf(costs, entry[0]) <= bytesLeft ? [{ key: `${COMMON_MARK}${key}`, pages: entry[1] }] : [];
		})
		.sort((a, b) => a.pages - b.pages);
	return marked[0]?.key;
}

/**
 * Index bytes a query of common words only keeps back from its own words for
 * the fallback it may need (commonWordFallback): the marked list of its most
 * selective common word that fits, and FALLBACK_MARGIN_BYTES. Such a phrase
 * ("can bo cong chuc", 7,945 pages at 10,000 documents) stands in the text of
 * most pages and in the fields of few: the whole query's chunks (10–16 KiB)
 * then left too little for the list (7.2–7.4 KiB) and it found nothing.
 * Zero when a word is not common, for a name (never cut) or a query of
 * fewer than three words (never cut either), or when both fit anyway.
 */
const MIN_KEPT_WITH_RESERVE = 5;

export function fallbackReserve(term: string, costs: WordCosts | undefined, { loaded = new Set<string>(), name = false }: { loaded?: ReadonlySet<string>; name?: boolean } = {}): number {
	const words = term.split(' ').filter(Boolean);
	if (!costs || name || words.length < 3 || term.includes('"') || !words.every((word) => keyOf(word) in costs.common)) return 0;
	const common = commonWordFallback(term, costs, PLANNED_INDEX_BYTES - FALLBACK_MARGIN_BYTES);
	if (!common) return 0;
	const reserve = bytesOf(costs, costs.common[common.slice(COMMON_MARK.length)]![0]) + FALLBACK_MARGIN_BYTES;
	if (plannedBytes(costs, words, loaded) + reserve <= PLANNED_INDEX_BYTES + FALLBACK_SLACK_BYTES) return 0;
	// Two words of thousands of pages ("công vụ" of "văn hóa công vụ") find pages no read one confirms: 1,235 results became 5.
	const kept = planQuery(term, costs, { loaded, budget: PLANNED_INDEX_BYTES - reserve }).term.split(' ').length;
	return kept >= MIN_KEPT_WITH_RESERVE ? reserve : 0;
}

/** Whether a parsed JSON value is a word-costs file (a host may answer a missing file with an HTML page). */
export function isWordCosts(value: unknown): value is WordCosts {
	const costs = value as WordCosts | null;
	return typeof costs === 'object' && costs !== null && Array.isArray(costs.chunks) && typeof costs.common === 'object' && costs.common !== null;
}
