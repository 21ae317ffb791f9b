import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentCacheDir } from '../paths.ts';
import { prestagedDir, stagingVersion } from '../search/page-for-index.ts';
import { startPrestage, type Prestage } from '../search/prestage.ts';
import { hasStagingManifest } from '../search/staging.ts';
import { markStep } from '../lib/build-timings.ts';
import { OUTPUT_MARKER } from './prune-output.ts';
import { OUTPUT_PAGES_FILE } from './output-pages.ts';

/** The folder `src/build.ts` stages the search index in (in `cacheDir`); its prestaged sibling is where pages go while Astro renders. */
export const SEARCH_STAGING_DIR = (cacheDir = contentCacheDir()) => path.join(cacheDir, 'search-staging');

/**
 * Whether the last build stopped between Astro and the search staging: its
 * prestaged pages are still there. Those pages went to the output without
 * their search records, which only the prestaged list holds and the next
 * build's start empties: so the next build must render every page again.
 */
export const stagingStoppedAfterAstro = (cacheDir: string): boolean => fs.existsSync(prestagedDir(SEARCH_STAGING_DIR(cacheDir)));

/** Astro's record of the pages a build may keep or copy back from its cache. */
const KEPT_PAGES_FILE = 'incremental-build.json';

/**
 * Whether the pages Astro would keep have lost their search records: they
 * went out stripped (Astro's cached copies too), and only the staging
 * manifest holds what was stripped. With no manifest (the staging folder
 * lost, or kept by code that wrote it in another format) the staging would
 * find those pages without a record and leave them out of the index: so
 * the next build must render every page again.
 */
export const stagedRecordsLost = (cacheDir: string): boolean => fs.existsSync(path.join(cacheDir, KEPT_PAGES_FILE)) && !hasStagingManifest(SEARCH_STAGING_DIR(cacheDir));

/** Drops Astro's records that let a build keep pages, and what goes with them (share cards, output marker and page list): the next build renders every page. */
export function forgetKeptPagesIn(cacheDir: string): void {
	for (const file of [KEPT_PAGES_FILE, 'share-cards.json', OUTPUT_MARKER, OUTPUT_PAGES_FILE]) fs.rmSync(path.join(cacheDir, file), { force: true });
}

/**
 * Prepares each rendered page for the search index while Astro renders the
 * next ones (src/search/prestage.ts), on the core Astro leaves idle, and has
 * the middleware write each indexed page without its search record. The
 * staging after Astro (src/build.ts) then takes those pages as prepared.
 * A prestage that failed fails the build: its pages were written stripped.
 */
export function searchPrestage(): AstroIntegration {
	let prestage: Prestage | undefined;
	return {
		name: 'search-prestage',
		hooks: {
			'astro:build:start': () => {
				const dir = prestagedDir(SEARCH_STAGING_DIR());
				// What an interrupted build left is never taken for this one's.
				fs.rmSync(dir, { recursive: true, force: true });
				fs.mkdirSync(dir, { recursive: true });
				prestage = startPrestage({ dir, version: stagingVersion() });
			},
			'astro:build:done': async () => {
				await prestage?.finish();
				prestage = undefined;
				markStep('Chỉ mục: chuẩn bị trang trong lúc dựng (chờ luồng nền)');
			},
		},
	};
}
