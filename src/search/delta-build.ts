/**
 * The build's side of the delta index (plan: delta-plan.ts; browser:
 * delta-index.ts). A full index leaves its bundle in the output folder as the
 * "base" and a record of it beside the search staging: each indexed page's
 * digest and fragment id. A later build whose changes are few indexes only
 * the changed pages into `pagefind/delta/`, deletes the base fragments they
 * replace (an edited page's old text is not published twice), links the new
 * fragments into the base's fragment folder (so `fragment/` holds exactly
 * the current pages, for readIndexedPages and the national import), and
 * writes `pagefind/delta.json` for the browser.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FRAGMENT_SIGNATURE } from './fragments.ts';
import { slimFragments } from './slim-fragments.ts';
import { PASSAGE_FILE_EXTENSION } from './passages.ts';
import { pageUrl } from './summary-field.ts';
import { DELTA_MANIFEST, type DeltaManifest } from './delta-index.ts';
import type { BaseRecord } from './delta-plan.ts';
import { FILES_AT_ONCE, inBatches } from '../lib/files.ts';

/** The delta's folder inside the base bundle. */
export const DELTA_DIR = 'delta';

/** Files of a Pagefind bundle a merged instance reads: Pagefind 1.6 runs it on the primary's script and WebAssembly. */
const MERGED_PARTS = /^(?:pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** The part of Pagefind's Node index the delta uses. */
export interface PagefindIndexLike {
	addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ errors: string[] }>;
	writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

export async function readBaseRecord(file: string): Promise<BaseRecord | undefined> {
	try {
		return JSON.parse(await fs.readFile(file, 'utf8')) as BaseRecord;
	} catch {
		return undefined;
	}
}

/**
 * SHA-256 of a bundle's `pagefind-entry.json` and of the output folder it
 * belongs to (`outDir`: two folders may hold the same bundle, and a delta
 * changes only one of them), undefined when `bundleDir` holds no bundle.
 */
export async function entryDigest(bundleDir: string, outDir: string): Promise<string | undefined> {
	try {
		return createHash('sha256').update(path.resolve(outDir)).update('\0').update(await fs.readFile(path.join(bundleDir, 'pagefind-entry.json'))).digest('hex');
	} catch {
		return undefined;
	}
}

interface Fragment {
	url: string;
	filters: Record<string, string[]>;
}

async function readFragment(file: string): Promise<Fragment> {
	const raw = gunzipSync(await fs.readFile(file)).toString('utf8');
	if (!raw.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${path.basename(file)} không phải mảnh chỉ mục Pagefind`);
	return JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
}

/** Page URL → fragment id and facet values of every fragment in `fragmentDir`. */
async function fragmentIds(fragmentDir: string): Promise<Map<string, { id: string; filters: Fragment['filters'] }>> {
	const names = (await fs.readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
	const ids = new Map<string, { id: string; filters: Fragment['filters'] }>();
	await inBatches(names, FILES_AT_ONCE, async (name) => {
		const { url, filters } = await readFragment(path.join(fragmentDir, name));
		ids.set(url, { id: name.slice(0, -'.pf_fragment'.length), filters });
	});
	return ids;
}

/** Pages (relative path) → their fragment ids; throws when Pagefind wrote none for one of them. */
function idsOf(pages: Iterable<[string, string]>, ids: ReadonlyMap<string, { id: string }>): Record<string, { sha256: string; id: string }> {
	return Object.fromEntries(
		[...pages].map(([page, sha256]) => {
			const id = ids.get(pageUrl(page))?.id;
			if (!id) throw new Error(`Pagefind không ghi mảnh chỉ mục cho ${page}`);
			return [page, { sha256, id }];
		}),
	);
}

/** The manifest of a bundle with no delta: the browser merges nothing. */
export async function writeEmptyManifest(bundleDir: string): Promise<void> {
	await fs.writeFile(path.join(bundleDir, DELTA_MANIFEST), JSON.stringify({ superseded: [], pages: [] } satisfies DeltaManifest));
}

/** After a full index: the record of the new base (every page's fragment id, read from the fragments Pagefind wrote). */
export async function recordBase(bundleDir: string, staged: ReadonlyMap<string, string>, version: string, common: string): Promise<BaseRecord> {
	const pages = idsOf(staged, await fragmentIds(path.join(bundleDir, 'fragment')));
	return { version, common, entry: (await entryDigest(bundleDir, bundleDir))!, pages, superseded: {}, linked: [] };
}

/**
 * Indexes `pages` (read from `sourceDir`, the folder the full index reads)
 * into the delta of the base bundle in `bundleDir`, with `index` (a fresh
 * Pagefind index of the same options as the base's), and returns the base
 * record as it now stands. `summaries` go back into the fragments as for the
 * base (fragments.ts).
 */
export async function writeDelta(
	index: PagefindIndexLike,
	{ bundleDir, sourceDir, base, pages, staged, summaries }: {
		bundleDir: string;
		sourceDir: string;
		base: BaseRecord;
		pages: readonly string[];
		staged: ReadonlyMap<string, string>;
		summaries: ReadonlyMap<string, string>;
	},
): Promise<BaseRecord> {
	const fragmentDir = path.join(bundleDir, 'fragment');
	const deltaDir = path.join(bundleDir, DELTA_DIR);
	await Promise.all(base.linked.map((id) => fs.rm(path.join(fragmentDir, `${id}.pf_fragment`), { force: true })));
	await fs.rm(deltaDir, { recursive: true, force: true });
	const superseded = { ...base.superseded };
	for (const page of pages) {
		if (!(page in base.pages)) continue;
		// Read before the file goes: the browser takes its facet values out of the base's counts.
		const file = path.join(fragmentDir, `${base.pages[page]!.id}.pf_fragment`);
		superseded[page] ??= { filters: (await readFragment(file)).filters };
		// Again on every delta: the same base may sit in another output folder too (same entry digest), not yet pruned of it.
		// The old version's passages (the text past its lead, fragments.ts) go with it: nothing of it stays published.
		await fs.rm(file, { force: true });
		await fs.rm(file.replace(/\.pf_fragment$/, PASSAGE_FILE_EXTENSION), { force: true });
	}
	if (!pages.length) {
		await writeEmptyManifest(bundleDir);
		return { ...base, superseded, linked: [] };
	}
	for (const page of pages) {
		const added = await index.addHTMLFile({ sourcePath: page, content: await fs.readFile(path.join(sourceDir, page), 'utf8') });
		if (added.errors.length) throw new Error(`Pagefind không lập chỉ mục được ${page}: ${added.errors.join('; ')}`);
	}
	const wrote = await index.writeFiles({ outputPath: deltaDir });
	if (wrote.errors.length) throw new Error(`Pagefind không ghi được chỉ mục bổ sung: ${wrote.errors.join('; ')}`);
	for (const name of await fs.readdir(deltaDir)) if (!MERGED_PARTS.test(name)) await fs.rm(path.join(deltaDir, name), { recursive: true });
	// Whole text, no passage files: a delta holds a few pages, and the browser checks each delta
	// result's text for every query word (delta-index.ts everyWordResponse), which a lead alone would fail.
	await slimFragments(path.join(deltaDir, 'fragment'), summaries, { split: false });
	const written = await fragmentIds(path.join(deltaDir, 'fragment'));
	const delta = idsOf(
		pages.map((page) => [page, staged.get(page)!]),
		written,
	);
	const linked = Object.values(delta).map(({ id }) => id);
	await Promise.all(linked.map((id) => fs.link(path.join(deltaDir, 'fragment', `${id}.pf_fragment`), path.join(fragmentDir, `${id}.pf_fragment`))));
	const manifest: DeltaManifest = {
		index: `${DELTA_DIR}/`,
		superseded: Object.entries(superseded).map(([page, { filters }]) => ({ id: base.pages[page]!.id, by: delta[page]!.id, filters })),
		pages: [...written.values()],
	};
	await fs.writeFile(path.join(bundleDir, DELTA_MANIFEST), JSON.stringify(manifest));
	return { ...base, superseded, linked };
}
