import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { testDist } from './paths.ts';
import { EDITOR_PATH } from '../../src/security/policy.ts';

/** Every built HTML page as a site path: "/van-ban/…/". */
export function builtPages(): string[] {
	const TEST_DIST = testDist();
	const walk = (dir: string): string[] =>
		fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) return walk(full);
			return entry.name.endsWith('.html') ? [full] : [];
		});
	return walk(TEST_DIST)
		.map((file) => '/' + path.relative(TEST_DIST, file).split(path.sep).join('/'))
		// The press officers' editor (Decap CMS, public/quan-tri/) is not a page of the site; test/cms/ checks it.
		.filter((sitePath) => !sitePath.startsWith(EDITOR_PATH))
		.map((p) => p.replace(/index\.html$/, ''))
		.sort();
}

/** A short link or old address: a few hundred bytes that only forward, with no stylesheet, icon or script (src/share/redirect-page.ts). */
export const isRedirectPage = (sitePath: string) => fs.readFileSync(pageFile(sitePath), 'utf8').includes('http-equiv="refresh"');

/** Every built page a reader stays on: all of builtPages() but the redirect pages. */
export const contentPages = () => builtPages().filter((page) => !isRedirectPage(page));

export function pageFile(sitePath: string): string {
	const TEST_DIST = testDist();
	return sitePath.endsWith('.html') ? path.join(TEST_DIST, sitePath) : path.join(TEST_DIST, sitePath, 'index.html');
}

export function loadPage(sitePath: string) {
	return cheerio.load(fs.readFileSync(pageFile(sitePath), 'utf8'));
}

/** Visible text with whitespace collapsed. */
export const textOf = (html: cheerio.CheerioAPI, selector: string) => html(selector).text().replace(/\s+/g, ' ').trim();
