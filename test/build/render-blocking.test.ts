import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { testDist } from '../helpers/paths.ts';
import { contentPages, loadPage } from '../helpers/site.ts';

/**
 * Lighthouse counted six or seven render-blocking stylesheets per page when
 * Astro split component CSS into chunks; the site now ships one stylesheet,
 * so a phone on a slow connection waits for one request before it can paint.
 */
describe('what a page must load and work through before it can paint', () => {
	// Redirect pages (short links, old addresses) load nothing at all; test/share/short-links.site.test.ts holds them to that.
	it('is one stylesheet, the same on every page, and no script', () => {
		const sheetsByPage = new Map<string, string[]>();
		for (const page of contentPages()) {
			const html = loadPage(page);
			sheetsByPage.set(page, html('link[rel="stylesheet"]').map((_, link) => html(link).attr('href')!).get());
			// A classic script in <head> would block parsing: the site's scripts are modules, which are deferred.
			expect(html('head script[src]:not([type="module"])').length, page).toBe(0);
		}
		expect(sheetsByPage.size).toBeGreaterThan(50);
		const distinct = new Set([...sheetsByPage.values()].map((sheets) => sheets.join(' ')));
		expect([...distinct]).toHaveLength(1);
		const [sheet] = sheetsByPage.get('/')!;
		expect(sheet).toMatch(/^\/_astro\/[^/]+\.css$/);
		expect(fs.existsSync(path.join(testDist(), sheet!))).toBe(true);
	});

	it('holds the styles of every component, so none arrives later in a second request', () => {
		const home = loadPage('/');
		const css = fs.readFileSync(path.join(testDist(), home('link[rel="stylesheet"]').attr('href')!), 'utf8');
		// Styles of components the home page does not use (search filters, honour tables, share tools) are there too.
		for (const selector of ['.search-filters__facets', '.share-tools', '@media print', '@font-face']) expect(css, selector).toContain(selector);
		expect(fs.readdirSync(path.join(testDist(), '_astro')).filter((file) => file.endsWith('.css'))).toHaveLength(1);
	});

	it('links a PNG icon, not the SVG one Chromium would build an SVG document for on the page’s main thread', () => {
		for (const page of contentPages()) {
			const html = loadPage(page);
			expect(html('link[rel~="icon"]').map((_, link) => html(link).attr('href')).get(), page).toEqual(['/favicon.png']);
		}
		const png = fs.readFileSync(path.join(testDist(), 'favicon.png'));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16 and 20.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
	});
});
