import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { INDEX_DIR } from './pagefind-api.ts';
import { withoutCommonMarks } from './common-words.ts';
import { FRAGMENT_SIGNATURE } from './fragments.ts';
import { PASSAGE_FILE_EXTENSION, type PassageIndex } from './passages.ts';

/** One indexed page as Pagefind stores it (a "fragment"), for tests and audits. */
export interface IndexedPage {
	url: string;
	/** The text searched and cut into excerpts, still in its marked (indexed) form. */
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}


/**
 * Every page in the built index of `distDir`. Lets a test (or anyone
 * checking an embargo) see exactly what the search can return, without a
 * browser.
 */
export function readIndexedPages(distDir: string): IndexedPage[] {
	const dir = path.join(distDir, INDEX_DIR, 'fragment');
	return fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.pf_fragment'))
		.map((name) => {
			const raw = gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
			if (!raw.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${name} không phải mảnh chỉ mục Pagefind`);
			const page = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as IndexedPage & { passages?: PassageIndex };
			// The whole text, as a search could return it: the lead with every passage (passages.ts), without the marks of common words (common-words.ts).
			const text = page.passages ? [page.content, ...passagesOf(path.join(dir, name.replace(/\.pf_fragment$/, PASSAGE_FILE_EXTENSION)), page.passages)].join(' ') : page.content;
			const { passages: _passages, ...rest } = page;
			return { ...rest, content: withoutCommonMarks(text) };
		})
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** Every passage of a page's passage file, in order. */
function passagesOf(file: string, index: PassageIndex): string[] {
	const bytes = fs.readFileSync(file);
	return index.ends.map((end, n) => inflateRawSync(bytes.subarray(n === 0 ? 0 : index.ends[n - 1], end)).toString('utf8'));
}

/**
 * The text of a passage file (`…/fragment/<name>.pf_text`), its passages
 * inflated and joined, read with the passage index of the fragment beside
 * it: what an audit of the built output searches, as it searches the
 * fragments gunzipped.
 */
export function passageFileText(file: string): string {
	const fragment = gunzipSync(fs.readFileSync(file.slice(0, -PASSAGE_FILE_EXTENSION.length) + '.pf_fragment')).toString('utf8');
	const { passages } = JSON.parse(fragment.slice(FRAGMENT_SIGNATURE.length)) as { passages: PassageIndex };
	return passagesOf(file, passages).join(' ');
}

/** Total bytes of the index bundle on disk, split by what a visitor downloads when. */
export function indexSize(distDir: string): { runtime: number; index: number; fragments: number; filters: number; total: number } {
	const root = path.join(distDir, INDEX_DIR);
	const sizeOf = (dir: string) =>
		fs.existsSync(dir) ? fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0) : 0;
	const top = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isFile());
	const runtime = top.reduce((sum, name) => sum + fs.statSync(path.join(root, name)).size, 0);
	const index = sizeOf(path.join(root, 'index'));
	const fragments = sizeOf(path.join(root, 'fragment'));
	const filters = sizeOf(path.join(root, 'filter'));
	return { runtime, index, fragments, filters, total: runtime + index + fragments + filters };
}
