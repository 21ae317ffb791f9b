import { textWords, type WordForms } from '../../src/search/words.ts';

/**
 * PostgreSQL lexemes built from the site's own word forms (src/search/words.ts),
 * so the database folds exactly as the province ranking compares: NFC, every
 * mark dropped, đ as d. A tsvector is written as a literal, not through
 * to_tsvector: Postgres' parser would cut "25/KH-UBND" into a file path and
 * knows nothing of đ in decomposed input.
 *
 * At each word's position stand:
 * - its folded form ("dua");
 * - with marks, its exact form as well ("dua_306335": folded plus the sorted
 *   mark code points), so a name typed "Hiếu" can prefer "Hiếu" to "Hiệu"
 *   before the pool is cut;
 * - for a number or symbol, every run of its parts joined ("25", "kh",
 *   "ubnd", "25kh", "khubnd", "25khubnd"), which is what `sameWord` accepts
 *   for a code: "KH-UBND" finds "25/KH-UBND", "25/KH-UBND" never finds
 *   "125/KH-UBND".
 */

/** Postgres keeps positions up to 16,383; later words share the last one and still match as words. */
const MAX_POSITION = 16_383;

/** The exact-form lexeme of a marked word; undefined for a word typed without marks. */
export function exactLexeme(word: WordForms): string | undefined {
	if (!word.marked) return undefined;
	const marks = word.exact.slice(word.exact.indexOf('|') + 1);
	return `${word.folded}_${[...marks].map((mark) => mark.codePointAt(0)!.toString(16)).join('')}`;
}

function partRuns(parts: string[]): string[] {
	const runs: string[] = [];
	for (let start = 0; start < parts.length; start++) {
		for (let end = start + 1; end <= parts.length; end++) runs.push(parts.slice(start, end).join(''));
	}
	return runs;
}

/** Every lexeme one word of text stands for. */
export function wordLexemes(word: WordForms): string[] {
	const lexemes = [word.folded];
	const exact = exactLexeme(word);
	if (exact) lexemes.push(exact);
	if (word.code) lexemes.push(...partRuns(word.parts));
	return [...new Set(lexemes)];
}

/** Weights as Postgres names them: A for title, numbers and names, B for agency and cited symbols, D for the text. */
export type Weight = 'A' | 'B' | 'D';

/** Longest run of words written as one lexeme (runLexeme): three covers a Vietnamese name ("Phạm Văn Hòa"). */
export const RUN_WORDS = 3;

/**
 * One lexeme for a run of words side by side, folded ("pham.van.hoa"): with
 * it a GIN index finds the pages that hold a phrase without reading their
 * positions (a phrase query is rechecked row by row, which is what made a
 * name or a title in thousands of pages cost seconds). "." stands in no
 * folded word or exact form, so a run never meets a word.
 */
export const runLexeme = (words: readonly WordForms[]) => words.map((w) => w.folded).join('.');

/**
 * The runs of a query that any page holding it as a phrase must hold: of
 * RUN_WORDS words (two for a two-word query), plain words only, since a
 * number or symbol matches inside a longer one ("KH-UBND" in "25/KH-UBND")
 * where a run of the longer one's form would not.
 */
export function queryRuns(words: readonly WordForms[]): string[] {
	const size = Math.min(RUN_WORDS, words.length);
	const runs: string[] = [];
	if (size < 2) return runs;
	for (let start = 0; start + size <= words.length; start++) {
		const run = words.slice(start, start + size);
		if (!run.some((w) => w.code)) runs.push(runLexeme(run));
	}
	return [...new Set(runs)];
}

/**
 * Builds tsvector literals field by field. Fields are two positions apart,
 * so a phrase never runs from the end of the title into the text. With
 * `runs`, each word also carries the runs of two and RUN_WORDS words that
 * end on it (runLexeme), within its field; ranking functions read only the
 * query's own lexemes, so these change no rank.
 */
export class VectorBuilder {
	private readonly positions = new Map<string, string[]>();
	private next = 1;
	private readonly runs: boolean;

	constructor(options: { runs?: boolean } = {}) {
		this.runs = options.runs ?? false;
	}

	private put(lexeme: string, entry: string): void {
		const list = this.positions.get(lexeme);
		if (list) list.push(entry);
		else this.positions.set(lexeme, [entry]);
	}

	add(text: string, weight: Weight): this {
		const field = textWords(text);
		field.forEach((word, index) => {
			const position = Math.min(this.next++, MAX_POSITION);
			const entry = `${position}${weight === 'D' ? '' : weight}`;
			for (const lexeme of wordLexemes(word)) this.put(lexeme, entry);
			if (!this.runs) return;
			for (let size = 2; size <= RUN_WORDS && size <= index + 1; size++) this.put(runLexeme(field.slice(index + 1 - size, index + 1)), entry);
		});
		this.next += 2;
		return this;
	}

	/** The tsvector literal; lexemes are lower-case letters, digits, "_" and "." only, so quoting needs no escapes. */
	toString(): string {
		return [...this.positions].map(([lexeme, positions]) => `'${lexeme}':${positions.slice(0, 256).join(',')}`).join(' ');
	}
}

/** A tsquery literal of one word: its exact form when typed with marks and asked for, else its folded form. */
export function queryLexeme(word: WordForms, exact: boolean): string {
	return `'${(exact && exactLexeme(word)) || word.folded}'`;
}

/** All words, anywhere. */
export const allOf = (words: WordForms[], exact = false) => words.map((w) => queryLexeme(w, exact)).join(' & ');
/** The words side by side, in order. */
export const phraseOf = (words: WordForms[], exact = false) => words.map((w) => queryLexeme(w, exact)).join(' <-> ');
