import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, injectAxe } from '../helpers/browser.ts';
import { testOrigin } from '../helpers/paths.ts';
import { loadPage } from '../helpers/site.ts';
import { HONOUR_LIST, rollRows, yearRollPages } from '../helpers/honour-roll.ts';

const ORIGIN = testOrigin();
const LIST = `${ORIGIN}${HONOUR_LIST}`;
const total = rollRows(loadPage, yearRollPages(loadPage)).length;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

async function axe(page: Page): Promise<string[]> {
	await injectAxe(page);
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

describe('the honour list', () => {
	it.each([360, 1280])('passes axe at %ipx, as does a roll by year', async (width) => {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(LIST);
		expect(await axe(page)).toEqual([]);
		await page.goto(`${ORIGIN}${yearRollPages(loadPage)[0]}`);
		expect(await axe(page)).toEqual([]);
		await page.close();
	});

	it('leads to every honour by links alone, and hands a name to the site search, without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(LIST);
		const years = await page.locator('.honour-years a').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname))]);
		let rows = 0;
		for (const year of years) {
			await page.goto(`${ORIGIN}${year}`);
			rows += await page.locator('table.honour-table tbody tr:visible').count();
		}
		expect(rows).toBe(total);
		await page.goto(LIST);
		await page.getByLabel('Tìm theo tên tập thể, cá nhân').fill('Thủy Phương');
		await page.getByRole('button', { name: 'Tìm', exact: true }).last().click();
		await page.waitForURL((url) => url.pathname === '/tim-kiem/');
		expect(new URL(page.url()).searchParams.get('q')).toBe('Thủy Phương');
		await context.close();
	});
});

describe('statistics page', () => {
	it.each([360, 1280])('passes axe at %ipx', async (width) => {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(`${ORIGIN}/thong-ke/`);
		expect(await axe(page)).toEqual([]);
		await page.close();
	});

	it('reads the same without JavaScript: charts named, numbers in visible tables', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${ORIGIN}/thong-ke/`);
		const charts = page.getByRole('img');
		expect(await charts.count()).toBe(5);
		for (const chart of await charts.all()) expect(await chart.isVisible()).toBe(true);
		await expect.poll(() => page.getByRole('img', { name: 'Lượt khen thưởng theo năm' }).count(), { timeout: 30_000 }).toBe(1);
		const table = page.locator('table[data-chart-table="theo-nam"]');
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator('tfoot td').last().textContent()).toBe(String(total));
		await context.close();
	});
});
