import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { testDist } from '../helpers/paths.ts';
import { recordViolations } from '../helpers/csp.ts';
import { serveWithHeaders } from '../helpers/headers-server.ts';
import { EDITOR_PATH, EDITOR_POLICY, SECURITY_HEADERS, headerPolicy } from '../../src/security/policy.ts';
import { SITE } from '../../src/site.config.ts';
import { markdownToHtml } from 'satteri';
import { tinyPdf } from '../publishing/site-build.ts';

/**
 * The site served as a static host serves it with the `_headers` file the
 * build writes: the headers arrive as docs/deploy.md says, pages still load
 * without a violation when the header policy is enforced beside the
 * `<meta>` one (the search worker, which no `<meta>` reaches, included), and
 * no other page can frame the site.
 */
/** Polls wait this long at most: the machine running the tests may be busy. */
const POLL = { timeout: 60_000 };
const DOCUMENT = '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/';
const FRAMING_PAGE = '/khung-thu/';
/** An award annex table as the Markdown renderer writes it, with a column aligned each way. */
const ALIGNED_TABLE_PAGE = '/bang-can-le/';
/** An attachment's address: served under the same policy as the pages. */
const ATTACHMENT = '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd-ban-ky.pdf';
const ALIGNED_TABLE = markdownToHtml('| STT | Họ và tên | Số tiền |\n|:-:|:--|--:|\n| 1 | Nguyễn Văn A | 1.500.000 |\n', { features: { gfm: true } }).html;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveWithHeaders>>;
beforeAll(async () => {
	server = await serveWithHeaders(testDist(), {
		[FRAMING_PAGE]: `<!doctype html><html lang="vi"><title>Khung</title><iframe src="${DOCUMENT}" title="Văn bản"></iframe></html>`,
		[ATTACHMENT]: { type: 'application/pdf', body: tinyPdf('Quyet dinh 563') },
		[ALIGNED_TABLE_PAGE]: `<!doctype html><html lang="vi"><title>Bảng</title>${ALIGNED_TABLE}<p id="other" style="color: rgb(255, 0, 0)">Khác</p></html>`,
	});
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the headers of `_headers`', () => {
	it.each(['/', DOCUMENT, '/tim-kiem/', '/pagefind/pagefind-worker.js', '/khong-co-trang-nay/'])('are all sent with %s', async (sitePath) => {
		const response = await fetch(`${server.origin}${sitePath}`);
		expect(response.headers.get('content-security-policy')).toBe(headerPolicy(SITE.federatedSearch));
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
	});

	it('give the editor under /quan-tri/ its own policy instead of, not beside, the site one', async () => {
		const response = await fetch(`${server.origin}${EDITOR_PATH}`);
		expect(response.headers.get('content-security-policy')).toBe(EDITOR_POLICY);
		expect(response.headers.get('strict-transport-security')).toBe(SECURITY_HEADERS['Strict-Transport-Security']);
	});
});

describe('pages served with the header policy enforced', () => {
	it('load, search live and redirect without a violation or a console warning about the headers', async () => {
		const context = await browser.newContext();
		const violations = await recordViolations(context);
		const page = await context.newPage();
		for (const sitePath of ['/', DOCUMENT, '/khen-thuong/danh-sach/', '/thong-ke/', '/du-lieu/', '/van-ban/khong-co-trang-nay/']) {
			await page.goto(`${server.origin}${sitePath}`);
		}
		await page.goto(`${server.origin}/d/c43jm9/`);
		await page.waitForURL(`${server.origin}${DOCUMENT}`);
		// The search runs in Pagefind's worker, whose only policy is this header: it compiles WebAssembly there.
		await page.goto(`${server.origin}/tim-kiem/?q=563%2FQĐ-UBND`);
		await page.locator('[data-search-results] h3 a').first().waitFor();
		expect(await page.locator('[data-search-results] h3 a').first().getAttribute('href')).toBe(DOCUMENT);
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
		expect(violations).toEqual([]);
		await context.close();
	});

	it('keep the alignment of table columns, and refuse any other style attribute', async () => {
		expect(ALIGNED_TABLE).toContain('style="text-align: center"');
		const context = await browser.newContext();
		const violations = await recordViolations(context);
		const page = await context.newPage();
		await page.goto(`${server.origin}${ALIGNED_TABLE_PAGE}`);
		const aligns = await page.locator('tbody td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
		expect(aligns).toEqual(['center', 'left', 'right']);
		expect(await page.locator('#other').evaluate((p) => getComputedStyle(p).color)).not.toBe('rgb(255, 0, 0)');
		// One refused attribute (the red paragraph), none of the three cells.
		const events = () => violations.filter((violation) => violation.startsWith(`${ALIGNED_TABLE_PAGE}:`));
		await expect.poll(() => events().length, POLL).toBeGreaterThan(0);
		expect(events()).toHaveLength(1);
		expect(events()[0]).toMatch(/^\/bang-can-le\/: style-src-attr refused inline /);
		await context.close();
	});

	it('open an attached PDF in Chromium\'s viewer, which object-src \'none\' on the PDF itself does not block', async () => {
		const context = await browser.newContext();
		const violations = await recordViolations(context);
		const page = await context.newPage();
		expect((await fetch(`${server.origin}${ATTACHMENT}`)).headers.get('content-security-policy')).toBe(headerPolicy(SITE.federatedSearch));
		await page.goto(`${server.origin}${ATTACHMENT}`);
		await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-extension://')), POLL).toBe(true);
		expect(violations).toEqual([]);
		await context.close();
	});

	it('cannot be framed, even by a page of the same site (frame-ancestors)', async () => {
		const context = await browser.newContext();
		const violations = await recordViolations(context);
		const page = await context.newPage();
		await page.goto(`${server.origin}${FRAMING_PAGE}`);
		await expect.poll(() => violations.join('\n'), POLL).toMatch(/frame-ancestors/);
		const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
		// Chromium puts its own error page in the refused frame.
		expect(frame?.url()).toMatch(/^chrome-error:/);
		expect(await frame?.getByText('Cờ thi đua của Ủy ban nhân dân tỉnh').count()).toBe(0);
		await context.close();
	});
});
