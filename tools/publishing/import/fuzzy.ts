/** Approximate matching for OCR text, where "Mo Buc" stands for "Mộ Đức". */

import { levenshtein } from '../../../src/schema/nearest.ts';

export { levenshtein };

/** Edits allowed for a phrase of this length: about one in seven characters, at least one. */
export function tolerance(phrase: string): number {
	return Math.max(1, Math.floor(phrase.length / 7));
}

export interface PhraseHit {
	index: number;
	distance: number;
}

/**
 * Where a folded phrase occurs in folded text, on word boundaries. With
 * `fuzzy`, also windows of words within `tolerance` edits of it.
 */
export function findPhrase(folded: string, phrase: string, fuzzy: boolean): PhraseHit[] {
	const hits: PhraseHit[] = [];
	const exact = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'gu');
	for (const match of folded.matchAll(exact)) hits.push({ index: match.index, distance: 0 });
	if (!fuzzy) return hits;
	const words = [...folded.matchAll(/\S+/g)].map((m) => ({ text: m[0], index: m.index }));
	const size = phrase.split(' ').length;
	const limit = tolerance(phrase);
	for (let i = 0; i + size <= words.length; i++) {
		const window = words.slice(i, i + size).map((w) => w.text.replace(/[.,;:()"“”]+$/u, '')).join(' ');
		const distance = levenshtein(window, phrase);
		const start = words[i]!.index;
		if (distance > 0 && distance <= limit && !hits.some((h) => h.index === start)) hits.push({ index: start, distance });
	}
	return hits.sort((a, b) => a.index - b.index);
}

/** The closest entry of a list to a folded phrase, within tolerance. */
export function closest<T>(phrase: string, entries: readonly T[], key: (entry: T) => string): T | undefined {
	let best: { entry: T; distance: number } | undefined;
	for (const entry of entries) {
		const candidate = key(entry);
		const distance = levenshtein(phrase, candidate);
		if (distance <= tolerance(candidate) && (!best || distance < best.distance)) best = { entry, distance };
	}
	return best?.entry;
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
