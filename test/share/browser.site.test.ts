import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { shortCodeOf } from '../../src/schema/short-code.ts';
import { checkContent } from '../../src/validation/index.ts';
import { SITE } from '../../src/site.config.ts';
import { launchChromium, injectAxe } from '../helpers/browser.ts';
import { ROOT, testOrigin } from '../helpers/paths.ts';
import { builtPages, isRedirectPage } from '../helpers/site.ts';

const ORIGIN = testOrigin();
const THUAN_NAM = '/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/';
const TITLE = 'Phát động phong trào thi đua cải cách hành chính huyện Thuận Nam năm 2023';
const documents = [...checkContent(path.join(ROOT, 'content')).content.documents.values()];
const redirectPages = builtPages().filter(isRedirectPage);

let browser: Browser;
let withClipboard: BrowserContext;
beforeAll(async () => {
	browser = await launchChromium();
	withClipboard = await browser.newContext({ viewport: { width: 390, height: 844 } });
	await withClipboard.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});
afterAll(async () => {
	await browser?.close();
});

describe('following links in Chromium', () => {
	it('the sample has documents to follow', () => {
		expect(documents.length).toBeGreaterThanOrEqual(7);
	});

	// One test per document: each has its own timeout, so a loaded machine slows the run but fails none of it.
	it.each(documents.map((doc) => [doc.id, doc] as const))('the short link of %s opens the document', async (_, doc) => {
		const page = await browser.newPage();
		try {
			await page.goto(`${ORIGIN}/d/${shortCodeOf(doc)}/`);
			await page.waitForURL(`${ORIGIN}/van-ban/${doc.id}/`);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(doc.data.title);
		} finally {
			await page.close();
		}
	});

	it('an old address opens the document at its new address', async () => {
		const page = await browser.newPage();
		await page.goto(`${ORIGIN}/van-ban/ubnd-huyen-thuan-nam/2023/ke-hoach-cai-cach-hanh-chinh-2023/`);
		await page.waitForURL(`${ORIGIN}${THUAN_NAM}`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
		await page.close();
	});
});

describe('redirect pages themselves', () => {
	it('are more than the documents (a short link each, and old addresses)', () => {
		expect(redirectPages.length).toBeGreaterThan(documents.length);
	});

	// One test per page and width: each has its own timeout, so a loaded machine slows the run but fails none of it.
	describe.each([{ width: 360, height: 800 }, { width: 1280, height: 900 }])('at $width px', (viewport) => {
		it.each(redirectPages)('%s passes axe (WCAG 2.2 AA and best practice)', async (sitePath) => {
			const page = await browser.newPage({ viewport });
			try {
				const current = `${ORIGIN}${sitePath}`;
				// Cancelling the refresh (ERR_ABORTED commits nothing) keeps the redirect page itself on screen for axe.
				await page.route('**/*', (route) => (route.request().isNavigationRequest() && route.request().url() !== current ? route.abort('aborted') : route.continue()));
				await page.goto(current);
				await injectAxe(page);
				const violations: string[] = await page.evaluate(async () => {
					// @ts-expect-error axe is injected above
					const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
					return result.violations.map((v: { id: string }) => v.id);
				});
				expect(page.url()).toBe(current);
				expect(violations).toEqual([]);
			} finally {
				await page.close();
			}
		});
	});
});

describe('copying with JavaScript and clipboard permission', () => {
	it('copies the address, the short link, the Zalo text and the citation, and says so', async () => {
		const page = await withClipboard.newPage();
		await page.goto(`${ORIGIN}${THUAN_NAM}`);
		const status = page.getByRole('status');
		const cases = [
			['Sao chép đường dẫn', `${SITE.url}${THUAN_NAM}`],
			['Sao chép liên kết ngắn', await page.locator('[data-short-link]').textContent()],
			['Sao chép để gửi Zalo', `${TITLE}\n${SITE.url}${THUAN_NAM}`],
			['Sao chép trích dẫn', await page.locator('[data-citation]').textContent()],
		] as const;
		for (const [name, expected] of cases) {
			await page.getByRole('button', { name }).click();
			await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Đã sao chép/);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
			await page.evaluate(() => navigator.clipboard.writeText(''));
		}
		await page.close();
	});

	it('copies the permanent address of a section from its heading link, and still jumps there', async () => {
		const page = await withClipboard.newPage();
		await page.goto(`${ORIGIN}${THUAN_NAM}`);
		await page.locator('a.heading-anchor[href="#i-muc-dich-yeu-cau"]').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 30_000 }).toBe(`${SITE.url}${THUAN_NAM}#i-muc-dich-yeu-cau`);
		expect(new URL(page.url()).hash).toBe('#i-muc-dich-yeu-cau');
		await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Đã sao chép/);
		await page.close();
	});
});

describe('without JavaScript', () => {
	it('shows the address as a plain link, hides the copy buttons, and heading links still jump', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${ORIGIN}${THUAN_NAM}`);
		// Polled for up to 30 s: the default second was too short at a load of 15 (two CI runs and a 10,000-document build on two cores).
		await expect.poll(() => page.locator('[data-share-link]').isVisible(), { timeout: 30_000 }).toBe(true);
		expect(await page.locator('[data-share-link]').textContent()).toBe(`${SITE.url}${THUAN_NAM}`);
		expect(await page.locator('.share button:visible').count()).toBe(0);
		await page.locator('a.heading-anchor[href="#i-muc-dich-yeu-cau"]').click();
		expect(new URL(page.url()).hash).toBe('#i-muc-dich-yeu-cau');
		await context.close();
	});
});

describe('printing a document', () => {
	it('prints the QR code, the short link and the citation, but no buttons or share links', async () => {
		const page = await browser.newPage();
		await page.goto(`${ORIGIN}${THUAN_NAM}`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.share svg[data-qr]').isVisible()).toBe(true);
		const box = await page.locator('.share svg[data-qr]').boundingBox();
		expect(box!.width).toBeGreaterThan(100); // 30 mm at 96 dpi is 113 px
		expect(await page.locator('.share figcaption').isVisible()).toBe(true);
		expect(await page.locator('[data-citation]').isVisible()).toBe(true);
		for (const selector of ['[data-share-facebook]', '.share button', '#chia-se-trang']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		await page.close();
	});
});
