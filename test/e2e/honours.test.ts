import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, injectAxe } from '../helpers/browser.ts';
import { testOrigin } from '../helpers/paths.ts';
import { loadPage } from '../helpers/site.ts';

const ORIGIN = testOrigin();
const LIST = `${ORIGIN}/khen-thuong/danh-sach/`;
const total = loadPage('/khen-thuong/danh-sach/')('#danh-sach-khen-thuong tbody tr').length;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

const visibleNames = (page: Page) => page.locator('#danh-sach-khen-thuong tbody tr:visible th > b').allTextContents();
const visibleSearchTexts = (page: Page) => page.locator('#danh-sach-khen-thuong tbody tr:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.search ?? ''));
const status = (page: Page) => page.locator('.honour-search [role="status"]');

async function axe(page: Page): Promise<string[]> {
	await injectAxe(page);
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

describe('search-as-you-type on the honour list', () => {
	it.each([
		['hieu', ['Nguyễn Văn Hiếu']],
		['thuy phuong', ['Nhân dân và cán bộ phường Thuỷ Phương, thị xã Hương Thủy']],
		['Thủy Phương', ['Nhân dân và cán bộ phường Thuỷ Phương, thị xã Hương Thủy']],
		['dien', ['Nhân dân và cán bộ xã Phong An, huyện Phong Điền', 'Nhân dân và cán bộ xã Lộc Điền, huyện Phú Lộc']],
	])('"%s" finds %j, ignoring diacritics, and says how many', async (query, expected) => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(LIST);
		// The form shows once its script has run: typing before that would filter nothing on a busy machine.
		await page.locator('.honour-search').waitFor();
		const input = page.getByLabel('Lọc theo tên, chức vụ, đơn vị, hình thức khen thưởng');
		await input.pressSequentially(query, { delay: 20 });
		// Each keystroke filters, writes the status and puts the query in the address in one go: the whole query there means it ran.
		await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 30_000 }).toBe(query);
		const names = (await visibleNames(page)).map((n) => n.replace(/^(Ông|Bà)\s+/, '').trim());
		expect(names).toEqual(expect.arrayContaining(expected));
		const folded = query.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase().split(/\s+/);
		for (const text of await visibleSearchTexts(page)) for (const word of folded) expect(text).toContain(word);
		await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe(`Tìm thấy ${names.length} trên ${total} lượt khen thưởng.`);

		await input.fill('');
		await input.dispatchEvent('input');
		expect(await visibleNames(page)).toHaveLength(total);
		await page.close();
	});

	it('says so when nothing matches, and stays accessible while filtered', async () => {
		const page = await browser.newPage();
		await page.goto(`${LIST}?q=khong+co+ai+ten+nay`);
		await page.locator('.honour-search').waitFor();
		expect(await visibleNames(page)).toHaveLength(0);
		await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe('Không có lượt khen thưởng nào khớp với “khong co ai ten nay”.');
		expect(await axe(page)).toEqual([]);
		await page.close();
	});

	it('sorts by newest decision and back to names', async () => {
		const page = await browser.newPage();
		await page.goto(LIST);
		const firstDecision = () => page.locator('#danh-sach-khen-thuong tbody tr time').first().getAttribute('datetime');
		const years = async () => (await page.locator('#danh-sach-khen-thuong tbody tr time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!.slice(0, 4))));
		await page.getByLabel('Sắp xếp theo').selectOption('moi-nhat');
		const sorted = await years();
		expect(sorted).toEqual([...sorted].sort().reverse());
		expect(await firstDecision()).toBe('2017-03-21');
		await page.getByLabel('Sắp xếp theo').selectOption('ten');
		const names = await visibleNames(page);
		expect(names.findIndex((n) => n.includes('Hiếu'))).toBeLessThan(names.findIndex((n) => n.includes('Trị')));
		await page.close();
	});

	it('shows the full list and no dead controls without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(LIST);
		expect(await visibleNames(page)).toHaveLength(total);
		expect(await page.locator('.honour-search').isVisible()).toBe(false);
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
