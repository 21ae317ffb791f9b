import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { fileExists, FILES_AT_ONCE, filesUnder, inBatches } from '../lib/files.ts';

/** What the staging folder knew of one built page when it last staged it. */
export interface SeenPage {
	/** SHA-256 of the page's bytes: the same bytes always give the same staged copy. */
	sha256: string;
	/** Whether the page carries a search record, so a staged copy exists. */
	indexed: boolean;
	/** Digest of the inputs that decided the page's bytes (output-pages.ts), when the build knew one: the same digest, the same bytes. */
	inputs?: string;
	/** The page as left in the output once its search record was stripped (`findSearchRecord`). */
	stripped?: StrippedPage;
}

/** What stripping took out of a page, so the page as rendered can be put together again. */
export interface StrippedPage {
	/** SHA-256 of the stripped page's bytes. */
	sha256: string;
	/** Its size in bytes: one `stat` tells a stripped page from the render Astro may copy back. */
	size: number;
	/** The record block removed, and the byte offset it was removed at. */
	record: string;
	at: number;
}

/** What the staging folder knows of the pages it holds. */
export interface StagingManifest {
	/** Cache key of the code that turns a page into its indexed copy (`cacheKey` of build-index.ts). */
	version: string;
	pages: Record<string, SeenPage>;
}
type Manifest = StagingManifest;

/**
 * Read and written whole on every build: with `v8.serialize`, not JSON,
 * since the stripped records make it mostly Vietnamese text, which JSON
 * spends its time encoding and decoding as UTF-8. At 10,000 documents
 * (22,991 pages, 18 MB of JSON) writing and reading it back took 0.6–0.75 s
 * as JSON, 0.3 s this way (the bench's manifest, both ways, three runs each).
 */
const MANIFEST = 'manifest.bin';

/** Whether a built page is indexed, and the HTML the indexer reads for it. */
export type PageForIndex = (html: string) => string | undefined;

/** The build's HTML pages (relative paths) and each one's input digest, null for a page rendered on every build. */
export type KnownPages = ReadonlyMap<string, string | null>;

/** How much of the site one staging run had to read. */
export interface StagingStats {
	/** Pages indexed: staged copies in place. */
	indexed: number;
	/** Pages read and hashed, because their inputs changed or no digest says they did not. */
	read: number;
	/** Pages whose staged copy was made again. */
	prepared: number;
	/** Pages staged while Astro rendered them (prestage-worker.ts), taken as they were: neither read nor prepared here. */
	prestaged: number;
}

/**
 * Keeps `stagingDir` holding the indexer's copy of every indexed page of
 * `distDir`, at the same relative path, and nothing else. A page whose bytes
 * hash to what they did last time is not prepared or written again: after a
 * one-document edit only a handful of the 20,000 pages are. No clock or size
 * tells whether a page changed (a page rewritten within the same tick with
 * the same length did not look changed): a page is read and hashed unless
 * `known` (the build's own list of its pages, output-pages.ts) gives it the
 * same input digest as when it was last staged, so the build kept it as it
 * was. Without `known` the whole folder is listed and every page read.
 * Pages gone from the output (deleted, drafts, embargoed: pruned by the
 * build) lose their copy.
 * `version` must change whenever `forIndex` would give other HTML.
 */
export async function stagePages(
	distDir: string,
	stagingDir: string,
	version: string,
	forIndex: PageForIndex,
	onProgress?: (done: number, total: number) => void,
	known?: KnownPages,
	{
		stripRecords = false,
		prestaged,
		kept,
		onStaged,
	}: {
		stripRecords?: boolean;
		prestaged?: string;
		/** The manifest of `stagingDir`, read while Astro built (preread.ts); read here without it. */
		kept?: Promise<StagingManifest | undefined>;
		/** Given the indexed pages as staged (relative path → SHA-256), as `stagedPages` reads them back. */
		onStaged?: (staged: Map<string, string>) => void;
	} = {},
): Promise<StagingStats> {
	const manifestFile = path.join(stagingDir, MANIFEST);
	const previousFile = path.join(stagingDir, PREVIOUS_MANIFEST);
	const previous = await (kept ?? readManifest(manifestFile));
	// The pages an earlier run stripped, kept aside until this run is done: only they can give back what stripping took out.
	const strippedBefore = strippedPages(previous ?? (await readManifest(previousFile)));
	// Written again only once every copy is in place: an interrupted run starts afresh.
	if (previous) await fs.rename(manifestFile, previousFile);
	else await fs.rm(manifestFile, { force: true });
	if (previous?.version !== version) await inBatches(stagedFiles(stagingDir), FILES_AT_ONCE, (file) => fs.rm(file, { force: true }));
	await fs.mkdir(stagingDir, { recursive: true });
	const seen = previous?.version === version ? previous.pages : {};
	const pages: Record<string, SeenPage> = {};
	const files = known ? [...known.keys()].sort() : htmlFiles(distDir);
	const stats: StagingStats = { indexed: 0, read: 0, prepared: 0, prestaged: 0 };
	// Pages stripped while rendered are only taken when this run strips too: a run that keeps records stages from the pages.
	const early = stripRecords && prestaged ? await readPrestaged(prestaged) : undefined;
	// Prepared by other code (never within one build, but then): not taken, yet what stripping took out is known from them.
	const prestagedUsable = early?.version === version ? early : undefined;
	const toStrip: string[] = [];
	// Most pages are kept as they were: told apart with one synchronous check each, not ten thousand awaited ones (1.3 s of a rebuild at 10,000 documents).
	const toStage = files.filter((relative) => {
		const page = seen[relative];
		if (prestagedUsable?.pages[relative] || !page || !unchangedSinceStaged(distDir, stagingDir, relative, page, known?.get(relative) ?? undefined)) return true;
		pages[relative] = page;
		return false;
	});
	onProgress?.(files.length - toStage.length, files.length);
	await inBatches(
		toStage,
		FILES_AT_ONCE,
		async (relative) => {
			const inputs = known?.get(relative) ?? undefined;
			const taken = prestagedUsable && (await takePrestaged(distDir, stagingDir, relative, prestagedUsable, { inputs, wasIndexed: seen[relative]?.indexed === true }));
			if (taken) {
				stats.prestaged++;
				pages[relative] = taken;
				return;
			}
			const context = { seen: seen[relative], strippedBefore: early?.pages[relative]?.stripped ?? strippedBefore[relative]?.stripped, inputs, stripRecords };
			const { page, strip } = await stagePage(distDir, stagingDir, relative, forIndex, context, stats);
			pages[relative] = page;
			if (strip) toStrip.push(relative);
		},
		(done) => onProgress?.(files.length - toStage.length + done, files.length),
	);
	const gone = Object.keys(seen).filter((relative) => !(relative in pages) && seen[relative]!.indexed);
	await Promise.all(gone.map((relative) => fs.rm(path.join(stagingDir, relative), { force: true })));
	await fs.writeFile(manifestFile, v8.serialize({ version, pages } satisfies Manifest));
	onStaged?.(indexedPages(pages));
	await fs.rm(previousFile, { force: true });
	if (prestaged) await fs.rm(prestaged, { recursive: true, force: true });
	// Only once the manifest knows each record: a run stopped from here on finds every page stripped or still whole.
	await inBatches(toStrip, FILES_AT_ONCE, (relative) => stripInPlace(path.join(distDir, relative), pages[relative]!.stripped!));
	stats.indexed = Object.values(pages).filter((page) => page.indexed).length;
	return stats;
}

const PREVIOUS_MANIFEST = 'manifest.previous.bin';

/** What prestage-worker.ts wrote of the pages Astro rendered in this build, under the staging version it prepared them with. */
export interface PrestagedManifest {
	version: string;
	/** By output path: the page as staged, and the size of the page Astro was handed (its record stripped). */
	pages: Record<string, SeenPage & { size: number }>;
}

/** The file prestage-worker.ts writes in its folder once every page it was sent is staged. */
export const PRESTAGED_MANIFEST = 'prestaged.json';
/** Beside it: the words of the pages it staged (words-cache.ts), for the common words. */
export const PRESTAGED_WORDS = 'prestaged-words.json';

async function readPrestaged(dir: string): Promise<(PrestagedManifest & { dir: string }) | undefined> {
	try {
		return { dir, ...(JSON.parse(await fs.readFile(path.join(dir, PRESTAGED_MANIFEST), 'utf8')) as PrestagedManifest) };
	} catch {
		return undefined;
	}
}

/**
 * The page as prestaged while Astro rendered it, its staged copy moved into
 * place; undefined (staged here as usual) when it was not prestaged, or the
 * page in the output is not the size of what Astro was handed: the same
 * check by size as for a page Astro kept (`stillStripped`).
 */
async function takePrestaged(
	distDir: string,
	stagingDir: string,
	relative: string,
	early: PrestagedManifest & { dir: string },
	{ inputs, wasIndexed }: { inputs: string | undefined; wasIndexed: boolean },
): Promise<SeenPage | undefined> {
	const entry = early.pages[relative];
	if (!entry || (await fs.stat(path.join(distDir, relative)).catch(() => undefined))?.size !== entry.size) return undefined;
	const target = path.join(stagingDir, relative);
	if (entry.indexed) {
		await fs.mkdir(path.dirname(target), { recursive: true });
		const moved = await fs.rename(path.join(early.dir, relative), target).then(() => true, () => false);
		if (!moved) return undefined;
	} else if (wasIndexed) {
		// Only a page indexed when last staged has a copy to remove (a new staging version empties the folder): 12,000 pages of a large site never had one.
		await fs.rm(target, { force: true });
	}
	return { sha256: entry.sha256, indexed: entry.indexed, inputs, stripped: entry.stripped };
}

/** The pages of a manifest that were stripped, whatever code staged them. */
function strippedPages(manifest: Manifest | undefined): Record<string, SeenPage> {
	return Object.fromEntries(Object.entries(manifest?.pages ?? {}).filter(([, page]) => page.stripped));
}

/** The staged copies (every file but the manifests), for a new staging version to start from none. */
function stagedFiles(stagingDir: string): string[] {
	return filesUnder(stagingDir).filter((file) => path.basename(file) !== PREVIOUS_MANIFEST);
}

/**
 * Whether the page Astro kept is the one staged last time: the same inputs,
 * its staged copy in place, and, when it was stripped, the stripped size
 * (not the render with its record that Astro copies back from its cache).
 * Decided without reading the page.
 */
function unchangedSinceStaged(distDir: string, stagingDir: string, relative: string, page: SeenPage, inputs: string | undefined): boolean {
	if (inputs === undefined || page.inputs !== inputs) return false;
	if (page.indexed && !existsSync(path.join(stagingDir, relative))) return false;
	return !page.stripped || statSync(path.join(distDir, relative)).size === page.stripped.size;
}

async function stagePage(
	distDir: string,
	stagingDir: string,
	relative: string,
	forIndex: PageForIndex,
	{ seen, strippedBefore, inputs, stripRecords }: { seen?: SeenPage; strippedBefore?: StrippedPage; inputs?: string; stripRecords: boolean },
	stats: StagingStats,
): Promise<{ page: SeenPage; strip: boolean }> {
	const target = path.join(stagingDir, relative);
	const built = path.join(distDir, relative);
	const copyInPlace = async (page: SeenPage) => !page.indexed || (await fileExists(target));
	if (seen && unchangedSinceStaged(distDir, stagingDir, relative, seen, inputs)) return { page: seen, strip: false };
	stats.read++;
	let bytes = await fs.readFile(built);
	let sha256 = createHash('sha256').update(bytes).digest('hex');
	if (seen?.stripped?.sha256 === sha256 && (await copyInPlace(seen))) return { page: { ...seen, inputs }, strip: false };
	if (seen?.sha256 === sha256 && (await copyInPlace(seen))) return kept({ ...seen, inputs }, bytes, stripRecords);
	// Stripped by an earlier run whose staged copy is gone (other staging code, an interrupted run): the render, put together again.
	const previous = strippedBefore ?? seen?.stripped;
	if (previous?.sha256 === sha256 && previous.record !== undefined) {
		bytes = Buffer.concat([bytes.subarray(0, previous.at), Buffer.from(previous.record, 'utf8'), bytes.subarray(previous.at)]);
		sha256 = createHash('sha256').update(bytes).digest('hex');
	}
	stats.prepared++;
	const staged = forIndex(bytes.toString('utf8'));
	if (staged === undefined) {
		await fs.rm(target, { force: true });
		return { page: { sha256, indexed: false, inputs }, strip: false };
	}
	await fs.mkdir(path.dirname(target), { recursive: true });
	await fs.writeFile(target, staged);
	return kept({ sha256, indexed: true, inputs }, bytes, stripRecords);
}

/** The page as staged from the rendered `bytes`, and whether its record is to be stripped from the output. */
function kept(page: SeenPage, bytes: Buffer, stripRecords: boolean): { page: SeenPage; strip: boolean } {
	const stripped = stripRecords && page.indexed ? stripping(bytes) : undefined;
	return { page: { ...page, stripped }, strip: stripped !== undefined };
}

/**
 * The hidden block of search fields (SearchMeta.astro): a `<div hidden
 * data-search-record>` of empty spans whose attributes only the indexer
 * reads. Attribute values never hold a raw `"`, so the spans cannot hide a `</div>`.
 */
const SEARCH_RECORD = /<div hidden data-search-record="[a-z-]+">(?:<span data-pagefind-(?:meta|filter|sort)="[^"]*"><\/span>)*<\/div>/;

/** The page's search record block and where it starts, or undefined for a page without one; readers and their browsers never use it (1.18 KB a document page, 12 MB at 10,000). */
export function findSearchRecord(html: string): { index: number; block: string } | undefined {
	const match = SEARCH_RECORD.exec(html);
	return match ? { index: match.index, block: match[0] } : undefined;
}

/**
 * What stripping the rendered page `bytes` takes out and leaves, or
 * undefined for a page without a record. The page is staged from the
 * render's own bytes (hashed before the strip); the stripped bytes are then
 * known as the same page, not as a page without a record.
 */
export function stripping(bytes: Buffer): StrippedPage | undefined {
	const html = bytes.toString('utf8');
	const found = findSearchRecord(html);
	if (!found) return undefined;
	const at = Buffer.byteLength(html.slice(0, found.index), 'utf8');
	const out = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + Buffer.byteLength(found.block, 'utf8'))]);
	return { sha256: createHash('sha256').update(out).digest('hex'), size: out.length, record: found.block, at };
}

/** Leaves the stripped page in the output, unless it is there already. */
async function stripInPlace(file: string, stripped: StrippedPage): Promise<void> {
	const bytes = await fs.readFile(file);
	if (bytes.length === stripped.size) return;
	const out = Buffer.concat([bytes.subarray(0, stripped.at), bytes.subarray(stripped.at + Buffer.byteLength(stripped.record, 'utf8'))]);
	// A new file renamed over the page, never a write into it: the page may share its bytes with a cache by a hard link.
	const temporary = `${file}.${process.pid}.strip`;
	await fs.writeFile(temporary, out);
	await fs.rename(temporary, file);
}

/** The indexed pages the last completed staging left (relative path → SHA-256 of the built page); empty when there is none. */
export async function stagedPages(stagingDir: string): Promise<Map<string, string>> {
	return indexedPages((await readManifest(path.join(stagingDir, MANIFEST)))?.pages ?? {});
}

const indexedPages = (pages: Record<string, SeenPage>) => new Map(Object.entries(pages).flatMap(([relative, page]) => (page.indexed ? [[relative, page.sha256] as const] : [])));

async function readManifest(file: string): Promise<Manifest | undefined> {
	try {
		const manifest = v8.deserialize(await fs.readFile(file)) as Partial<Manifest> | null;
		return typeof manifest?.version === 'string' && typeof manifest.pages === 'object' && manifest.pages ? (manifest as Manifest) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Whether `stagingDir` holds a manifest, the last one or one set aside,
 * without reading it: only a manifest knows the search records stripped
 * from the pages a build keeps.
 */
export function hasStagingManifest(stagingDir: string): boolean {
	return existsSync(path.join(stagingDir, MANIFEST)) || existsSync(path.join(stagingDir, PREVIOUS_MANIFEST));
}

/** The staging folder's manifest as the last completed staging left it; undefined when there is none. */
export function readStagingManifest(stagingDir: string): Promise<StagingManifest | undefined> {
	return readManifest(path.join(stagingDir, MANIFEST));
}

/** HTML files of the built site, relative to it, in a stable order; Pagefind's own output is not a page. */
function htmlFiles(dir: string): string[] {
	return filesUnder(dir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => path.relative(dir, file))
		.sort();
}
