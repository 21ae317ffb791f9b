import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { testOrigin } from '../helpers/paths.ts';
import { builtPages, pageFile } from '../helpers/site.ts';
import { recordViolations } from '../helpers/csp.ts';

/**
 * Every built page in Chromium with its `<meta>` policy enforced (the
 * preview server sends no policy header): any refused script, style, font,
 * image, fetch or WebAssembly shows up as a violation and fails the page.
 */
const TEST_ORIGIN = testOrigin();
const PAGES = builtPages();

/** Every kind of page the site builds; each must be among the pages visited. */
const PAGE_TYPES: Record<string, RegExp> = {
	home: /^\/$/,
	'plan (ke-hoach)': /^\/van-ban\/[^/]+\/\d{4}\/(kh|ke-hoach)-[^/]+\/$/,
	'award decision': /^\/van-ban\/[^/]+\/\d{4}\/[^/]*qd[^/]*\/$/,
	'conclusion notice': /^\/van-ban\/[^/]+\/\d{4}\/tb-[^/]+\/$/,
	'news item': /^\/van-ban\/[^/]+\/\d{4}\/tin-[^/]+\/$/,
	campaign: /^\/phong-trao\/[^/]+\/$/,
	agency: /^\/co-quan\/[^/]+\/$/,
	'listing by year': /^\/van-ban\/nam\/\d{4}\/$/,
	'listing by type': /^\/van-ban\/loai\/[^/]+\/$/,
	'honour list': /^\/khen-thuong\/danh-sach\/$/,
	'honours facet': /^\/khen-thuong\/[^/]+\/[^/]+\/$/,
	statistics: /^\/thong-ke\/$/,
	'open data': /^\/du-lieu\/$/,
	search: /^\/tim-kiem\/$/,
	'not found': /^\/404\.html$/,
	'short link': /^\/d\/[^/]+\/$/,
};
/** A redirect page (alias or short link) sends the reader on by meta refresh. */
const isRedirect = (sitePath: string) => /http-equiv="refresh"/i.test(fs.readFileSync(pageFile(sitePath), 'utf8'));

let browser: Browser;
let context: BrowserContext;
let violations: string[];
beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext();
	violations = await recordViolations(context);
});
afterAll(async () => {
	await browser?.close();
});

/** Opens a page and waits until it and any redirect have loaded and their violation events are dispatched. */
async function visit(page: Page, sitePath: string) {
	await page.goto(`${TEST_ORIGIN}${sitePath}`);
	if (isRedirect(sitePath)) {
		await page.waitForURL((url) => url.pathname !== sitePath);
		await page.waitForLoadState('load');
	}
	// Violation events are queued as tasks: one more turn of the event loop delivers those still pending.
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('every page with the Content-Security-Policy enforced', () => {
	it('visits every kind of page, a renamed document\'s old address included', () => {
		for (const [type, pattern] of Object.entries(PAGE_TYPES)) {
			expect(PAGES.some((sitePath) => pattern.test(sitePath)), type).toBe(true);
		}
		const aliases = PAGES.filter((sitePath) => sitePath.startsWith('/van-ban/') && isRedirect(sitePath));
		expect(aliases.length).toBeGreaterThan(0);
	});

	it.each(PAGES)('%s loads without a violation', async (sitePath) => {
		const page = await context.newPage();
		const before = violations.length;
		await visit(page, sitePath);
		expect(violations.slice(before)).toEqual([]);
		await page.close();
	});

	it('serves a missing address (404) without a violation', async () => {
		const page = await context.newPage();
		const before = violations.length;
		const response = await page.goto(`${TEST_ORIGIN}/van-ban/khong-co-trang-nay/`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
		expect(violations.slice(before)).toEqual([]);
		await page.close();
	});

	it('runs a live search (Pagefind and its WebAssembly) without a violation', async () => {
		const page = await context.newPage();
		const before = violations.length;
		await page.goto(`${TEST_ORIGIN}/tim-kiem/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Từ khóa, số hiệu văn bản hoặc tên người').fill('khen thưởng');
		await page.locator('[data-search-results] h3 a').first().waitFor();
		expect(await page.locator('[data-search-results] h3 a').count()).toBeGreaterThan(0);
		expect(violations.slice(before)).toEqual([]);
		await page.close();
	});

	it('refuses, and reports, an inline script and an inline style attribute injected into a page', async () => {
		const page = await context.newPage();
		await page.goto(`${TEST_ORIGIN}/`, { waitUntil: 'networkidle' });
		const before = violations.length;
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.injectedRan = true;';
			document.head.append(script);
			document.body.setAttribute('style', 'background: red');
			await new Promise((resolve) => requestAnimationFrame(resolve));
			return { script: 'injectedRan' in window, style: getComputedStyle(document.body).backgroundColor };
		});
		expect(ran.script).toBe(false);
		expect(ran.style).not.toBe('rgb(255, 0, 0)');
		await expect.poll(() => violations.slice(before).join('\n'), { timeout: 60_000 }).toMatch(/script-src-elem refused inline/);
		await expect.poll(() => violations.slice(before).join('\n'), { timeout: 60_000 }).toMatch(/style-src-attr refused inline/);
		await page.close();
	});
});
