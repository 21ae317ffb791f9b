import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentCitation } from '../../src/share/citation.ts';
import { QUIET_ZONE } from '../../src/share/qr.ts';
import { hashCode, shortCodeOf } from '../../src/schema/short-code.ts';
import { checkContent } from '../../src/validation/index.ts';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../helpers/paths.ts';
import { builtPages, loadPage, textOf } from '../helpers/site.ts';
import { expectedQrModules, readQrModules } from './qr-raster.ts';

const content = checkContent(path.join(ROOT, 'content')).content;
const pages = builtPages();
const absolute = (sitePath: string) => new URL(sitePath, `${SITE.url}/`).href;
const documents = [...content.documents.values()].filter((doc) => pages.includes(`/van-ban/${doc.id}/`));
const THUAN_NAM = 'ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh';
const OLD_ADDRESS = '/van-ban/ubnd-huyen-thuan-nam/2023/ke-hoach-cai-cach-hanh-chinh-2023/';

/** Where a static redirect page sends the reader, and what it declares canonical. */
function redirectOf(sitePath: string) {
	const html = loadPage(sitePath);
	return {
		refresh: /^0;url=(.+)$/.exec(html('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1],
		canonical: html('link[rel="canonical"]').attr('href'),
		link: html('main a').attr('href'),
	};
}

describe('share tools on document pages', () => {
	it.each(documents.map((doc) => [doc.id, doc] as const))('%s: address, short link, share links, QR code and citation', (id, doc) => {
		const page = loadPage(`/van-ban/${id}/`);
		const url = absolute(`/van-ban/${id}/`);
		const short = `/d/${shortCodeOf(doc)}/`;
		expect(page('.share [data-share-link]').attr('href')).toBe(url);
		expect(page('.share [data-short-link]').attr('href')).toBe(short);
		expect(new URL(page('.share [data-share-facebook]').attr('href')!).searchParams.get('u')).toBe(url);
		expect(decodeURIComponent(page('.share [data-share-email]').attr('href')!)).toContain(url);
		expect(page('.share button[data-copy]').length).toBeGreaterThanOrEqual(3);
		page('.share button[data-copy]').each((_, button) => expect(page(button).attr('hidden'), 'copy buttons appear only with JS').toBeDefined());

		const svg = page('.share svg[data-qr]');
		expect(svg.attr('data-qr')).toBe(absolute(short));
		expect(readQrModules(page.html(svg)!, QUIET_ZONE)).toEqual(expectedQrModules(absolute(short)));
		expect(svg.attr('aria-label')).toContain(`/d/${shortCodeOf(doc)}/`);

		const agency = content.agencies.get(doc.data.agency)!.data.name;
		expect(textOf(page, '.share [data-citation]')).toBe(documentCitation(doc.data, agency, url));
	});

	it('give campaign pages the same tools, with a QR code for the campaign address', () => {
		const campaignPages = pages.filter((p) => /^\/phong-trao\/[a-z0-9-]+\/$/.test(p));
		expect(campaignPages.length).toBeGreaterThan(0);
		for (const sitePath of campaignPages) {
			const page = loadPage(sitePath);
			expect(page('.share [data-share-link]').attr('href')).toBe(absolute(sitePath));
			expect(page('.share svg[data-qr]').attr('data-qr')).toBe(absolute(sitePath));
			expect(page('.share [data-citation]')).toHaveLength(0);
		}
	});
});

describe('short links and old addresses', () => {
	it('give every public document a short link page that leads to it', () => {
		for (const doc of documents) {
			const short = `/d/${shortCodeOf(doc)}/`;
			expect(pages, short).toContain(short);
			expect(redirectOf(short)).toEqual({ refresh: `/van-ban/${doc.id}/`, canonical: absolute(`/van-ban/${doc.id}/`), link: `/van-ban/${doc.id}/` });
		}
	});

	it('lead only to documents: every /d/ page is one of their codes', () => {
		const codes = new Set(documents.flatMap((doc) => [shortCodeOf(doc), ...doc.data.aliases.map((alias) => hashCode(alias.slice('/van-ban/'.length, -1)))]));
		const shortPages = pages.filter((p) => p.startsWith('/d/'));
		expect(shortPages.map((p) => p.slice(3, -1)).filter((code) => !codes.has(code))).toEqual([]);
		for (const sitePath of shortPages) expect(pages).toContain(redirectOf(sitePath).refresh);
	});

	it('redirect the old address of the Thuận Nam plan, and keep the short link its old file name had', () => {
		expect(redirectOf(OLD_ADDRESS)).toEqual({ refresh: `/van-ban/${THUAN_NAM}/`, canonical: absolute(`/van-ban/${THUAN_NAM}/`), link: `/van-ban/${THUAN_NAM}/` });
		const oldCode = hashCode('ubnd-huyen-thuan-nam/2023/ke-hoach-cai-cach-hanh-chinh-2023');
		expect(redirectOf(`/d/${oldCode}/`).refresh).toBe(`/van-ban/${THUAN_NAM}/`);
	});

	it('unfurl as the document they lead to: no preview tags of their own, only its canonical address', () => {
		const html = loadPage(OLD_ADDRESS);
		expect(html('meta[property], meta[name]').length).toBe(0);
		expect(html('link[rel="canonical"]').attr('href')).toBe(loadPage(`/van-ban/${THUAN_NAM}/`)('meta[property="og:url"]').attr('content'));
	});
});
