import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { builtPages, pageFile } from '../helpers/site.ts';
import { testOrigin } from '../helpers/paths.ts';

/** A 360 × 640 phone: "the first two screens" end at 1,280 px. */
const PHONE = { width: 360, height: 640 };
const TWO_SCREENS = 2 * PHONE.height;
const TEST_ORIGIN = testOrigin();

const DOC = {
	hue: '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/',
	bacTraMy: '/van-ban/ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	thuanNam: '/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
};
/** Every published document page of the sample site: /van-ban/<agency>/<year>/<name>/, without the redirects of old addresses. */
const documentPages = builtPages().filter(
	(path) => /^\/van-ban\/[a-z0-9-]+\/\d{4}\/[a-z0-9-]+\/$/.test(path) && !fs.readFileSync(pageFile(path), 'utf8').includes('http-equiv="refresh"'),
);
const pageTypes = ['/', DOC.hue, DOC.bacTraMy, '/van-ban/', '/phong-trao/co-le-cchc-2024/', '/co-quan/ubnd-huyen-bac-tra-my/', '/khen-thuong/', '/tim-kiem/', '/gioi-thieu/'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Top of an element in page coordinates, after the web fonts have loaded. */
const topOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

async function headerShape(page: Page) {
	return page.evaluate(() => {
		const header = document.querySelector('.site-header')!;
		// checkVisibility() also sees the content of a closed <details>, which keeps its layout boxes, as hidden.
		const links = [...header.querySelectorAll<HTMLElement>('nav a')].filter((a) => a.checkVisibility());
		return {
			height: header.getBoundingClientRect().height,
			visibleLinks: links.length,
			navRows: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size,
			pageWidth: document.documentElement.scrollWidth,
		};
	});
}

describe('on a 360 px phone', () => {
	it('every page type has a compact header (name, menu button, search form) and nothing overflows sideways', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		for (const path of pageTypes) {
			await page.goto(TEST_ORIGIN + path);
			await page.evaluate(() => document.fonts.ready);
			const shape = await headerShape(page);
			expect(shape.height, path).toBeLessThanOrEqual(120);
			expect(shape.visibleLinks, path).toBe(0);
			expect(await page.getByRole('search', { name: 'Tìm nhanh' }).getByRole('searchbox').isVisible(), path).toBe(true);
			expect(shape.pageWidth, path).toBeLessThanOrEqual(PHONE.width);
		}
		await page.close();
	});

	it('the menu button opens the menu over the page without JavaScript, moving nothing below it', async () => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(TEST_ORIGIN + DOC.hue);
		const titleBefore = await topOf(page, 'h1');
		await page.locator('.site-header summary').click();
		const shape = await headerShape(page);
		expect(shape.visibleLinks).toBe(5);
		expect(shape.navRows).toBe(5);
		expect(await topOf(page, 'h1')).toBe(titleBefore);
		await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Phong trào' }).click();
		await page.waitForURL('**/phong-trao/');
		await context.close();
	});
});

describe('on a 1280 px screen', () => {
	it('the menu is always open, on one row', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(TEST_ORIGIN + '/van-ban/');
		const shape = await headerShape(page);
		expect(shape.visibleLinks).toBe(5);
		expect(shape.navRows).toBe(1);
		expect(await page.locator('.site-header summary').isVisible()).toBe(false);
		await page.close();
	});
});

describe('on a 360 px phone, pages', () => {
	it('the header is as tall in the fallback font as in Be Vietnam Pro, so the page does not jump when the font arrives', async () => {
		const withFont = await browser.newPage({ viewport: PHONE });
		const fallbackOnly = await browser.newPage({ viewport: PHONE });
		await fallbackOnly.route('**/fonts/*.woff2', (route) => route.abort());
		for (const path of [DOC.hue, '/tim-kiem/']) {
			await withFont.goto(TEST_ORIGIN + path);
			await withFont.evaluate(() => document.fonts.ready);
			await fallbackOnly.goto(TEST_ORIGIN + path);
			expect(await fallbackOnly.evaluate(() => [...document.fonts].some((f) => f.family === 'Be Vietnam Pro' && f.status === 'loaded')), path).toBe(false);
			expect((await headerShape(fallbackOnly)).height, path).toBe((await headerShape(withFont)).height);
		}
		await withFont.close();
		await fallbackOnly.close();
	});

	it('the sample has documents to measure', () => {
		expect(documentPages.length).toBeGreaterThanOrEqual(7);
	});

	// One test per document: each has its own timeout, so a loaded machine slows the run but fails none of it.
	it.each(documentPages)(`%s shows its type, number, date and agency, then its text, within the first two screens (${TWO_SCREENS} px)`, async (path) => {
		const page = await browser.newPage({ viewport: PHONE });
		try {
			await page.goto(TEST_ORIGIN + path);
			await page.evaluate(() => document.fonts.ready);
			const title = await topOf(page, 'h1');
			const textStart = await topOf(page, '.prose > *');
			for (const selector of ['.document__caption .tag', '[data-field="caption-number"]', '.document__facts time', '.document__facts a']) {
				expect(await topOf(page, selector), `${path} ${selector}`).toBeLessThan(textStart);
			}
			expect(title, path).toBeLessThan(textStart);
			expect(textStart, path).toBeLessThan(TWO_SCREENS);
		} finally {
			await page.close();
		}
	});

	it('an announcement puts the spokesperson right under its title block, before the text and the share tools', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		await page.goto(TEST_ORIGIN + DOC.bacTraMy);
		await page.evaluate(() => document.fonts.ready);
		const spokesperson = await topOf(page, '.spokesperson');
		expect(spokesperson).toBeGreaterThan(await topOf(page, 'h1'));
		expect(spokesperson).toBeLessThan(await topOf(page, '#toan-van'));
		expect(spokesperson).toBeLessThan(await topOf(page, '.share'));
		expect(spokesperson).toBeLessThan(TWO_SCREENS);
		await page.close();
	});

	it('share tools come after the text and the honourees', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		await page.goto(TEST_ORIGIN + DOC.hue);
		const share = await topOf(page, '.share');
		expect(share).toBeGreaterThan(await topOf(page, '.prose'));
		expect(share).toBeGreaterThan(await topOf(page, 'table[data-honourees] tbody tr:last-child'));
		await page.close();
	});

	it('long recipient lists and source notes start collapsed and open without JavaScript', async () => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(TEST_ORIGIN + DOC.thuanNam);
		const recipients = page.locator('.document-meta__recipients');
		expect(await recipients.isVisible()).toBe(false);
		await page.getByText(/^Xem \d+ nơi nhận$/).click();
		expect(await recipients.isVisible()).toBe(true);
		await page.goto(TEST_ORIGIN + DOC.hue);
		// The body's own <Note> may say so too; this is the note in the collapsed source details.
		const sourceDetails = page.locator('details', { has: page.getByText('Ghi chú về nguồn') });
		const note = sourceDetails.getByText('không phải toàn văn quyết định', { exact: false });
		expect(await note.isVisible()).toBe(false);
		await page.getByText('Ghi chú về nguồn').click();
		expect(await note.isVisible()).toBe(true);
		await context.close();
	});
});

describe('an honourees table', () => {
	const firstRow = (page: Page) => page.locator('table[data-honourees="tap-the"] tbody tr').first().evaluate((tr) => [tr.querySelector('td')!.textContent!.trim(), tr.querySelector('th')!.textContent!.trim()]);

	it('keeps the decision’s order and lets the reader sort by name, each row keeping its number in the decision', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		await page.goto(TEST_ORIGIN + DOC.hue);
		expect(await firstRow(page)).toEqual(['1', 'Nhân dân và cán bộ phường Phú Hòa, thành phố Huế']);
		const byName = page.getByRole('button', { name: 'Theo tên' });
		await byName.click();
		expect(await byName.getAttribute('aria-pressed')).toBe('true');
		expect(await firstRow(page)).toEqual(['2', 'Nhân dân và cán bộ phường Hương Sơ, thành phố Huế']);
		await page.getByRole('button', { name: 'Theo thứ tự quyết định' }).click();
		expect(await firstRow(page)).toEqual(['1', 'Nhân dân và cán bộ phường Phú Hòa, thành phố Huế']);
		await page.close();
	});

	it('shows no sort buttons without JavaScript, where they could not work', async () => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(TEST_ORIGIN + DOC.hue);
		expect(await page.locator('[data-honourees-sort]').isVisible()).toBe(false);
		expect(await firstRow(page)).toEqual(['1', 'Nhân dân và cán bộ phường Phú Hòa, thành phố Huế']);
		await context.close();
	});
});

describe('printed', () => {
	it('a document prints without the header bar or controls, with its badge as text, the full metadata, the URL and the short link', async () => {
		const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
		await page.goto(TEST_ORIGIN + DOC.thuanNam);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const visible = (el: Element | null) => !!el && (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0;
			const tag = document.querySelector('.document__caption .tag')!;
			const style = getComputedStyle(tag);
			return {
				headerVisible: visible(document.querySelector('.site-header')),
				navVisible: visible(document.querySelector('.site-header nav')),
				searchVisible: visible(document.querySelector('.site-header form')),
				buttonsVisible: [...document.querySelectorAll('main button')].filter(visible).length,
				tagText: tag.textContent?.trim(),
				tagColor: style.color,
				recipientsVisible: visible(document.querySelector('.document-meta__recipients')),
				basisVisible: visible(document.querySelector('.document-meta')),
				footer: [...document.querySelectorAll('.print-only')].filter(visible).map((el) => el.textContent?.replace(/\s+/g, ' ').trim()).join(' | '),
			};
		});
		expect(printed.headerVisible).toBe(false);
		expect(printed.navVisible).toBe(false);
		expect(printed.searchVisible).toBe(false);
		expect(printed.buttonsVisible).toBe(0);
		expect(printed.tagText).toBe('Kế hoạch');
		expect(printed.tagColor).toBe('rgb(0, 0, 0)');
		expect(printed.recipientsVisible).toBe(true);
		expect(printed.basisVisible).toBe(true);
		expect(printed.footer).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(printed.footer).toMatch(/https?:\/\/[^ ]+\/van-ban\/ubnd-huyen-thuan-nam\/2023\/kh-phat-dong-thi-dua-cai-cach-hanh-chinh\//);
		expect(printed.footer).toMatch(/Liên kết ngắn: https?:\/\/[^ ]+\/d\/[2-9a-z]{6}\//);
		await page.close();
	});
});
