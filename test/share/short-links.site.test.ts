/**
 * Short links and old addresses as built: minimal pages, and host redirect
 * files (`_redirects`, the nginx map) saying exactly what the pages say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_MAP_FILE, REDIRECTS_FILE } from '../../src/share/host-redirects.ts';
import { testDist } from '../helpers/paths.ts';
import { builtPages, isRedirectPage, loadPage, pageFile } from '../helpers/site.ts';

const pages = builtPages();
const redirectPages = pages.filter(isRedirectPage);
const refreshOf = (page: string) => /^0;url=(.+)$/.exec(loadPage(page)('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1];
const hostFile = (name: string) => fs.readFileSync(path.join(testDist(), name), 'utf8');
const rules = (text: string) => text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));

describe('redirect pages', () => {
	it('are every short link and every old address', () => {
		expect(redirectPages.filter((page) => page.startsWith('/d/')).length).toBeGreaterThanOrEqual(10);
		expect(redirectPages.filter((page) => page.startsWith('/van-ban/')).length).toBeGreaterThanOrEqual(1);
		expect(pages.filter((page) => page.startsWith('/d/')).every((page) => redirectPages.includes(page))).toBe(true);
	});

	it.each(redirectPages)('%s is only the redirect: no stylesheet, script, layout; size beyond its own text under 1.2 KB', (page) => {
		const html = loadPage(page);
		expect(html('link[rel="stylesheet"], script, header, footer, nav').length).toBe(0);
		const bytes = fs.statSync(pageFile(page)).size;
		// What the page repeats from content (title three times, summary, the address four times) grows with the
		// document; the rest (policy, tags) must not. The same page with the site's layout took 4.2 KB here.
		const own = (text: string | undefined) => Buffer.byteLength(text ?? '');
		const fromContent = 3 * own(html('title').text()) + own(html('meta[property="og:description"]').attr('content')) + 4 * own(html('link[rel="canonical"]').attr('href'));
		expect(bytes - fromContent).toBeLessThan(1200);
		expect(bytes).toBeLessThan(3000);
	});
});

describe('host redirect files', () => {
	it.each([
		[REDIRECTS_FILE, /^(\/\S+\/) (\/van-ban\/\S+\/) 301$/],
		[NGINX_MAP_FILE, /^(\/\S+\/) (\/van-ban\/\S+\/);$/],
	])('%s sends each address where its page does, and lists every redirect page once', (name, pattern) => {
		const lines = rules(hostFile(name));
		const table = lines.map((line) => {
			const [, from, to] = pattern.exec(line) ?? [];
			expect(from, line).toBeDefined();
			return [from!, to!] as const;
		});
		expect(table.map(([from]) => from).sort()).toEqual([...redirectPages].sort());
		for (const [from, to] of table) {
			expect(refreshOf(from), from).toBe(to);
			expect(pages, to).toContain(to);
		}
	});

	it('are host configuration, not pages: no sitemap or feed lists them', () => {
		for (const file of ['sitemap-0.xml', 'rss.xml']) {
			const text = hostFile(file);
			expect(text).not.toContain(REDIRECTS_FILE);
			expect(text).not.toContain('/d/');
		}
	});
});
