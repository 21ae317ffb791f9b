import { markForIndex } from './fold.ts';

/**
 * Stands between two stretches of a page's text that are not next to each
 * other (its lead and a later passage, two passages apart: passages.ts): no
 * phrase is matched across it, and an excerpt shows it as the ellipsis it is.
 */
export const GAP = '…';

/**
 * Words as the ranking compares them. Pagefind folds every mark away, so
 * "thi" meets "thị" and "hiếu" meets "hiệu"; the ranking needs both the
 * folded form (to find candidates the way Pagefind did) and the exact form
 * (to prefer the diacritics the reader typed).
 */
export interface WordForms {
	/** Lower case, no marks, letters and digits only: "25khubnd", "dua". */
	folded: string;
	/**
	 * Folded letters plus the sorted marks, so both tone placements meet
	 * ("thuỷ" and "thủy" are "thuy|̉") while "hiếu" and "hiệu" do not.
	 * đ counts as d with a stroke mark (fold.ts), typed or indexed.
	 */
	exact: string;
	/** Whether the word carries any mark (typed with diacritics). */
	marked: boolean;
	/** A number or symbol ("25/KH-UBND", "KH-UBND", "2024"): matched inside longer numbers, diacritics aside. */
	code: boolean;
	/** For a code, its parts between "/", "-" and ".", folded: ["25", "kh", "ubnd"]. */
	parts: string[];
}

const MARK = /\p{M}/u;
const NOT_WORD = /[^\p{L}\p{N}]/gu;

/**
 * The forms of each distinct spelling, computed once: the passages of a
 * 10,000-document site fold millions of words of a few tens of thousands of
 * spellings (3.0 s of its index build, profiled). Bounded, as a browser keeps it too.
 */
const formsBySpelling = new Map<string, Readonly<WordForms>>();

export function wordForms(word: string): Readonly<WordForms> {
	let forms = formsBySpelling.get(word);
	if (!forms) {
		forms = formsOf(word);
		if (formsBySpelling.size < 100_000) formsBySpelling.set(word, forms);
	}
	return forms;
}

function formsOf(word: string): WordForms {
	const decomposed = markForIndex(word).toLowerCase().normalize('NFD');
	let letters = '';
	const marks: string[] = [];
	for (const char of decomposed) {
		if (MARK.test(char)) marks.push(char);
		else letters += char;
	}
	const folded = letters.replace(NOT_WORD, '');
	const code = /\d/.test(word) || /\p{L}[-/]\p{L}/u.test(word);
	const parts = code ? letters.split(/[-/.]+/).map((part) => part.replace(NOT_WORD, '')).filter(Boolean) : [];
	return { folded, exact: `${folded}|${marks.sort().join('')}`, marked: marks.length > 0, code, parts };
}

/** A text cut into words on white space, each with its forms; punctuation stays in `text` only. */
export interface TextWord extends WordForms {
	/** The word as it stands in the text, punctuation included. */
	text: string;
}

/**
 * The words of a text; punctuation alone is no word. A GAP between passages
 * of a page (passages.ts) stays, as a word with no letters that matches no
 * query word, so no phrase is found across it and an excerpt shows it.
 */
export function textWords(text: string): TextWord[] {
	return text
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => ({ text: word, ...wordForms(word) }))
		.filter((word) => word.folded !== '' || word.text === GAP);
}

/** The words of a query, without the quotes a reader may have typed. */
export function queryWords(query: string): WordForms[] {
	return textWords(query.replace(/"/g, ' ')).filter((word) => word.folded !== '');
}

/**
 * Whether a text word is the query word, folded or with the same marks. A
 * number or symbol also matches as whole parts of a longer number, as
 * Pagefind indexes the parts of a compound word: "KH-UBND" and "18" are in
 * "18/KH-UBND", "25/KH-UBND" is not in "125/KH-UBND". Its marks do not
 * matter: "QD-UBND" is how "QĐ-UBND" is typed.
 */
export function sameWord(text: WordForms, query: WordForms, exact: boolean): boolean {
	if (query.code) return text.folded === query.folded || (text.code && containsParts(text.parts, query.parts));
	return exact ? text.exact === query.exact : text.folded === query.folded;
}

function containsParts(parts: string[], wanted: string[]): boolean {
	if (wanted.length === 0) return false;
	for (let start = 0; start + wanted.length <= parts.length; start++) if (wanted.every((part, i) => parts[start + i] === part)) return true;
	return false;
}
