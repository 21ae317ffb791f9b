/**
 * The editor ships with the built site at /quan-tri/, generated from the
 * schemas, and stays out of everything public: sitemap, search index, feeds,
 * robots; no public page loads its 5 MB script.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../src/lib/yaml.ts';
import { configYaml } from '../../src/admin/assets.ts';
import { bundleFiles } from '../../src/admin/bundle-files.ts';
import { testDist } from '../helpers/paths.ts';
import { HEADERS_FILE } from '../../src/integrations/security-headers.ts';
import { filesMentioning, outputFiles } from '../publishing/site-build.ts';

const dist = testDist();
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

describe('the editor in the built site', () => {
	it('is served at /quan-tri/ with its script, chunks and generated configuration', () => {
		const page = read('quan-tri/index.html');
		expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
		expect(page).toContain('src="/quan-tri/decap-cms.js"');
		for (const file of bundleFiles()) expect(fs.existsSync(path.join(dist, 'quan-tri', file)), file).toBe(true);
		expect(read('quan-tri/config.yml')).toBe(configYaml());
		expect(parseYaml<{ collections: unknown[] }>(read('quan-tri/config.yml')).collections.length).toBeGreaterThan(4);
		expect(read('quan-tri/xem-truoc.css')).toContain('--text:');
	});

	it('is in no sitemap, feed, search index or public page', () => {
		const files = outputFiles(dist);
		// _headers is the host's configuration, not a page: it gives the editor its own security policy.
		const mentions = filesMentioning(files, '/quan-tri/').filter((file) => !file.startsWith('quan-tri/') && file !== HEADERS_FILE);
		expect(mentions).toEqual([]);
		expect(filesMentioning(files, '/quan-tri/')).toContain(HEADERS_FILE);
		const sitemaps = files.filter((file) => /^sitemap.*\.xml$/.test(file.path));
		expect(sitemaps.length).toBeGreaterThan(0);
		expect(filesMentioning(files, 'decap-cms').filter((file) => !file.startsWith('quan-tri/'))).toEqual([]);
	});
});
