/**
 * The index step's choice between a full index and a delta (delta-plan.ts),
 * and its bookkeeping: the base record is deleted before the bundle is
 * touched and written again only once the bundle is whole, so an
 * interrupted build is followed by a full index. A delta that fails for any
 * reason (a base fragment missing, Pagefind's error) falls back to a full
 * index, which rewrites the whole bundle.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { planIndex, type IndexPlan } from './delta-plan.ts';
import { entryDigest, readBaseRecord, recordBase, writeDelta, writeEmptyManifest } from './delta-build.ts';
import { markStep } from '../lib/build-timings.ts';

export interface IndexChoice {
	/** Pages indexed into the delta, when a delta was written. */
	delta?: number;
	/** Why the whole site was indexed, when it was. */
	fullReason?: string;
}

export async function indexBaseOrDelta({
	outDir,
	sourceDir,
	staged,
	summaries,
	version,
	common,
	recordFile,
	previousBundle,
	onFull,
	createIndex,
	closeIndexer,
	fullIndex,
}: {
	/** The bundle's folder in the output (dist/pagefind). */
	outDir: string;
	/** The folder of pages Pagefind reads (staged or marked copies). */
	sourceDir: string;
	/** Indexed pages → SHA-256 of each built page. */
	staged: ReadonlyMap<string, string>;
	/** Summaries set apart by page URL (marked-pages.ts), put back into fragments. */
	summaries: ReadonlyMap<string, string>;
	/** Cache key of the indexing code and Pagefind's version. */
	version: string;
	/** Digest of the common-word set. */
	common: string;
	/** Where the base record lives; without one every build indexes the whole site. */
	recordFile: string | undefined;
	/** The last build's bundle, set aside while Astro built. */
	previousBundle: string | undefined;
	onFull?: () => void;
	createIndex: () => Promise<PagefindIndex>;
	closeIndexer: () => Promise<unknown>;
	/** Indexes every page of `sourceDir` into `outDir`, replacing whatever is there. */
	fullIndex: (index: PagefindIndex) => Promise<void>;
}): Promise<IndexChoice> {
	const base = recordFile ? await readBaseRecord(recordFile) : undefined;
	if (recordFile) await fs.rm(recordFile, { force: true });
	let plan: IndexPlan = recordFile
		? planIndex(base, { version, common, entry: previousBundle ? await entryDigest(previousBundle, outDir) : undefined, staged })
		: { kind: 'full', reason: 'không giữ bộ nhớ đệm giữa các lần dựng' };
	try {
		if (plan.kind === 'delta') {
			try {
				await fs.rm(outDir, { recursive: true, force: true });
				await fs.rename(previousBundle!, outDir);
				const index = await createIndex();
				try {
					const record = await writeDelta(index, { bundleDir: outDir, sourceDir, base: base!, pages: plan.pages, staged, summaries });
					await fs.writeFile(recordFile!, JSON.stringify(record));
				} finally {
					await index.deleteIndex();
				}
				markStep(`Chỉ mục: chỉ mục bổ sung (${plan.pages.length} trang)`);
				return { delta: plan.pages.length };
			} catch (error) {
				plan = { kind: 'full', reason: `không ghi được chỉ mục bổ sung (${(error as Error).message})` };
			}
		}
		onFull?.();
		const index = await createIndex();
		try {
			await fullIndex(index);
		} finally {
			await index.deleteIndex();
		}
		await writeEmptyManifest(outDir);
		if (recordFile) {
			await fs.mkdir(path.dirname(recordFile), { recursive: true });
			await fs.writeFile(recordFile, JSON.stringify(await recordBase(outDir, staged, version, common)));
			markStep('Chỉ mục: ghi nhận chỉ mục gốc');
		}
		return { fullReason: plan.reason };
	} finally {
		await closeIndexer();
	}
}
