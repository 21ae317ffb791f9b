import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { markForIndex } from './fold.ts';
import { citedSymbols } from './symbols.ts';
import { META } from './filters.ts';
import { INDEX_DIR } from './pagefind-api.ts';

/**
 * Only pages that carry a search record are indexed (documents, campaigns,
 * agencies), and only inside their `data-pagefind-body` article. Pages are
 * built from public content only, so drafts and embargoed documents never
 * reach this point; withdrawn documents render no record.
 */
const RECORD_MARKER = /<div hidden data-search-record="(?:document|campaign|agency)">/;

/** Inside an indexed article, text that only repeats what is around it. */
const EXCLUDE_SELECTORS = [
	// The print header repeats agency, number and the page URL.
	'.print-only',
	// "Liên kết đến mục …" beside every heading repeats the heading.
	'.heading-anchor',
];

/**
 * Pagefind 1.6 joins the text of adjacent description-list and table cells
 * ("Số, ký hiệuSố: 563/QĐ-UBNDNgày ban hành"), which glues a document number
 * to the next word. A space around every block element keeps words apart;
 * it changes nothing but whitespace, and only in what the indexer reads.
 * Listings also set labels side by side as spans ("Tin bàiNgày"), hence the
 * space between a closing span and the next tag.
 */
const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|h[1-6]|li|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/g;

/**
 * The HTML as the indexer reads it: the symbols of cited numbers added to the
 * record (symbols.ts), blocks apart, and đ folded at the root (fold.ts).
 */
export function htmlForIndex(html: string): string {
	const symbols = citedSymbols(html);
	const withSymbols = symbols.length
		? html.replace(RECORD_MARKER, (record) => `${record}<span data-pagefind-meta="${META.cited}:${symbols.join(' ')}"></span>`)
		: html;
	return markForIndex(withSymbols).replace(BLOCK_TAG, ' $& ').replace(/<\/span></g, '</span> <');
}

/**
 * Files of the Pagefind bundle the site never loads: the ready-made UIs (the
 * site has its own) and the highlight script. Everything else is the search
 * runtime, the index and the fragments.
 */
const UNUSED_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

const PARALLEL_PAGES = 16;

export interface IndexStats {
	pages: number;
	files: number;
	bytes: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

/** "/van-ban/a/2024/b/index.html" → "/van-ban/a/2024/b/": the page's permalink. */
function pageUrl(distDir: string, file: string): string {
	const relative = path.relative(distDir, file).split(path.sep).join('/');
	return '/' + relative.replace(/(^|\/)index\.html$/, '$1');
}

/** Adds one built page if it carries a search record; false when it does not. */
async function addPage(index: pagefind.PagefindIndex, distDir: string, file: string): Promise<boolean> {
	const html = await fs.readFile(file, 'utf8');
	if (!RECORD_MARKER.test(html)) return false;
	const added = await index.addHTMLFile({ url: pageUrl(distDir, file), content: htmlForIndex(html) });
	if (added.errors.length) throw new Error(`Pagefind không lập chỉ mục được ${file}: ${added.errors.join('; ')}`);
	return true;
}

/**
 * Indexes the built site in `distDir` and writes the bundle to
 * `distDir/pagefind/`. Every byte of HTML goes through `htmlForIndex`, so
 * "đ" is folded at the root for all indexed text: body, titles, metadata.
 */
export async function buildSearchIndex(distDir: string, onProgress?: (done: number, total: number) => void): Promise<IndexStats> {
	const { index, errors } = await pagefind.createIndex({
		forceLanguage: 'vi',
		excludeSelectors: EXCLUDE_SELECTORS,
	});
	if (!index) throw new Error(`Pagefind không khởi tạo được chỉ mục: ${errors.join('; ')}`);
	try {
		let pages = 0;
		const files = await htmlFiles(distDir);
		// A few pages in flight at once keep the Pagefind service busy without holding the whole site in memory.
		for (let start = 0; start < files.length; start += PARALLEL_PAGES) {
			const added = await Promise.all(files.slice(start, start + PARALLEL_PAGES).map((file) => addPage(index, distDir, file)));
			pages += added.filter(Boolean).length;
			onProgress?.(Math.min(start + PARALLEL_PAGES, files.length), files.length);
		}
		const output = await index.getFiles();
		if (output.errors.length) throw new Error(`Pagefind không ghi được chỉ mục: ${output.errors.join('; ')}`);
		const outDir = path.join(distDir, INDEX_DIR);
		await fs.rm(outDir, { recursive: true, force: true });
		const written = output.files.filter((file) => !UNUSED_FILE.test(path.basename(file.path)));
		for (const file of written) {
			const target = path.join(outDir, file.path);
			await fs.mkdir(path.dirname(target), { recursive: true });
			await fs.writeFile(target, file.content);
		}
		return { pages, files: written.length, bytes: written.reduce((sum, file) => sum + file.content.byteLength, 0) };
	} finally {
		await index.deleteIndex();
		await pagefind.close();
	}
}
