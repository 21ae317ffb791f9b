import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'astro';
import postgres, { type Sql } from 'postgres';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as cheerio from 'cheerio';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT, testDist } from '../helpers/paths.ts';
import { copyContent } from '../helpers/content-fixture.ts';
import { parsePolicy, recordViolations } from '../helpers/csp.ts';
import { buildSite } from '../publishing/site-build.ts';
import { freePort } from '../../tools/lib/free-port.ts';
import { startCluster, type Cluster } from '../../tools/national/cluster.ts';
import { runCli as importCli } from '../../tools/national/import-cli.ts';
import { createNationalServer, SEARCH_PATH } from '../../tools/national/server.ts';
import type { NationalAnswer } from '../../src/search/national-client.ts';

/**
 * The search page with the national tier configured, end to end: the
 * sample content built with NATIONAL_SEARCH_URL, its own Pagefind bundle
 * loaded into a PostgreSQL cluster as another agency's site (so national
 * results link to that site, Pagefind's to this one), the national server
 * on the configured port. Chromium types a query and sees the national
 * results with the server's facet counts and without one byte of Pagefind;
 * with the server stopped, the same page falls back to Pagefind. The
 * policy of the built pages allows exactly the endpoint's origin.
 */
const NATIONAL_SITE = 'https://quoc-gia-mau.example.vn';
const QUERY = 'thi dua cai cach hanh chinh';

let cluster: Cluster;
let sql: Sql;
let national: http.Server | undefined;
let site: { stop(): Promise<void> } | undefined;
let browser: Browser;
let content = '';
let out = '';
let siteOrigin = '';
let nationalOrigin = '';
let nationalPort = 0;

async function startNational(): Promise<void> {
	national = createNationalServer(sql);
	await new Promise<void>((resolve) => national!.listen(nationalPort, '127.0.0.1', resolve));
}

async function stopNational(): Promise<void> {
	const server = national!;
	national = undefined;
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
}

beforeAll(async () => {
	const [sitePort, port] = [await freePort(), await freePort()];
	nationalPort = port;
	siteOrigin = `http://127.0.0.1:${sitePort}`;
	nationalOrigin = `http://127.0.0.1:${nationalPort}`;
	content = copyContent();
	out = buildSite(content, { SITE_URL: siteOrigin, NATIONAL_SEARCH_URL: `${nationalOrigin}${SEARCH_PATH}` });
	cluster = await startCluster();
	const lines: string[] = [];
	const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
	expect(await importCli(['--database', cluster.url, '--site', NATIONAL_SITE, '--dist', out], io), lines.join('\n')).toBe(0);
	sql = postgres(cluster.url, { onnotice: () => {} });
	await startNational();
	site = await preview({ root: ROOT, outDir: out, server: { host: '127.0.0.1', port: sitePort }, logLevel: 'error' });
	browser = await launchChromium();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await site?.stop();
	if (national) await stopNational();
	await sql?.end();
	cluster?.stop();
	for (const folder of [content, out]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

interface Visit {
	context: BrowserContext;
	page: Page;
	/** Every URL the page requested. */
	requests: string[];
	/** Policy violations (helpers/csp.ts). */
	violations: string[];
}

async function openSearchPage(): Promise<Visit> {
	const context = await browser.newContext();
	const violations = await recordViolations(context);
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto(`${siteOrigin}/tim-kiem/`);
	return { context, page, requests, violations };
}

/** Types the query as a reader does and waits for the status line to announce it. */
async function typeQuery(page: Page): Promise<void> {
	await page.getByLabel('Từ khóa, số hiệu văn bản hoặc tên người').pressSequentially(QUERY, { delay: 10 });
	await page.waitForFunction((query) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${query}”`), QUERY);
}

const resultLinks = (page: Page) => page.locator('[data-search-results] h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));

/** The facet counts the page shows, as "facet=value" → the number in its "(n)", for every option not hidden. */
const shownCounts = (page: Page) =>
	page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll<HTMLElement>('fieldset[data-facet] [data-facet-option]')]
				.filter((option) => !option.hidden && !option.closest('fieldset')!.hidden)
				.map((option) => [`${option.closest('fieldset')!.dataset.facet}=${option.dataset.facetOption}`, Number(option.querySelector('[data-count]')!.textContent!.replace(/[().]/g, ''))]),
		),
	);

/** Opens the filter panel and waits for the counts it asks for (dem=1) to be shown. */
async function openFilters(page: Page): Promise<void> {
	await page.locator('[data-search-filters] summary').click();
	await page.waitForFunction(() => document.querySelector('fieldset[data-facet]:not([hidden]) [data-facet-option]:not([hidden])'));
}

async function askServer(query: string): Promise<NationalAnswer> {
	const response = await fetch(`${nationalOrigin}${SEARCH_PATH}?${new URLSearchParams({ q: query, dem: '1' })}`);
	expect(response.status).toBe(200);
	return (await response.json()) as NationalAnswer;
}

describe('the search page with the national tier', () => {
	it('builds a policy that allows exactly the endpoint’s origin, and connects to it early', () => {
		const html = cheerio.load(fs.readFileSync(path.join(out, 'tim-kiem', 'index.html'), 'utf8'));
		const policy = parsePolicy(html('meta[http-equiv="content-security-policy"]').attr('content')!);
		expect(policy.get('connect-src')).toEqual(["'self'", nationalOrigin]);
		expect(fs.readFileSync(path.join(out, '_headers'), 'utf8')).toContain(`connect-src 'self' ${nationalOrigin};`);
		expect(html('[data-search]').attr('data-national')).toBe(`${nationalOrigin}${SEARCH_PATH}`);
		expect(html(`link[rel="preconnect"][href="${nationalOrigin}"]`).length).toBe(1);
	});

	it('leaves a site without the setting as it was: no endpoint, no preconnect, connect-src only itself', () => {
		const html = cheerio.load(fs.readFileSync(path.join(testDist(), 'tim-kiem', 'index.html'), 'utf8'));
		expect(html('[data-search]').attr('data-national')).toBeUndefined();
		expect(html('link[rel="preconnect"]').length).toBe(0);
		expect(parsePolicy(html('meta[http-equiv="content-security-policy"]').attr('content')!).get('connect-src')).toEqual(["'self'"]);
	});

	it('shows the national results with their highlights and the server’s facet counts, and loads nothing of Pagefind', async () => {
		const expected = await askServer(QUERY);
		expect(expected.results.length).toBeGreaterThan(0);
		expect(Object.keys(expected.counts ?? {}).length).toBeGreaterThan(0);
		const { context, page, requests, violations } = await openSearchPage();
		await typeQuery(page);
		const links = await resultLinks(page);
		expect(links).toEqual(expected.results.filter((r) => !r.approximate).map((r) => r.url));
		expect(links.every((link) => link.startsWith(`${NATIONAL_SITE}/`))).toBe(true);
		expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
		// Each excerpt exactly as the server cut and marked it (render.ts draws the marks as given, no redraw).
		const excerpts = await page.locator('[data-search-results] .search-result__excerpt').evaluateAll((paragraphs) =>
			paragraphs.map((p) => ({ text: p.textContent, marks: [...p.querySelectorAll('mark')].map((mark) => mark.textContent) })),
		);
		expect(excerpts).toEqual(
			expected.results.filter((r) => !r.approximate && r.excerpt.length).map((r) => ({ text: r.excerpt.map((part) => part.text).join(''), marks: r.excerpt.filter((part) => part.mark).map((part) => part.text) })),
		);
		const full = expected.total;
		expect(await page.locator('[data-search-status]').textContent()).toContain(`Tìm thấy ${full.toLocaleString('vi-VN')} kết quả`);
		// The first answer brought no counts (the panel was closed); opening it asks for them (dem=1).
		expect(requests.filter((url) => url.startsWith(`${nationalOrigin}${SEARCH_PATH}?`) && new URL(url).searchParams.get('dem') === '1')).toEqual([]);
		await openFilters(page);
		expect(requests.some((url) => url.startsWith(`${nationalOrigin}${SEARCH_PATH}?`) && new URL(url).searchParams.get('dem') === '1')).toBe(true);
		// The filter panel's counts are the server's, each facet value the page offers.
		const shown = await shownCounts(page);
		expect(Object.keys(shown).length).toBeGreaterThan(3);
		for (const [entry, n] of Object.entries(shown)) {
			const [key, value] = entry.split('=') as [string, string];
			expect(n, entry).toBe(expected.counts![key]?.[value]);
		}
		const offered = await page.locator('fieldset[data-facet] [data-facet-option]').evaluateAll((options) => options.map((o) => `${o.closest('fieldset')!.getAttribute('data-facet')}=${o.getAttribute('data-facet-option')}`));
		for (const entry of offered) {
			const [key, value] = entry.split('=') as [string, string];
			if (expected.counts![key]?.[value]) expect(shown[entry], entry).toBe(expected.counts![key]![value]);
		}
		expect(requests.filter((url) => url.includes('/pagefind/')), 'Pagefind files fetched on the national path').toEqual([]);
		expect(requests.some((url) => url.startsWith(`${nationalOrigin}${SEARCH_PATH}?`))).toBe(true);
		expect(violations).toEqual([]);
		await context.close();
	});

	it('ticks a facet: the national tier answers the narrowed search with counts for it', async () => {
		const { context, page, violations } = await openSearchPage();
		await typeQuery(page);
		await openFilters(page);
		const before = await shownCounts(page);
		const [entry] = Object.entries(before).filter(([key]) => key.startsWith('loai=')).sort((a, b) => a[1] - b[1]);
		expect(entry, JSON.stringify(before)).toBeDefined();
		const [key, value] = entry![0].split('=') as [string, string];
		await page.locator(`fieldset[data-facet="${key}"] [data-facet-option="${value}"] input`).check();
		await page.waitForFunction((n) => document.querySelector('[data-search-status]')?.textContent?.includes(`Tìm thấy ${n} kết quả`) && document.querySelector('[data-search-status]')?.textContent?.includes('theo bộ lọc'), entry![1].toLocaleString('vi-VN'));
		expect(new URL(page.url()).searchParams.get(key)).toBe(value);
		expect((await resultLinks(page)).every((link) => link.startsWith(`${NATIONAL_SITE}/`))).toBe(true);
		expect(violations).toEqual([]);
		await context.close();
	});

	it('falls back to the site’s own Pagefind search once the national server is down, with no error shown', async () => {
		await stopNational();
		try {
			const { context, page, requests, violations } = await openSearchPage();
			await typeQuery(page);
			const links = await resultLinks(page);
			expect(links.length).toBeGreaterThan(0);
			expect(links.every((link) => link.startsWith(`${siteOrigin}/van-ban/`) || link.startsWith(`${siteOrigin}/phong-trao/`) || link.startsWith(`${siteOrigin}/co-quan/`)), links.join('\n')).toBe(true);
			expect(await page.locator('[data-search-error]').isHidden()).toBe(true);
			expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
			expect(requests.some((url) => url.startsWith(`${nationalOrigin}${SEARCH_PATH}?`)), 'the national tier was asked first').toBe(true);
			expect(violations).toEqual([]);
			await context.close();
		} finally {
			await startNational();
		}
	});
});
