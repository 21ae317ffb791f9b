/**
 * The per-page work of marked-pages.ts, run on a slice of the pages in this
 * thread or in a worker (index-worker.ts): reading each page's words, and
 * writing each page's marked copy. Both are CPU work per page (folding and
 * matching every word), 23 s on one core for 10,615 pages.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { articleWords, markCommonWords } from './common-words.ts';
import { markRepeatedWords } from './repeated-words.ts';
import { takeSummary } from './summary-field.ts';
import { FILES_AT_ONCE, inBatches } from '../lib/files.ts';

/** Read the words of these staged pages (relative paths). */
export interface WordsJob {
	kind: 'words';
	stagingDir: string;
	items: readonly string[];
}

/** Write the marked copy of these staged pages, with these common words. */
export interface MarkJob {
	kind: 'mark';
	stagingDir: string;
	markedDir: string;
	common: readonly string[];
	items: readonly string[];
}

/** Each page's article words, in the order of `items`. */
export async function readPageWords({ stagingDir, items }: WordsJob): Promise<string[][]> {
	const words: string[][] = [];
	await inBatches(items.keys().toArray(), FILES_AT_ONCE, async (at) => {
		words[at] = [...articleWords(await fs.readFile(path.join(stagingDir, items[at]!), 'utf8'))];
	});
	return words;
}

/** Writes each page's marked copy; returns each page's summary set apart (or undefined), in the order of `items`. */
export async function markPages({ stagingDir, markedDir, common, items }: MarkJob): Promise<(string | undefined)[]> {
	const commonSet = new Set(common);
	const summaries: (string | undefined)[] = [];
	await inBatches(items.keys().toArray(), FILES_AT_ONCE, async (at) => {
		const relative = items[at]!;
		const target = path.join(markedDir, relative);
		await fs.mkdir(path.dirname(target), { recursive: true });
		const { html, summary } = takeSummary(await fs.readFile(path.join(stagingDir, relative), 'utf8'));
		summaries[at] = summary;
		await fs.writeFile(target, markCommonWords(markRepeatedWords(html), commonSet));
	});
	return summaries;
}
