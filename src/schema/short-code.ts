/**
 * Short links for print and SMS: /d/<code>/. The code is derived from the
 * document id, so it never changes between builds, and is written with an
 * alphabet that cannot be misread aloud or mistyped: no 0/o, no 1/l, lower
 * case only (a static site cannot match letters case-insensitively).
 */
import { createHash } from 'node:crypto';

/** 32 symbols, so each one carries exactly 5 bits of the hash. */
export const SHORT_CODE_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyz';
export const SHORT_CODE_LENGTH = 6;
/** What an explicit `shortCode` in frontmatter may look like. */
export const SHORT_CODE_PATTERN = new RegExp(`^[${SHORT_CODE_ALPHABET}]{4,12}$`);

/** The minimum a document needs for its short links; fits content entries and checker entries. */
export interface ShortLinkSource {
	id: string;
	data: { shortCode?: string | undefined; aliases: readonly string[] };
}

/** Six symbols from the first 30 bits of sha256(text). */
export function hashCode(text: string): string {
	const digest = createHash('sha256').update(text, 'utf8').digest();
	let bits = digest.readUInt32BE(0);
	let code = '';
	for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
		code += SHORT_CODE_ALPHABET[bits & 31];
		bits >>>= 5;
	}
	return code;
}

/** The code printed for a document: its explicit `shortCode`, else one derived from its id. */
export function shortCodeOf(doc: ShortLinkSource): string {
	return doc.data.shortCode ?? hashCode(doc.id);
}

/** Site path of a short link: "/d/k7m3xq/". */
export function shortLinkPath(code: string): string {
	return `/d/${code}/`;
}

/** The document id an alias of the form /van-ban/<agency>/<year>/<name>/ stood for, if it has that form. */
export function aliasDocumentId(alias: string): string | undefined {
	return /^\/van-ban\/([a-z0-9-]+\/\d{4}\/[a-z0-9-]+)\/$/.exec(alias)?.[1];
}

/**
 * Every code that must lead to the document: its own, plus the codes its
 * earlier ids had (from aliases), so notices printed before a rename still work.
 */
export function shortCodesOf(doc: ShortLinkSource): { code: string; primary: boolean }[] {
	const primary = shortCodeOf(doc);
	const earlier = doc.data.aliases.flatMap((alias) => {
		const id = aliasDocumentId(alias);
		return id ? [hashCode(id)] : [];
	});
	return [...new Set([primary, ...earlier])].map((code) => ({ code, primary: code === primary }));
}

/** A code not in `taken`, to suggest when a document's derived code collides. */
export function freeCode(id: string, taken: ReadonlySet<string>): string {
	for (let attempt = 1; ; attempt++) {
		const code = hashCode(`${id}#${attempt}`);
		if (!taken.has(code)) return code;
	}
}
