import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { ROOT, testDist } from '../helpers/paths.ts';
import { builtPages, loadPage } from '../helpers/site.ts';

const pages = builtPages();
const isDocument = (page: string) => /^\/van-ban\/[a-z0-9-]+\/\d{4}\/[a-z0-9-]+\/$/.test(page);

function metaOf(page: string) {
	const html = loadPage(page);
	const prop = (name: string) => html(`meta[property="${name}"]`).attr('content');
	const name = (n: string) => html(`meta[name="${n}"]`).attr('content');
	const refresh = html('meta[http-equiv="refresh"]').attr('content');
	return { html, prop, name, canonical: html('link[rel="canonical"]').attr('href'), refresh: refresh && /^0;url=(.+)$/.exec(refresh)?.[1] };
}

/** Width and height from a PNG's IHDR chunk, or undefined if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
	const bytes = fs.readFileSync(file);
	if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link-preview meta on every built page', () => {
	it('covers every page, redirect pages included', () => {
		expect(pages.length).toBeGreaterThan(40);
		expect(pages.filter((page) => page.startsWith('/d/')).length).toBeGreaterThan(0);
	});

	it.each(pages)('%s has the full set, with og:url equal to the canonical', (page) => {
		const { html, prop, name, canonical, refresh } = metaOf(page);
		expect(html('title').text().trim()).not.toBe('');
		if (refresh) {
			// Redirect pages (short links, old addresses) carry only their canonical address, to stay small
			// (src/share/redirect-page.ts): a preview follows it to the document's own tags and card.
			expect(canonical).toBe(new URL(refresh, `${SITE.url}/`).href);
			expect(html('meta[property], meta[name]').length).toBe(0);
			return;
		}
		if (name('robots')?.includes('noindex')) {
			// The 404 page has no address of its own to declare.
			expect([canonical, prop('og:url')]).toEqual([undefined, undefined]);
		} else {
			expect(canonical).toMatch(new RegExp(`^${SITE.url.replace(/[.]/g, '\\.')}/`));
			expect(prop('og:url')).toBe(canonical);
		}
		for (const field of ['og:title', 'og:description']) expect(prop(field)?.trim(), field).toBeTruthy();
		expect(['website', 'article']).toContain(prop('og:type'));
		expect(prop('og:image')).toMatch(new RegExp(`^${SITE.url.replace(/[.]/g, '\\.')}/og/[0-9a-f]{16}\\.png$`));
		expect([prop('og:image:width'), prop('og:image:height')]).toEqual(['960', '504']);
		expect(name('twitter:card')).toBe('summary_large_image');
		expect(name('description')).toBeTruthy();
		expect(prop('og:image:alt')?.trim()).toBeTruthy();
		expect(prop('og:locale')).toBe('vi_VN');
		expect(prop('og:image:type')).toBe('image/png');
		// X falls back to the og: tags; repeating them as twitter:* cost 0.6 KB a page.
		expect(name('twitter:image')).toBeUndefined();
	});

	it('gives each page its own address as canonical, and redirects their target’s', () => {
		const wrong = pages.flatMap((page) => {
			const { canonical, refresh, name } = metaOf(page);
			if (page.endsWith('.html') && name('robots')?.includes('noindex')) return [];
			const expected = new URL(refresh ?? page, `${SITE.url}/`).href;
			return canonical === expected ? [] : [`${page}: ${canonical} ≠ ${expected}`];
		});
		expect(wrong).toEqual([]);
	});

	it('marks documents as articles with their publication date', () => {
		// An old address has a document's form but is only a redirect.
		const documents = pages.filter((page) => isDocument(page) && !metaOf(page).refresh);
		expect(documents.length).toBeGreaterThanOrEqual(7);
		for (const page of documents) {
			const { prop } = metaOf(page);
			expect(prop('og:type'), page).toBe('article');
			expect(prop('article:published_time'), page).toMatch(/^\d{4}-\d{2}-\d{2}/);
		}
		expect(metaOf('/').prop('og:type')).toBe('website');
	});

	it('points every og:image at a 960×504 PNG in the built site', () => {
		const images = new Set(pages.flatMap((page) => metaOf(page).prop('og:image') ?? []));
		const problems = [...images].flatMap((url) => {
			const file = path.join(testDist(), new URL(url).pathname);
			if (!fs.existsSync(file)) return [`${url}: no file`];
			const size = pngSize(file);
			return size?.width === 960 && size.height === 504 ? [] : [`${url}: ${JSON.stringify(size)}`];
		});
		expect(images.size).toBeGreaterThan(10);
		expect(problems).toEqual([]);
	});

	it('takes the site address from the one setting in src/site.config.ts', () => {
		const host = new URL(SITE.url).host;
		const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const full = path.join(dir, entry.name);
			return entry.isDirectory() ? walk(full) : [full];
		});
		const mentions = [...walk(path.join(ROOT, 'src')), path.join(ROOT, 'astro.config.mjs')]
			.filter((file) => fs.readFileSync(file, 'utf8').includes(`://${host}`))
			.map((file) => path.relative(ROOT, file));
		expect(mentions).toEqual([path.join('src', 'site.config.ts')]);
	});
});
