/**
 * A page's text in passages (issue 14's later-query budget). Pagefind's
 * fragment of a page carries its whole text, and a query fetches the
 * fragment of every result it reads and shows: at 10,000 documents ten of
 * them were 12–17 KiB of a later query's 30 KB, whatever the query, and a
 * real decision with a long honouree table costs more. The ranking and the
 * excerpt need the text only where the query matched, and Pagefind says
 * where that is before any fragment is read (each result's `words`: the
 * positions of its matched words in the text).
 *
 * So the indexer (fragments.ts) keeps only the lead of a long page in its
 * fragment, with the metadata, and writes the rest beside it in one file of
 * passages of PASSAGE_WORDS words, each gzip on its own; the fragment lists
 * where each passage ends in that file. A result reads its fragment, then
 * fetches only the passages that hold its matches (`passagesToRead`), each
 * by a Range request (passage-text.ts). Word positions are Pagefind's: the
 * text split as its excerpts split it, so position n is word n of the text.
 *
 * Pure: shared by the indexer and the browser.
 */
import { GAP, queryWords, textWords, type WordForms } from './words.ts';

/** Words of a page's text kept in its fragment: the heading, the summary and the opening lines the excerpt of a title match comes from. */
export const LEAD_WORDS = 40;

/** Words per passage beyond the lead: an excerpt is 26 (EXCERPT_WORDS), so one passage around a match holds it. */
export const PASSAGE_WORDS = 40;

/** Passages read per result at most: a phrase across two passages, or the first matches of two words apart. */
export const MAX_PASSAGES = 2;

/** Where the passages of a page are: written into its fragment as `passages`, absent when the lead holds the whole text. */
export interface PassageIndex {
	/** Words of the text in the fragment's own content (LEAD_WORDS when the index was written). */
	lead: number;
	/** Words per passage (PASSAGE_WORDS when the index was written). */
	size: number;
	/** Byte offset, in the page's passage file, at which each passage ends; passage n starts where n - 1 ends. */
	ends: number[];
	/**
	 * For each name of the page's names field (META.names, in its order), the
	 * passage where it first stands in the text; -1 in the lead or nowhere.
	 * On a large site a name the field holds is not indexed again in the text
	 * (repeated-words.ts), so Pagefind gives no position for row 37 of an
	 * honouree table: this is how its excerpt still finds the row.
	 */
	names?: number[];
}

/** Beside the fragment of a long page, its passages: `fragment/<fragment name>.pf_text`, in the fragments' folder so a host caches and serves them as it does the fragments. */
export const PASSAGE_FILE_EXTENSION = '.pf_text';

/** Pagefind's own word separator for excerpts (1.6): white space except U+FEFF. */
const WORD_SEPARATOR = /[^\S\uFEFF]+/;

/** The words of a text as Pagefind numbers them. */
export function wordsOf(content: string): string[] {
	return content.split(WORD_SEPARATOR).filter(Boolean);
}

/** A page's text cut into its lead and passages; no passages when the lead holds it all. */
export function splitText(content: string, lead = LEAD_WORDS, size = PASSAGE_WORDS): { lead: string; passages: string[] } {
	const words = wordsOf(content);
	if (words.length <= lead + size / 2) return { lead: words.join(' '), passages: [] };
	const passages: string[] = [];
	for (let start = lead; start < words.length; start += size) passages.push(words.slice(start, start + size).join(' '));
	return { lead: words.slice(0, lead).join(' '), passages };
}

/** The passage that holds word `position`, or -1 for a word of the lead. */
export function passageOf(position: number, index: Pick<PassageIndex, 'lead' | 'size'>): number {
	return position < index.lead ? -1 : Math.floor((position - index.lead) / index.size);
}

const foldedRun = (words: readonly WordForms[]) => words.map((word) => word.folded);

/** Where `run` first stands in `words` (folded words, "" for punctuation), or -1. */
function firstRun(words: readonly string[], run: readonly string[]): number {
	if (run.length === 0) return -1;
	outer: for (let start = 0; start + run.length <= words.length; start++) {
		for (let i = 0; i < run.length; i++) if (words[start + i] !== run[i]) continue outer;
		return start;
	}
	return -1;
}

/** For each name, the passage of the text where it first stands; -1 in the lead or not in the text. */
export function namePassages(content: string, names: readonly string[], index: Pick<PassageIndex, 'lead' | 'size'>): number[] {
	const words = wordsOf(content).map((word) => textWords(word)[0]?.folded ?? '');
	return names.map((name) => {
		const at = firstRun(words, foldedRun(textWords(name)));
		return at < 0 ? -1 : passageOf(at, index);
	});
}

/** Whether one run of folded words holds the other. */
const holds = (outer: readonly string[], inner: readonly string[]) => firstRun(outer, inner) >= 0;

/**
 * Which passages a result reads: given the query, the positions of its
 * matched words (Pagefind's `words`), the positions of the phrase when
 * Pagefind's phrase search has the page (its `words` there: the phrase's
 * own words), and the page's names field. First where the phrase first
 * stands (both passages when it runs across their border), then the passage
 * of a name the query names (for a query of two words or more: the name
 * within the query, or the query within the name), then the earliest
 * matches; none for matches in the lead, at most MAX_PASSAGES.
 */
export function passagesToRead(query: string, locations: readonly number[], index: PassageIndex, names: readonly string[] = [], phrase: readonly number[] = []): number[] {
	const typed = foldedRun(queryWords(query));
	const wanted: number[] = [];
	const addPassage = (passage: number) => {
		if (passage >= 0 && passage < index.ends.length && !wanted.includes(passage)) wanted.push(passage);
	};
	const add = (position: number) => addPassage(passageOf(position, index));
	if (phrase.length) {
		const first = Math.min(...phrase);
		add(first);
		add(first + typed.length - 1);
	}
	if (typed.length > 1) {
		names.forEach((name, i) => {
			const words = foldedRun(textWords(name));
			if (words.length > 1 && (holds(typed, words) || holds(words, typed))) addPassage(index.names?.[i] ?? -1);
		});
	}
	for (const position of [...new Set(locations)].sort((a, b) => a - b)) {
		if (wanted.length >= MAX_PASSAGES) break;
		add(position);
	}
	return wanted.slice(0, MAX_PASSAGES);
}

/** The text a result knows: its lead and the passages read, in order, GAP between stretches that do not meet. */
export function knownText(lead: string, passages: ReadonlyMap<number, string>): string {
	const parts = [lead];
	let previous = -1;
	for (const n of [...passages.keys()].sort((a, b) => a - b)) {
		if (n !== previous + 1) parts.push(GAP);
		parts.push(passages.get(n)!);
		previous = n;
	}
	return parts.filter(Boolean).join(' ');
}

/**
 * Where a result's passage file may be: the bundle it came from. Pagefind
 * does not say which of the merged bundles a result is from, so each is
 * tried in turn (the site's own first; a federated site's, whose results
 * carry its address, before it), and the first that answers is kept
 * (passage-text.ts).
 */
export interface PassageSources {
	/** Folder URLs of the bundles (ending in "/"), own first, with the address their results' URLs start with when it is another site's. */
	bundles: { folder: string; resultUrlPrefix?: string }[];
}
