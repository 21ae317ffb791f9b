/**
 * "Did you mean": the closest entries of a closed list to what was typed.
 * Lives with the schema because the schema's own messages (award codes)
 * suggest the nearest code, and the schema imports nothing of the site.
 */

/** Edits (insert, delete, replace one character) that turn a into b. */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** "Mộ Đức" → "mo duc": what a keyboard without diacritics gives, so both spellings meet. */
export function foldForMatch(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Up to `count` entries nearest to `typed`, best first. Each entry is matched
 * by every key it has (an id, a folded name), and only entries within about
 * half the typed length are offered: a suggestion that shares nothing would
 * only mislead. A key that contains the whole of what was typed ("bang khen"
 * in "bang khen cap tinh") counts as one edit away.
 */
export function nearest<T>(typed: string, entries: readonly T[], keys: (entry: T) => string[], count = 3): T[] {
	const wanted = foldForMatch(typed);
	const limit = Math.max(2, Math.ceil(wanted.length / 2));
	return entries
		.map((entry) => ({ entry, distance: Math.min(...keys(entry).map((key) => distanceTo(wanted, foldForMatch(key)))) }))
		.filter(({ distance }) => distance <= limit)
		.sort((a, b) => a.distance - b.distance)
		.slice(0, count)
		.map(({ entry }) => entry);
}

const distanceTo = (wanted: string, key: string) => (wanted && key !== wanted && key.includes(wanted) ? 1 : levenshtein(wanted, key));
