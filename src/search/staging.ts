import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileExists } from '../lib/files.ts';

/** What the staging folder knew of one built page when it last read it. */
interface SeenPage {
	size: number;
	mtimeMs: number;
	/** Whether the page carries a search record, so a staged copy exists. */
	indexed: boolean;
}

interface Manifest {
	/** Digest of the code that turns a page into its indexed copy, and of the output folder's path. */
	version: string;
	pages: Record<string, SeenPage>;
}

const MANIFEST = 'manifest.json';

/** Whether a built page is indexed, and the HTML the indexer reads for it. */
export type PageForIndex = (html: string) => string | undefined;

/**
 * Keeps `stagingDir` holding the indexer's copy of every indexed page of
 * `distDir`, at the same relative path, and nothing else. A page whose size
 * and modification time are those seen last time is not read again: the
 * output folder is kept between builds, so after a one-document edit only a
 * handful of the 20,000 pages are read and written. Pages gone from the
 * output (deleted, drafts, embargoed: pruned by the build) lose their copy.
 * `version` must change whenever `forIndex` would give other HTML.
 * Returns the number of indexed pages.
 */
export async function stagePages(
	distDir: string,
	stagingDir: string,
	version: string,
	forIndex: PageForIndex,
	onProgress?: (done: number, total: number) => void,
): Promise<number> {
	const manifestFile = path.join(stagingDir, MANIFEST);
	const stamp = createHash('sha256').update(`${version}\n${path.resolve(distDir)}`).digest('hex');
	const previous = await readManifest(manifestFile);
	// Written again only once every copy is in place: an interrupted run starts afresh.
	await fs.rm(manifestFile, { force: true });
	if (previous?.version !== stamp) await fs.rm(stagingDir, { recursive: true, force: true });
	await fs.mkdir(stagingDir, { recursive: true });
	const seen = previous?.version === stamp ? previous.pages : {};
	const pages: Record<string, SeenPage> = {};
	const files = await htmlFiles(distDir);
	const BATCH = 64;
	for (let start = 0; start < files.length; start += BATCH) {
		await Promise.all(
			files.slice(start, start + BATCH).map(async (relative) => {
				pages[relative] = await stagePage(distDir, stagingDir, relative, seen[relative], forIndex);
			}),
		);
		onProgress?.(Math.min(start + BATCH, files.length), files.length);
	}
	const gone = Object.keys(seen).filter((relative) => !(relative in pages) && seen[relative]!.indexed);
	await Promise.all(gone.map((relative) => fs.rm(path.join(stagingDir, relative), { force: true })));
	await fs.writeFile(manifestFile, JSON.stringify({ version: stamp, pages } satisfies Manifest));
	return Object.values(pages).filter((page) => page.indexed).length;
}

async function stagePage(distDir: string, stagingDir: string, relative: string, seen: SeenPage | undefined, forIndex: PageForIndex): Promise<SeenPage> {
	const source = path.join(distDir, relative);
	const target = path.join(stagingDir, relative);
	const { size, mtimeMs } = await fs.stat(source);
	const unchanged = seen && seen.size === size && seen.mtimeMs === mtimeMs;
	if (unchanged && (!seen.indexed || (await fileExists(target)))) return seen;
	const staged = forIndex(await fs.readFile(source, 'utf8'));
	if (staged === undefined) {
		await fs.rm(target, { force: true });
		return { size, mtimeMs, indexed: false };
	}
	await fs.mkdir(path.dirname(target), { recursive: true });
	await fs.writeFile(target, staged);
	return { size, mtimeMs, indexed: true };
}

async function readManifest(file: string): Promise<Manifest | undefined> {
	try {
		return JSON.parse(await fs.readFile(file, 'utf8')) as Manifest;
	} catch {
		return undefined;
	}
}

/** HTML files of the built site, relative to it, in a stable order; Pagefind's own output is not a page. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();
}
