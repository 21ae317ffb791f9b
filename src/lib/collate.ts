const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation for names and titles. */
export const compareVietnamese = (a: string, b: string) => collator.compare(a, b);

/** A person's name as it sorts: the given name (the last word), then the rest. */
export function givenNameFirst(name: string): [string, string] {
	const words = name.trim().split(/\s+/);
	return [words.at(-1) ?? '', words.slice(0, -1).join(' ')];
}

/** People are listed by given name (the last word), then the rest of the name. */
export function compareByGivenName(a: string, b: string): number {
	const [givenA, restA] = givenNameFirst(a);
	const [givenB, restB] = givenNameFirst(b);
	return collator.compare(givenA, givenB) || collator.compare(restA, restB);
}

export function sortBy<T>(items: readonly T[], key: (item: T) => string, compare = compareVietnamese): T[] {
	return [...items].sort((x, y) => compare(key(x), key(y)));
}
