import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sitemapFiles } from '../../src/feeds/sitemap.ts';

const site = new URL('https://thiduakhenthuong.example.vn/');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('sitemapFiles', () => {
	it('lists each URL once, numbers in order ("kh-2" before "kh-10"), in one part and an index naming it', () => {
		const files = sitemapFiles(
			['https://thiduakhenthuong.example.vn/van-ban/a/2024/kh-10/', 'https://thiduakhenthuong.example.vn/', 'https://thiduakhenthuong.example.vn/van-ban/a/2024/kh-2/', 'https://thiduakhenthuong.example.vn/'],
			site,
		);
		expect([...files.keys()]).toEqual([SITEMAP_INDEX, 'sitemap-0.xml']);
		expect(locs(files.get(SITEMAP_INDEX)!)).toEqual(['https://thiduakhenthuong.example.vn/sitemap-0.xml']);
		expect(locs(files.get('sitemap-0.xml')!)).toEqual([
			'https://thiduakhenthuong.example.vn/',
			'https://thiduakhenthuong.example.vn/van-ban/a/2024/kh-2/',
			'https://thiduakhenthuong.example.vn/van-ban/a/2024/kh-10/',
		]);
		expect(files.get('sitemap-0.xml')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"><url>/);
	});

	it('splits into parts of the given size, each listed in the index under the site path', () => {
		const urls = Array.from({ length: 5 }, (_, i) => `https://example.vn/tinh/van-ban/${i}/`);
		const files = sitemapFiles(urls, new URL('https://example.vn/tinh/'), 2);
		expect([...files.keys()]).toEqual([SITEMAP_INDEX, 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
		expect(locs(files.get(SITEMAP_INDEX)!)).toEqual(['https://example.vn/tinh/sitemap-0.xml', 'https://example.vn/tinh/sitemap-1.xml', 'https://example.vn/tinh/sitemap-2.xml']);
		expect(locs(files.get('sitemap-2.xml')!)).toEqual(['https://example.vn/tinh/van-ban/4/']);
	});

	it('escapes what XML would read as markup, and writes nothing for no URL', () => {
		const files = sitemapFiles(["https://example.vn/tim-kiem/?q=a&b='c'<d>"], new URL('https://example.vn/'));
		expect(files.get('sitemap-0.xml')).toContain('<loc>https://example.vn/tim-kiem/?q=a&amp;b=&apos;c&apos;&lt;d&gt;</loc>');
		expect(sitemapFiles([], site).size).toBe(0);
	});
});
