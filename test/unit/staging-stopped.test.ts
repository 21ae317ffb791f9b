import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetKeptPagesIn, SEARCH_STAGING_DIR, stagedRecordsLost, stagingStoppedAfterAstro } from '../../src/integrations/search-prestage.ts';
import { prestagedDir } from '../../src/search/page-for-index.ts';

const RECORDS = ['incremental-build.json', 'share-cards.json', 'output-folder.txt', 'output-pages.json'];

let cache = '';
beforeEach(() => {
	cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-stopped-'));
	for (const file of [...RECORDS, 'data-store.json']) fs.writeFileSync(path.join(cache, file), '{}');
	fs.mkdirSync(SEARCH_STAGING_DIR(cache), { recursive: true });
});
afterEach(() => fs.rmSync(cache, { recursive: true, force: true }));

describe('a build stopped between Astro and the search staging', () => {
	it('is told by the prestaged pages it left, and makes the next build render every page', () => {
		expect(stagingStoppedAfterAstro(cache)).toBe(false);
		fs.mkdirSync(prestagedDir(SEARCH_STAGING_DIR(cache)));
		expect(stagingStoppedAfterAstro(cache)).toBe(true);
		forgetKeptPagesIn(cache);
		for (const file of RECORDS) expect(fs.existsSync(path.join(cache, file)), file).toBe(false);
		// The content store and the staging stay: only what lets Astro keep pages goes.
		expect(fs.existsSync(path.join(cache, 'data-store.json'))).toBe(true);
		expect(fs.existsSync(SEARCH_STAGING_DIR(cache))).toBe(true);
	});
});

describe('a staging folder without its manifest', () => {
	it('makes the next build render every page while Astro would keep some', () => {
		// Kept pages (incremental-build.json), and no manifest: their stripped records are nowhere.
		expect(stagedRecordsLost(cache)).toBe(true);
		for (const manifest of ['manifest.bin', 'manifest.previous.bin']) {
			fs.writeFileSync(path.join(SEARCH_STAGING_DIR(cache), manifest), '');
			expect(stagedRecordsLost(cache), manifest).toBe(false);
			fs.rmSync(path.join(SEARCH_STAGING_DIR(cache), manifest));
		}
		// A manifest of the JSON format kept before is no manifest.
		fs.writeFileSync(path.join(SEARCH_STAGING_DIR(cache), 'manifest.json'), '{}');
		expect(stagedRecordsLost(cache)).toBe(true);
		forgetKeptPagesIn(cache);
		expect(stagedRecordsLost(cache)).toBe(false);
	});
});
