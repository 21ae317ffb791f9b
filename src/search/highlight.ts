import type { ExcerptPart } from './excerpt.ts';
import { unmark } from './fold.ts';
import { GAP, queryWords, sameWord, textWords, type TextWord, type WordForms } from './words.ts';

/**
 * The excerpt under a result, cut from the page's own text and highlighting
 * only what matched best (issue 14). Pagefind marks every word that folds to
 * a query word, so "thi dua" lit up "thị trấn" and "doi moi" lit up "chuyển
 * đổi số"; here:
 *
 * - when the query stands in the text as a phrase, only the phrase is marked
 *   (with the diacritics typed if that occurs, else folded);
 * - otherwise each query word is marked where it stands with the diacritics
 *   typed, and only where none does, in its folded look-alikes.
 *
 * The passage is the first such match after the page's title (the title is
 * already the result's link), else the first match at all.
 */
export function highlightedExcerpt(content: string, title: string, query: string, length: number): ExcerptPart[] | undefined {
	const words = textWords(content);
	const wanted = queryWords(query);
	if (wanted.length === 0 || words.length === 0) return undefined;
	const afterTitle = titleEnd(words, textWords(title));
	const matches = phraseMatches(words, wanted) ?? wordMatches(words, wanted);
	if (matches.length === 0) return undefined;
	const first = (matches.find(([from]) => from >= afterTitle) ?? matches[0]!)[0];
	// Within the stretch of text the match stands in: a result may know only passages of its page, GAP between them (passages.ts).
	const stretchStart = words.findLastIndex((word, i) => i < first && word.text === GAP) + 1;
	const gapAfter = words.findIndex((word, i) => i > first && word.text === GAP);
	const stretchEnd = gapAfter < 0 ? words.length : gapAfter;
	const start = Math.max(stretchStart, Math.min(first - Math.floor(length / 3), stretchEnd - length));
	const end = Math.min(stretchEnd, start + length);
	// A phrase cut by the edge of the passage is not marked in part.
	const marked = new Set(matches.filter(([from, to]) => from >= start && to <= end).flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i)));
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	};
	if (start > 0) push('… ', false);
	for (let i = start; i < end; i++) {
		const mark = marked.has(i);
		// The space between two marked words is marked too, so "thi đua" is one highlight.
		if (i > start) push(' ', mark && marked.has(i - 1));
		push(unmark(words[i]!.text), mark);
	}
	if (end < words.length) push(' …', false);
	return parts;
}

/** Index of the first word after the title when the text opens with it (within its first words), else 0. */
function titleEnd(words: TextWord[], title: TextWord[]): number {
	if (title.length === 0) return 0;
	for (let start = 0; start < Math.min(words.length, 12); start++) {
		if (title.every((word, i) => words[start + i]?.folded === word.folded)) return start + title.length;
	}
	return 0;
}

/** A run of matched words: [first, after last). */
type Range = [number, number];

/** Every occurrence of the query as a phrase: with its diacritics if any occurrence has them, else folded. */
function phraseMatches(words: TextWord[], wanted: WordForms[]): Range[] | undefined {
	if (wanted.length < 2) return undefined;
	for (const exact of [true, false]) {
		const ranges: Range[] = [];
		for (let start = 0; start + wanted.length <= words.length; start++) {
			if (wanted.every((word, i) => sameWord(words[start + i]!, word, exact))) ranges.push([start, start + wanted.length]);
		}
		if (ranges.length) return ranges;
	}
	return undefined;
}

/** Each query word where it has the typed diacritics, or, for a word that never does, its folded forms; in text order. */
function wordMatches(words: TextWord[], wanted: WordForms[]): Range[] {
	const at = new Set<number>();
	for (const word of wanted) {
		for (const exact of [true, false]) {
			const found = words.flatMap((w, i) => (sameWord(w, word, exact) ? [i] : []));
			if (found.length) {
				for (const i of found) at.add(i);
				break;
			}
		}
	}
	return [...at].sort((a, b) => a - b).map((i): Range => [i, i + 1]);
}
