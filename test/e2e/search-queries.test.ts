import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { testOrigin } from '../helpers/paths.ts';
import { QUERY_CASES } from '../search/queries.ts';

const TEST_ORIGIN = testOrigin();

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
	await browser?.close();
});

/** Opens the search page the way a shared link would and reads the result links in order. */
async function resultsFor(search: Record<string, string | string[]>): Promise<string[]> {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(search)) for (const v of [value].flat()) params.append(key, v);
	await page.goto(`${TEST_ORIGIN}/tim-kiem/?${params}`);
	await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
	return page.locator('[data-search-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('what citizens type finds the right page in the top three', () => {
	it('has a table of at least 40 searches', () => {
		expect(QUERY_CASES.length).toBeGreaterThanOrEqual(40);
	});

	for (const { what, search, expect: expected } of QUERY_CASES) {
		it(`${what}: ${JSON.stringify(search)}`, async () => {
			const urls = await resultsFor(search);
			expect(urls.slice(0, 3), `results: ${urls.join(', ')}`).toContain(expected);
		});
	}
});
