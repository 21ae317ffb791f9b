import { looksLikeName } from './names.ts';
import { queryWords, sameWord, textWords, type TextWord, type WordForms } from './words.ts';

/**
 * Ranking in layers on top of Pagefind (issue 14). Pagefind finds the
 * candidates and scores each word on its own, folded; this module reorders
 * them with each page's own text, the way a librarian would:
 *
 * 1. an agency page whose name is the query ("Mo Duc", "Thủ tướng Chính phủ");
 * 2. for a personal name, the pages that hold it as a name (honourees,
 *    signers, spokespersons) or in their title;
 * 3. the query as a phrase with the diacritics typed, then folded; for one
 *    word, the word with its diacritics, then folded;
 * 4. documents, then campaign pages, then agency pages;
 * 5. a match in the title, number, symbol or names over one in the body;
 * 6. more query words found with the diacritics typed;
 * 7. Pagefind's own order.
 *
 * Pages that hold the words scattered while others hold the phrase, or only
 * some words, or (for a query typed with diacritics) only folded look-alikes
 * ("hiệu" for "hiếu"), are approximate: shown after a separator, or not at
 * all when enough pages match fully, or some page holds the words together
 * (the phrase, or a personal name whole).
 *
 * Pure: candidates in, ordered groups out; no Pagefind, no DOM.
 */

export type PageKind = 'document' | 'campaign' | 'agency';

export interface Candidate {
	kind: PageKind;
	title: string;
	/** Number, symbol and type label: a match there outranks the body. */
	codes: string[];
	/** Personal names the page is about: honourees, signer, spokespersons. */
	names: string[];
	/** Everything else searched: the page text and the other searched fields. */
	body: string;
	/**
	 * Pagefind's phrase search has the page: its words stand together
	 * somewhere, maybe in a passage of its text that was not read
	 * (passages.ts). At least a folded phrase, then.
	 */
	together?: boolean;
	/** How many query words Pagefind's exact search of each word finds on the page, in text maybe not read (passages.ts). */
	present?: number;
}

export interface Ranked<T> {
	/** In the order to show them. */
	full: T[];
	/** Shown after "Kết quả gần đúng"; empty when they would only be noise. */
	approximate: T[];
	/** Whether approximate matches were left out as noise (so further ones should be too). */
	quiet: boolean;
}

/**
 * A full match beyond the window: its fragment was not read, so all that is
 * known is its kind and whether Pagefind's phrase search has it (for a
 * one-word query, it has the word). It is ranked as if it held the query
 * folded, in the body only: after every read page with more, before read
 * pages of a later kind. That keeps "thi dua" from showing campaign pages of
 * the window above documents Pagefind ranked lower.
 */
export interface Unread {
	kind: PageKind;
	together: boolean;
}

/** With this many full matches, approximate ones are not shown at all. */
export const ENOUGH_FULL_MATCHES = 10;

/** "UBND huyện", "Ủy ban nhân dân tỉnh" and the like, folded: what is left is the place. */
const AGENCY_PREFIX = /^(?:ubnd|uy ban nhan dan|hdnd)(?: (?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu))? /;

const foldedText = (text: string) => textWords(text).map((w) => w.folded).filter(Boolean).join(' ');

/** Whether the query names this agency: its full name, or the place after "UBND huyện" ("Mo Duc", "huyen Mo Duc"). */
export function namesAgency(query: string, agencyName: string): boolean {
	const typed = foldedText(query);
	const name = foldedText(agencyName);
	const place = name.replace(AGENCY_PREFIX, '');
	return typed !== '' && name.endsWith(typed) && typed.endsWith(place) && (typed === name || name.endsWith(` ${typed}`));
}

/** Where the query words stand in a run of words: the phrase, exact or folded, and each word. */
function phraseIn(words: TextWord[], query: WordForms[], exact: boolean): boolean {
	if (query.length === 0) return false;
	outer: for (let start = 0; start + query.length <= words.length; start++) {
		for (let i = 0; i < query.length; i++) if (!sameWord(words[start + i]!, query[i]!, exact)) continue outer;
		return true;
	}
	return false;
}

const hasWord = (words: TextWord[], word: WordForms, exact: boolean) => words.some((w) => sameWord(w, word, exact));

/** How one page matches the query. */
export interface Match {
	agencyName: boolean;
	/** The name found as a name (names field) or in the title. */
	name: boolean;
	/** 2: phrase (or the one word) with the typed diacritics; 1: folded; 0: not together. */
	phrase: 0 | 1 | 2;
	/** Query words present, folded. */
	found: number;
	/** Query words present with the typed diacritics. */
	exact: number;
	/** The phrase, or every word, in the title, number, symbol or names. */
	strong: boolean;
}

export function matchOf(query: WordForms[], candidate: Candidate, rawQuery: string, nameQuery: boolean): Match {
	const title = textWords(candidate.title);
	const codes = candidate.codes.map(textWords);
	const names = candidate.names.map(textWords);
	const strongFields = [title, ...codes, ...names];
	const fields = [...strongFields, textWords(candidate.body)];
	const phraseAnywhere = (exact: boolean) => fields.some((f) => phraseIn(f, query, exact));
	const phrase = phraseAnywhere(true) ? 2 : phraseAnywhere(false) || candidate.together ? 1 : 0;
	const read = query.filter((w) => fields.some((f) => hasWord(f, w, false))).length;
	const found = candidate.together ? query.length : Math.max(read, candidate.present ?? 0);
	const exact = query.filter((w) => fields.some((f) => hasWord(f, w, true))).length;
	const strongWords = strongFields.flat();
	const strong = strongFields.some((f) => phraseIn(f, query, false)) || (query.length > 0 && query.every((w) => hasWord(strongWords, w, false)));
	return {
		agencyName: candidate.kind === 'agency' && namesAgency(rawQuery, candidate.title),
		name: nameQuery && [...names, title].some((f) => phraseIn(f, query, false)),
		phrase,
		found,
		exact,
		strong,
	};
}

const KIND_ORDER: Record<PageKind, number> = { document: 0, campaign: 1, agency: 2 };

/** Negative when a ranks before b. */
function compare(a: { match: Match; kind: PageKind; position: number }, b: typeof a): number {
	return (
		Number(b.match.agencyName) - Number(a.match.agencyName) ||
		Number(b.match.name) - Number(a.match.name) ||
		b.match.phrase - a.match.phrase ||
		b.match.found - a.match.found ||
		KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
		Number(b.match.strong) - Number(a.match.strong) ||
		b.match.exact - a.match.exact ||
		a.position - b.position
	);
}

/**
 * Orders Pagefind's candidates (given in Pagefind's order) for a query, in
 * a full and an approximate group; `unread` full matches beyond the window
 * are placed among them by what is known of them (Unread).
 */
export function rankCandidates<T extends Candidate, U extends Unread = never>(query: string, candidates: readonly T[], unread: readonly U[] = []): Ranked<T | U> {
	const words = queryWords(query);
	if (words.length === 0) return { full: [...candidates, ...unread], approximate: [], quiet: false };
	const nameQuery = looksLikeName(query);
	const typedMarks = words.some((w) => w.marked && !w.code);
	const scored = candidates.map((candidate, position) => ({ candidate, kind: candidate.kind, position, match: matchOf(words, candidate, query, nameQuery) }));
	const phraseSomewhere = words.length > 1 && scored.some((s) => s.match.phrase > 0);
	// Typed with diacritics and found so as a phrase ("Cờ thi đua"), a folded look-alike ("có thi đua") is approximate.
	const exactPhraseSomewhere = typedMarks && scored.some((s) => s.match.phrase === 2);
	const isFull = ({ match }: (typeof scored)[number]) =>
		match.agencyName ||
		(exactPhraseSomewhere
			? match.phrase === 2
			: phraseSomewhere
				? match.phrase > 0
				: match.found === words.length && (!typedMarks || match.exact === words.length));
	const fullRead = scored.filter(isFull);
	// Pagefind ranks the typed diacritics first, so an unread page with the phrase is taken to hold it no better than the read ones that have it.
	const phraseAsRead = Math.min(2, ...fullRead.map((s) => s.match.phrase)) as Match['phrase'];
	const beyond = unread.map((candidate, index) => ({
		candidate,
		kind: candidate.kind,
		position: candidates.length + index,
		match: { agencyName: false, name: false, phrase: candidate.together ? phraseAsRead : 0, found: words.length, exact: 0, strong: false } satisfies Match,
	}));
	const full = [...fullRead, ...beyond].sort(compare);
	const rest = scored.filter((s) => !isFull(s)).sort(compare);
	// Once the words stand together somewhere (a name, "Mo Duc", "Cờ thi đua"), pages that merely
	// share them ("Nguyễn", "Văn", "hiệu"; "Mộ" and "đức" apart) are noise, not a second choice.
	const quiet = (nameQuery && full.length > 0) || phraseSomewhere || full.length >= ENOUGH_FULL_MATCHES;
	return { full: full.map((s) => s.candidate), approximate: quiet ? [] : rest.map((s) => s.candidate), quiet };
}
