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

	it.each(redirectPages)('%s is only the redirect: no stylesheet, script, layout or preview tags; under 250 bytes beyond its addresses and texts', (page) => {
		const html = loadPage(page);
		expect(html('link[rel="stylesheet"], script, style, header, footer, nav, meta[property], meta[name]').length).toBe(0);
		const bytes = fs.statSync(pageFile(page)).size;
		// The target twice, the canonical address once and the link's text grow with the document, the reason (title
		// and heading) with the kind of redirect; the rest must not.
		// The page took 1.95 KB on average at 10,000 documents with a policy and preview tags, 4.2 KB with the layout.
		const own = (text: string | undefined) => Buffer.byteLength(text ?? '');
		const fromContent = 2 * own(refreshOf(page)) + own(html('link[rel="canonical"]').attr('href')) + own(html('main a').html() ?? '') + 2 * own(html('title').text());
		expect(bytes - fromContent).toBeLessThan(250);
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
