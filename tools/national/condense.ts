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

export function condenseBody(body: string, query: WordForms[]): string {
	const separator = separatorFor(query);
	// A word without digits or dashes matches by its folded form alone (words.ts sameWord): a set lookup.
	const plain = new Set(query.filter((word) => !word.code).map((word) => word.folded));
	const codes = query.filter((word) => word.code);
	const kept: string[] = [];
	for (const token of body.split(/\s+/)) {
		if (!token) continue;
		const word = formsOf(token);
		if (word.folded === '') continue;
		if (plain.has(word.folded) || codes.some((wanted) => sameWord(word, wanted, false))) kept.push(token);
		else if (kept.at(-1) !== separator) kept.push(separator);
	}
	return kept.join(' ');
}
