import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { renderNginxMap, renderRedirectsFile } from '../../src/share/host-redirects.ts';
import { renderRedirectPage } from '../../src/share/redirect-page.ts';
import { redirectTable } from '../../src/share/redirect-table.ts';
import { hashCode, shortCodeOf } from '../../src/schema/short-code.ts';

const doc = (id: string, aliases: string[] = [], shortCode?: string) => ({ id, data: { title: `Văn bản ${id}`, aliases, ...(shortCode ? { shortCode } : {}) } });

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
	const page = {
		target: '/van-ban/a/2024/b/',
		canonical: 'https://x.vn/van-ban/a/2024/b/',
		title: 'Kế hoạch "thi đua" <script>alert(1)</script> & khen thưởng',
		reason: 'Liên kết ngắn',
	};
	const html = renderRedirectPage(page);
	const $ = cheerio.load(html);

	it('escapes what comes from content: the text reads back as written and no element is injected', () => {
		expect($('main a').text()).toBe('Kế hoạch "thi đua" <script>alert(1)</script> & khen thưởng');
		expect($('script').length).toBe(0);
	});

	it('refreshes at once to the target, links to it, and declares its canonical address', () => {
		expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0;url=/van-ban/a/2024/b/');
		expect($('main a').attr('href')).toBe('/van-ban/a/2024/b/');
		expect($('link[rel="canonical"]').attr('href')).toBe('https://x.vn/van-ban/a/2024/b/');
		expect([$('title').text(), $('h1').text()]).toEqual(['Liên kết ngắn', 'Liên kết ngắn']);
	});

	it('is only that: no preview tags, policy, stylesheet or script, at most 280 bytes beyond the addresses and title', () => {
		expect($('meta[property], meta[name], link[rel="stylesheet"], script, style, img').length).toBe(0);
		const fromContent = Buffer.byteLength(`${page.target}${page.target}${page.canonical}${$('main a').html()}`);
		expect(Buffer.byteLength(html) - fromContent).toBeLessThanOrEqual(280);
	});
});
