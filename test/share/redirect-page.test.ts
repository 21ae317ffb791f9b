import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { renderNginxMap, renderRedirectsFile } from '../../src/share/host-redirects.ts';
import { redirectPagePolicy, renderRedirectPage } from '../../src/share/redirect-page.ts';
import { redirectTable } from '../../src/share/redirect-table.ts';
import { hashCode, shortCodeOf } from '../../src/schema/short-code.ts';

const doc = (id: string, aliases: string[] = [], shortCode?: string) => ({ id, data: { aliases, ...(shortCode ? { shortCode } : {}) } });

describe('the redirect table', () => {
	it('has each document’s short link, the codes of its earlier file names, and its old addresses', () => {
		const moved = doc('ubnd-x/2024/kh-moi', ['/van-ban/ubnd-x/2024/kh-cu/', '/tin-tuc/563/']);
		const table = redirectTable([moved, doc('ubnd-y/2023/qd-1', [], 'abcd234')]);
		expect(table.map(({ from, to, kind }) => [from, to, kind])).toEqual([
			[`/d/${shortCodeOf(moved)}/`, '/van-ban/ubnd-x/2024/kh-moi/', 'short-link'],
			[`/d/${hashCode('ubnd-x/2024/kh-cu')}/`, '/van-ban/ubnd-x/2024/kh-moi/', 'short-link'],
			['/d/abcd234/', '/van-ban/ubnd-y/2023/qd-1/', 'short-link'],
			['/van-ban/ubnd-x/2024/kh-cu/', '/van-ban/ubnd-x/2024/kh-moi/', 'alias'],
			['/tin-tuc/563/', '/van-ban/ubnd-x/2024/kh-moi/', 'alias'],
		]);
	});
});

describe('host redirect files', () => {
	const table = redirectTable([doc('ubnd-x/2024/kh-moi', ['/tin-tuc/563/'], 'abcd234')]);

	it('_redirects keeps an operator’s own rules first and does not repeat a source they already redirect', () => {
		const own = '# Quy tắc riêng\n/tin-tuc/563/ /van-ban/khac/ 302\n/cu/* /moi/:splat 301\n';
		const lines = renderRedirectsFile(table, own).split('\n');
		expect(lines.slice(0, 3)).toEqual(['# Quy tắc riêng', '/tin-tuc/563/ /van-ban/khac/ 302', '/cu/* /moi/:splat 301']);
		expect(lines.filter((line) => !line.startsWith('#') && line !== '').slice(2)).toEqual(['/d/abcd234/ /van-ban/ubnd-x/2024/kh-moi/ 301']);
	});

	it('the nginx map has one "source target;" line per row', () => {
		expect(renderNginxMap(table).split('\n').slice(1)).toEqual(['/d/abcd234/ /van-ban/ubnd-x/2024/kh-moi/;', '/tin-tuc/563/ /van-ban/ubnd-x/2024/kh-moi/;', '']);
	});
});

describe('the redirect page', () => {
	const html = renderRedirectPage(
		{
			target: '/van-ban/a/2024/b/',
			canonical: 'https://x.vn/van-ban/a/2024/b/',
			title: 'Kế hoạch "thi đua" <script>alert(1)</script> & khen thưởng',
			summary: 'Tóm tắt có dấu "ngoặc" và <b>thẻ</b>.',
			image: 'https://x.vn/og/0123456789abcdef.png',
			reason: 'Liên kết ngắn',
		},
		redirectPagePolicy([]),
	);
	const $ = cheerio.load(html);

	it('escapes what comes from content: the text reads back as written and no element is injected', () => {
		expect($('title').text()).toBe('Kế hoạch "thi đua" <script>alert(1)</script> & khen thưởng');
		expect($('meta[property="og:description"]').attr('content')).toBe('Tóm tắt có dấu "ngoặc" và <b>thẻ</b>.');
		expect($('script, b').length).toBe(0);
	});

	it('refreshes at once to the target, links to it, and declares its canonical address for previews', () => {
		expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0;url=/van-ban/a/2024/b/');
		expect($('main a').attr('href')).toBe('/van-ban/a/2024/b/');
		expect($('link[rel="canonical"]').attr('href')).toBe('https://x.vn/van-ban/a/2024/b/');
		expect($('meta[property="og:url"]').attr('content')).toBe('https://x.vn/van-ban/a/2024/b/');
		expect($('meta[property="og:image"]').attr('content')).toBe('https://x.vn/og/0123456789abcdef.png');
		expect($('h1').text()).toBe('Liên kết ngắn');
	});

	it('carries the site policy without frame-ancestors, which a <meta> cannot carry', () => {
		const policy = $('meta[http-equiv="content-security-policy"]').attr('content')!;
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toContain('frame-ancestors');
	});
});
