import { matchKey, unmark } from './fold.ts';

export interface ExcerptPart {
	text: string;
	/** Matched words, shown highlighted. */
	mark: boolean;
}

/**
 * Pagefind's excerpt is the indexed text with `<mark>` around matched words,
 * and is otherwise NOT escaped: a "<" in a document would be markup. So it is
 * never parsed as HTML; only the mark tags are read, everything else becomes
 * text. The folding stroke is undone here (see fold.ts), and neighbouring
 * marked words ("thi đua") become one highlight.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const pieces: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece) pieces.push({ text: unmark(piece), mark: marked });
	}
	const bridged = pieces.map((part, i) =>
		!part.mark && /^\s+$/.test(part.text) && pieces[i - 1]?.mark && pieces[i + 1]?.mark ? { ...part, mark: true } : part,
	);
	const parts: ExcerptPart[] = [];
	for (const part of bridged) {
		const previous = parts.at(-1);
		if (previous && previous.mark === part.mark) previous.text += part.text;
		else parts.push({ ...part });
	}
	return parts;
}

/** Letters and digits only, folded: "18/KH-UBND," → "18khubnd". */
const bare = (word: string) => matchKey(word).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * An excerpt in Pagefind's form, cut from the page text around the first word
 * that contains a query word. For pages matched through metadata only, such
 * as a cited symbol ("KH-UBND" in "18/KH-UBND"), where Pagefind's own excerpt
 * is just the start of the page with nothing highlighted.
 */
export function excerptAround(content: string, query: string, length: number): string | undefined {
	const wanted = query.split(/\s+/).map(bare).filter((word) => word.length >= 2);
	if (wanted.length === 0) return undefined;
	const words = content.split(/\s+/);
	const hits = words.map((word) => wanted.some((w) => bare(word).includes(w)));
	const first = hits.indexOf(true);
	if (first === -1) return undefined;
	const start = Math.max(0, first - Math.floor(length / 3));
	const end = Math.min(words.length, start + length);
	const cut = words.slice(start, end).map((word, i) => (hits[start + i] ? `<mark>${word}</mark>` : word));
	return `${start > 0 ? '… ' : ''}${cut.join(' ')}${end < words.length ? ' …' : ''}`;
}
