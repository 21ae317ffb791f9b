import { describe, expect, it } from 'vitest';
import { builtPages, loadPage, textOf } from '../helpers/site.ts';
import { SITE } from '../../src/site.config.ts';

/** Pages people read, without the redirects of old addresses. */
const readablePages = builtPages().filter((path) => path.endsWith('/') && !loadPage(path)('meta[http-equiv="refresh"]').length);

describe('the site’s identity, from src/site.config.ts', () => {
	it('every page’s footer names who runs the site, how to reach them, the content licence and links to Giới thiệu', () => {
		expect(readablePages.length).toBeGreaterThan(20);
		for (const path of readablePages) {
			const page = loadPage(path);
			const footer = textOf(page, '.site-footer');
			expect(footer, path).toContain(SITE.operator);
			// The sample sets no contact address (src/site.config.ts): the footer offers none rather than an invented one.
			expect(SITE.contactEmail).toBeUndefined();
			expect(page('.site-footer a[href^="mailto:"]'), path).toHaveLength(0);
			expect(footer, path).not.toMatch(/example|Liên hệ:/);
			expect(page('.site-footer a[rel="license"]').attr('href'), path).toBe(SITE.contentLicence.url);
			expect(page('.site-footer a[href="/gioi-thieu/"]').text(), path).toBe('Giới thiệu');
		}
	});

	it('says plainly that no agency is responsible yet, and shows no unset identity line', () => {
		// This repository deploys as a demonstration: no responsible agency, licence, person in charge or emblem is set.
		expect(SITE.deployment).toEqual({ responsibleAgency: undefined, editorInChief: undefined, portalLicence: undefined, emblem: undefined, address: undefined });
		const home = loadPage('/');
		expect(textOf(home, '.site-footer')).toContain('Bản chạy thử, chưa có cơ quan chủ quản.');
		expect(home('.site-header img, .site-header__agency')).toHaveLength(0);
		for (const path of readablePages) {
			const text = textOf(loadPage(path), 'body');
			expect(text, path).not.toMatch(/\bTODO\b|\bundefined\b|\[object Object\]|Chịu trách nhiệm chính:|Giấy phép số|Địa chỉ: \./);
		}
	});

	it('the Giới thiệu page carries the national title, who is responsible, what is published and what is not, and why', () => {
		const about = loadPage('/gioi-thieu/');
		expect(textOf(about, 'h1')).toBe('Giới thiệu');
		expect(about('.about__state strong').map((_, el) => about(el).text()).get()).toEqual([SITE.nationalTitle, SITE.motto]);
		expect(textOf(about, '[data-field="responsible-agency"]')).toContain('Chưa có: đây là bản chạy thử');
		const headings = about('h2').map((_, h) => about(h).text()).get();
		expect(headings).toEqual(['Đơn vị chịu trách nhiệm', 'Trang công bố những gì', 'Công bố thế nào', 'Trang không công bố những gì, và vì sao', 'Báo lỗi, góp ý']);
		const notPublished = textOf(about, '#khong-cong-bo + ul');
		for (const kept of ['địa chỉ nhà', 'căn cước', 'ngày sinh', 'Bản nháp']) expect(notPublished).toContain(kept);
	});

	it('a printed document carries the national title and motto beside the issuing agency, as the paper does', () => {
		const page = loadPage('/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/');
		expect(page('.document__letterhead strong').map((_, el) => page(el).text()).get()).toEqual(['ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ', SITE.nationalTitle, SITE.motto]);
		expect(page('.document__letterhead').attr('data-pagefind-ignore')).toBe('');
	});
});
