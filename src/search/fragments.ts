import { constants, deflateRawSync } from 'node:zlib';
import { withoutCommonMarks } from './common-words.ts';
import { META } from './filters.ts';
import { LEAD_WORDS, namePassages, PASSAGE_WORDS, splitText, type PassageIndex } from './passages.ts';

/** Pagefind writes each fragment as gzip of this signature followed by JSON. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * A page's fragment as the browser needs it, and the passages of its text
 * beyond the lead, each compressed on its own (raw deflate, so one can be
 * fetched and inflated alone). The marks of common and repeated words
 * (common-words.ts, repeated-words.ts) only steer what the word index
 * holds: every marked word carried three more bytes into the fragment a
 * result loads, and the runtime took them out again. Headings' anchors
 * feed Pagefind's sub-results, which the site never shows (one result per
 * page, render.ts), and repeat the headings' text. The filter values stay,
 * though a result reads only its kind: they are what the audit of the
 * index (read-index.ts) checks every page's facets against. Positions do
 * not move: the marks join their words. The summaries the indexer set apart
 * (summary-field.ts), by page URL, go back into the metadata shown.
 */
export function slimFragment(json: string, summaries: ReadonlyMap<string, string> = new Map(), { split = true } = {}): { fragment: string; passages?: Buffer } {
	const fragment = JSON.parse(json) as { url: string; content: string; meta: Record<string, string>; anchors?: unknown[]; passages?: PassageIndex };
	const summary = summaries.get(fragment.url);
	const meta = summary === undefined ? fragment.meta : { ...fragment.meta, [META.summary]: summary };
	// Pagefind writes every fragment afresh; one already split keeps its passage file.
	if (fragment.passages) return { fragment: json };
	const content = withoutCommonMarks(fragment.content);
	if (!split) return { fragment: JSON.stringify({ ...fragment, meta, content, anchors: [] }) };
	const { lead, passages } = splitText(content);
	const slim = { ...fragment, meta, content: lead, anchors: [] };
	if (passages.length === 0) return { fragment: JSON.stringify(slim) };
	const packed = passages.map((text) => deflateRawSync(text, { level: constants.Z_BEST_COMPRESSION }));
	let end = 0;
	const ends = packed.map((bytes) => (end += bytes.byteLength));
	const at = { lead: LEAD_WORDS, size: PASSAGE_WORDS };
	const namesField = meta[META.names];
	const names = namesField ? namePassages(content, namesField.split(';').map((name) => name.trim()), at) : [];
	const index: PassageIndex = { ...at, ends, ...(names.some((n) => n >= 0) ? { names } : {}) };
	return { fragment: JSON.stringify({ ...slim, passages: index }), passages: Buffer.concat(packed) };
}
