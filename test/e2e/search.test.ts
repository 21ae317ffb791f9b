import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, injectAxe } from '../helpers/browser.ts';
import { testOrigin } from '../helpers/paths.ts';

const TEST_ORIGIN = testOrigin();
const HUE = '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
/** Waits until the status line says something other than `before`. */
const statusChange = (page: Page, before = '') =>
	page.waitForFunction((old) => {
		const text = document.querySelector('[data-search-status]')?.textContent ?? '';
		return text !== '' && text !== old;
	}, before);

describe('searching from any page', () => {
	it('takes the header query to the search page and shows the results there', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${TEST_ORIGIN}/phong-trao/`);
		await page.getByRole('search', { name: 'Tìm nhanh' }).getByRole('searchbox').fill('563/QĐ-UBND');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/tim-kiem/?q=*');
		await statusChange(page);
		expect(await page.getByLabel('Từ khóa, số hiệu văn bản hoặc tên người').inputValue()).toBe('563/QĐ-UBND');
		expect((await resultLinks(page))[0]).toBe(HUE);
		await page.close();
	});
});

describe('the search page', () => {
	it('searches while the reader types, keeps the query in the URL and announces the count', async () => {
		const page = await browser.newPage();
		await page.goto(`${TEST_ORIGIN}/tim-kiem/`);
		expect(await status(page).getAttribute('role')).toBe('status');
		expect(await status(page).getAttribute('aria-live')).toBe('polite');
		const box = page.getByLabel('Từ khóa, số hiệu văn bản hoặc tên người');
		// A pause after a space searches for the first word and must not eat the space.
		await box.pressSequentially('nguyen ', { delay: 20 });
		await statusChange(page);
		const firstWord = (await status(page).textContent())!;
		expect(firstWord).toContain('“nguyen”');
		await box.pressSequentially('quang trinh', { delay: 20 });
		// On a loaded machine a pause mid-word searches "nguyen quang tr" first: the line must end up announcing the whole query.
		await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“nguyen quang trinh”'));
		expect(await box.inputValue()).toBe('nguyen quang trinh');
		expect(await status(page).textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “nguyen quang trinh”/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('nguyen quang trinh');
		expect((await resultLinks(page))[0]).toBe('/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/');
		await page.close();
	});

	it('shows type, number, agency and date, and highlights the matched words with their đ restored', async () => {
		const page = await browser.newPage();
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=${encodeURIComponent('563/QD-UBND')}`);
		await statusChange(page);
		const first = page.locator('[data-search-results] > li').first();
		expect(await first.locator('.tag').textContent()).toBe('Quyết định khen thưởng');
		const facts = (await first.locator('.search-result__meta').textContent())!.replace(/\s+/g, ' ');
		expect(facts).toContain('Số: 563/QĐ-UBND');
		expect(facts).toContain('Ngày ban hành: 21/03/2017');
		expect(await first.locator('.search-result__agency').textContent()).toBe('UBND tỉnh Thừa Thiên Huế');
		expect(await first.locator('mark').first().textContent()).toBe('563/QĐ-UBND');

		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=thi+dua+cai+cach+hanh+chinh`);
		await statusChange(page);
		expect(await page.locator('[data-search-results] > li').first().locator('mark').allTextContents()).toContain('thi đua cải cách hành chính');
		expect((await page.locator('[data-search-results]').textContent())!).not.toContain('\u0335');

		// A name after an honorific is searched and highlighted alone (honorifics.ts); the text around it keeps its đ.
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=dong+chi+pham+ngoc+lan`);
		await statusChange(page);
		const first2 = page.locator('[data-search-results] > li').first();
		expect(await first2.locator('mark').allTextContents()).toContain('Phạm Ngọc Lan');
		expect((await page.locator('[data-search-results]').textContent())!).not.toContain('\u0335');
		await page.close();
	});

	it('finds by a symbol alone the documents with it and those citing numbers with it, its own first', async () => {
		const page = await browser.newPage();
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=KH-UBND`);
		await statusChange(page);
		const urls = await resultLinks(page);
		expect(urls[0]).toBe('/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/');
		// Cổ Lễ cites 25/KH-UBND and 125/KH-UBND; Bắc Trà My cites 18/KH-UBND in its text.
		expect(urls).toContain('/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/');
		expect(urls).toContain('/van-ban/ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh/');
		await page.close();
	});

	it('says so when nothing matches', async () => {
		const page = await browser.newPage();
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=xyzzyqwv`);
		await statusChange(page);
		expect(await status(page).textContent()).toContain('Không tìm thấy kết quả nào cho “xyzzyqwv”');
		expect(await page.locator('[data-search-results] > li').count()).toBe(0);
		// A number that is not on the site is not "found" through stray parts of it.
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=${encodeURIComponent('999/KH-UBND')}`);
		await statusChange(page);
		expect(await status(page).textContent()).toContain('Không tìm thấy kết quả nào cho “999/KH-UBND”');
		expect(await page.locator('[data-search-results] > li').count()).toBe(0);
		await page.close();
	});

	it('filters with the keyboard alone, counts each value and writes the filter into the URL', async () => {
		const page = await browser.newPage();
		const facetFiles: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) facetFiles.push(request.url());
		});
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=thi+dua`);
		await statusChange(page);
		const before = (await status(page).textContent())!;
		// The panel starts closed: only the type facet is fetched (the ranking reads which results are campaign
		// and agency pages from it); the other facet files come when the panel opens.
		expect(facetFiles).toHaveLength(1);
		await page.locator('summary', { hasText: 'Lọc kết quả' }).focus();
		await page.keyboard.press('Enter');
		const plans = page.getByRole('checkbox', { name: /^Kế hoạch \(\d+\)$/ });
		await plans.waitFor({ state: 'visible' });
		expect(facetFiles.length).toBeGreaterThan(1);
		const label = (await page.locator('label[for="loc-loai-ke-hoach"]').textContent())!;
		const count = Number(/\((\d+)\)/.exec(label)![1]);
		expect(count).toBeGreaterThan(0);
		await plans.focus();
		await page.keyboard.press('Space');
		await statusChange(page, before);
		expect(new URL(page.url()).searchParams.getAll('loai')).toEqual(['ke-hoach']);
		const urls = await resultLinks(page);
		expect(urls.length).toBe(count);
		for (const tag of await page.locator('[data-search-results] .tag').allTextContents()) expect(tag).toBe('Kế hoạch');
		expect(await status(page).textContent()).toContain('theo bộ lọc đã chọn');
		// Ticking one type keeps the other types on offer, counted as if chosen instead.
		expect(await page.locator('label[for="loc-loai-thong-bao-ket-luan"]').isVisible()).toBe(true);

		const filtered = (await status(page).textContent())!;
		await page.goBack();
		await statusChange(page, filtered);
		expect(new URL(page.url()).searchParams.getAll('loai')).toEqual([]);
		expect(await plans.isChecked()).toBe(false);
		await page.close();
	});

	it('opens a shared link with its filters ticked, and sorts by date', async () => {
		const page = await browser.newPage();
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?loai=ke-hoach&loai=thong-bao-ket-luan&sap-xep=cu-nhat`);
		await statusChange(page);
		expect(await page.locator('#loc-loai-ke-hoach').isChecked()).toBe(true);
		expect(await page.locator('#loc-loai-thong-bao-ket-luan').isChecked()).toBe(true);
		expect(await page.locator('#search-sort').inputValue()).toBe('cu-nhat');
		expect(await resultLinks(page)).toEqual([
			'/van-ban/ubnd-thanh-pho-ho-chi-minh/2022/kh-2242-phat-dong-thi-dua-chinh-quyen-so-chuyen-doi-so/',
			'/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
			'/van-ban/ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022/',
			'/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
			'/van-ban/ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023/',
		]);
		await page.selectOption('#search-sort', 'moi-nhat');
		await page.waitForURL(/sap-xep=moi-nhat/);
		await page.waitForFunction(() => document.querySelector('[data-search-results] h3 a')?.getAttribute('href')?.includes('mo-duc'));
		expect((await resultLinks(page)).at(-1)).toBe('/van-ban/ubnd-thanh-pho-ho-chi-minh/2022/kh-2242-phat-dong-thi-dua-chinh-quyen-so-chuyen-doi-so/');
		await page.close();
	});

	it('shows ten results, then more on request with focus on the first new one', async () => {
		const page = await browser.newPage();
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=thi+dua`);
		await statusChange(page);
		expect(await page.locator('[data-search-results] > li').count()).toBe(10);
		const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
		await more.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
		const focused = await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[10]);
		expect(focused).toBe(true);
		await page.close();
	});

	it('without JavaScript, says search needs it and offers the listings instead', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=thi+dua`);
		const notice = page.locator('.notice', { hasText: 'Tìm kiếm trực tiếp cần JavaScript' });
		expect(await notice.isVisible()).toBe(true);
		for (const name of ['Văn bản theo năm và theo loại', 'Phong trào thi đua', 'Cơ quan ban hành', 'Khen thưởng']) {
			expect(await notice.getByRole('link', { name }).count()).toBe(1);
		}
		expect(await page.locator('[data-search-options]').isVisible()).toBe(false);
		expect(await page.getByLabel('Từ khóa, số hiệu văn bản hoặc tên người').isVisible()).toBe(true);
		await context.close();
	});

	it('passes axe with results, highlights and open filters on screen', async () => {
		for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
			const page = await browser.newPage({ viewport });
			await page.goto(`${TEST_ORIGIN}/tim-kiem/?q=thi+dua&loai=ke-hoach&loai=thong-bao-ket-luan`);
			await statusChange(page);
			expect(await page.locator('[data-search-filters]').getAttribute('open')).not.toBeNull();
			await injectAxe(page);
			const violations = await page.evaluate(async () => {
				// @ts-expect-error axe is injected above
				const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
				return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations).toEqual([]);
			await page.close();
		}
	});
});
