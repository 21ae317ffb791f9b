import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { testOrigin } from '../helpers/paths.ts';

const TEST_ORIGIN = testOrigin();

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe('a citizen on a phone', () => {
	it('goes from the home page to a campaign, its document and the issuing agency', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${TEST_ORIGIN}/`);
		await page.getByRole('link', { name: 'Phong trào thi đua thực hiện nhiệm vụ công tác cải cách hành chính thị trấn Cổ Lễ năm 2024' }).first().click();
		await page.waitForURL('**/phong-trao/co-le-cchc-2024/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Phong trào thi đua thực hiện nhiệm vụ công tác cải cách hành chính thị trấn Cổ Lễ năm 2024');
		expect(page.url()).toBe(`${TEST_ORIGIN}/phong-trao/co-le-cchc-2024/`);

		await page.locator('.timeline').getByRole('link').first().click();
		await page.waitForURL('**/van-ban/**');
		expect(page.url()).toBe(`${TEST_ORIGIN}/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('thị trấn Cổ Lễ năm 2024');

		await page.locator('[data-field="agency"]').getByRole('link', { name: 'UBND thị trấn Cổ Lễ' }).click();
		await page.waitForURL('**/co-quan/**');
		expect(page.url()).toBe(`${TEST_ORIGIN}/co-quan/ubnd-thi-tran-co-le/`);
		expect(await page.getByRole('link', { name: 'UBND tỉnh Ninh Bình' }).count()).toBeGreaterThan(0);
		await page.close();
	});

	it('reads a whole document with JavaScript turned off', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${TEST_ORIGIN}/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/`);
		expect(await page.locator('table[data-honourees="tap-the"] tbody tr').count()).toBe(10);
		expect(await page.locator('[data-field="number"]').textContent()).toBe('Số: 563/QĐ-UBND');
		await context.close();
	});

	it('reaches the main content with the skip link and sees where focus is', async () => {
		const page = await browser.newPage();
		await page.goto(`${TEST_ORIGIN}/van-ban/`);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		const outline = await skip.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(outline).toBe('rgb(255, 221, 0)');
		await page.keyboard.press('Enter');
		expect(page.url()).toContain('#noi-dung');
		await page.close();
	});

	it('serves the 404 page for a mistyped address', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${TEST_ORIGIN}/van-ban/khong-co/`);
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không tìm thấy trang');
		await page.close();
	});
});
