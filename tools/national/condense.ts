import type { Candidate } from '../../src/search/relevance.ts';
import { sameWord, wordForms, type WordForms } from '../../src/search/words.ts';

/**
 * A page's text cut down to what the ranking can see of a query. `matchOf`
 * (relevance.ts) asks of the body only which query words it holds, folded
 * or exact, and whether they stand side by side; so every run of other words
 * can become one separator word without changing any answer. The national
 * tier ranks a pool of up to POOL pages of several KiB each: folding all of
 * their words took 160–230 ms a query on the loaded machine, the condensed
 * bodies a few milliseconds (tokens repeat, so their forms are cached).
 */
const forms = new Map<string, WordForms>();
const MAX_CACHED = 500_000;

function formsOf(token: string): WordForms {
	let found = forms.get(token);
	if (!found) {
		found = wordForms(token);
		if (forms.size < MAX_CACHED) forms.set(token, found);
	}
	return found;
}

/** A word no query word can match: letters, so the ranking keeps it as a word and a phrase cannot run across it. */
function separatorFor(query: WordForms[]): string {
	let separator = 'zqxj';
	while (query.some((word) => sameWord(wordForms(separator), word, false))) separator += 'q';
	return separator;
}

/** Whether a word of text can match some query word, with or without marks. */
function matcherFor(query: WordForms[]): (word: WordForms) => boolean {
	// A word without digits or dashes matches by its folded form alone (words.ts sameWord): a set lookup.
	const plain = new Set(query.filter((word) => !word.code).map((word) => word.folded));
	const codes = query.filter((word) => word.code);
	return (word) => plain.has(word.folded) || codes.some((wanted) => sameWord(word, wanted, false));
}

export function condenseBody(body: string, query: WordForms[]): string {
	const separator = separatorFor(query);
	const matches = matcherFor(query);
	const kept: string[] = [];
	for (const token of body.split(/\s+/)) {
		if (!token) continue;
		const word = formsOf(token);
		if (word.folded === '') continue;
		if (matches(word)) kept.push(token);
		else if (kept.at(-1) !== separator) kept.push(separator);
	}
	return kept.join(' ');
}

/**
 * A candidate with its body condensed and only the names that hold a query
 * word: each name is a field of its own to the ranking (matchOf), so a name
 * without any can neither hold the phrase nor add a word. An award decision
 * names up to hundreds of people; reading every one for each of the POOL
 * candidates was most of a name query's time in Node.
 */
export function condenseCandidate<T extends Candidate>(candidate: T, query: WordForms[]): T {
	const matches = matcherFor(query);
	const names = candidate.names.filter((name) => name.split(/\s+/).some((token) => token && matches(formsOf(token))));
	return { ...candidate, body: condenseBody(candidate.body, query), names };
}
