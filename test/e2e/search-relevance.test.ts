import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { testOrigin } from '../helpers/paths.ts';
import { matchKey } from '../../src/search/fold.ts';

const TEST_ORIGIN = testOrigin();

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens the results page for a query as a shared link would, once the status line has spoken. */
async function searchFor(query: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(`${TEST_ORIGIN}/tim-kiem/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
	if (query && options.javaScriptEnabled !== false) await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
	return page;
}

const moreButton = (page: Page) => page.locator('[data-search-more]');
const marks = (page: Page, list = '[data-search-results]') => page.locator(`${list} mark`).allTextContents();

describe('the "Xem thêm kết quả" button', () => {
	it('is not shown on the empty search page', async () => {
		const page = await searchFor('');
		await page.waitForLoadState('networkidle');
		expect(await moreButton(page).isVisible()).toBe(false);
		await page.context().close();
	});

	it('is not shown after a single result', async () => {
		const page = await searchFor('Nguyễn Văn Hiếu');
		expect(await page.locator('[data-search-results] > li').count()).toBe(1);
		expect(await moreButton(page).isVisible()).toBe(false);
		await page.context().close();
	});

	it('is not shown without JavaScript, where the browse links are', async () => {
		const page = await searchFor('thi dua', { javaScriptEnabled: false });
		expect(await moreButton(page).isVisible()).toBe(false);
		expect(await page.getByRole('link', { name: 'Phong trào thi đua' }).first().isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('the results page', () => {
	it('shows the query in the header search box too', async () => {
		const page = await searchFor('Thuỷ Phương');
		const header = page.getByRole('search', { name: 'Tìm nhanh' }).getByRole('searchbox');
		expect(await header.inputValue()).toBe('Thuỷ Phương');
		await page.context().close();
	});

	it('sets pages with only scattered words under "Kết quả gần đúng"', async () => {
		const page = await searchFor('Mo Duc');
		const approximate = page.locator('[data-search-approximate]');
		expect(await approximate.getByRole('heading', { name: 'Kết quả gần đúng' }).isVisible()).toBe(true);
		const below = await approximate.locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(below).toContain('/van-ban/ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022/');
		const above = await page.locator('[data-search-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(above[0]).toBe('/co-quan/ubnd-huyen-mo-duc/');
		expect(await page.locator('[data-search-status]').textContent()).toMatch(/kết quả gần đúng/);
		await page.context().close();
	});

	it('highlights the phrase only, never the words it folds from', async () => {
		for (const query of ['thi dua', 'doi moi', 'chuyen doi so']) {
			const page = await searchFor(query);
			const marked = await marks(page);
			expect(marked.length, query).toBeGreaterThan(0);
			for (const text of marked) expect(matchKey(text).replace(/[^a-z ]/g, ''), `${query}: ${marked.join(' | ')}`).toBe(query);
			await page.context().close();
		}
	});

	it('cuts campaign excerpts from their text, not from labels', async () => {
		const page = await searchFor('thi dua');
		await moreButton(page).click();
		await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
		const excerpts = await page.locator('[data-search-results] .search-result__excerpt').allTextContents();
		expect(excerpts.length).toBeGreaterThan(10);
		for (const text of excerpts) {
			expect(text).not.toMatch(/Phong trào thi đua Phong trào thi đua|Đang diễn ra|Đã kết thúc|Số, ký hiệu|Người ký/);
		}
		await page.context().close();
	});
});
