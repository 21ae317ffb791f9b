/**
 * A citizen on a 360 px phone follows a campaign's paper trail: home page,
 * the campaign with its milestones, each of its documents, and an honouree.
 * Expectations come from the sample content files, not from the built pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../src/lib/yaml.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT, testOrigin } from '../helpers/paths.ts';

const ORIGIN = testOrigin();
const PHONE = { width: 360, height: 800 };
const HCMC = 'tp-hcm-chinh-quyen-so-chuyen-doi-so-2022-2025';
const HUE = 'thua-thien-hue-khoi-xa-phuong-2016';
/** The fields of a campaign file these checks read. */
type CampaignFile = { title: string; milestones: { what: string; document?: string }[] };
const campaignFile = (id: string) => parseYaml<CampaignFile>(fs.readFileSync(path.join(ROOT, 'content', 'campaigns', `${id}.yaml`), 'utf8'));

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

const phonePage = () => browser.newPage({ viewport: PHONE });
/** Nothing may make a small phone scroll sideways. */
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the campaign trail on a 360 px phone', () => {
	it('walks home -> campaign -> each milestone and document, and back to the campaign from each document', async () => {
		const campaign = campaignFile(HCMC);
		const page = await phonePage();
		await page.goto(`${ORIGIN}/`);

		// Home: the ongoing campaign is listed with its next milestone, before any award exists.
		const item = page.locator('#dang-dien-ra ~ .campaign-list .campaign-list__item', { has: page.getByRole('link', { name: campaign.title }) });
		await expect(item.count()).resolves.toBe(1);
		expect((await item.locator('[data-field="next-milestone"]').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Mốc tiếp theo: Tổng kết, dự kiến năm 2025');
		expect(await item.locator('[data-field="period"]').textContent()).toBe('05/07/2022 – 31/12/2025');
		expect(await noSidewaysScroll(page)).toBe(true);

		await item.getByRole('link', { name: campaign.title }).click();
		await page.waitForURL(`**/phong-trao/${HCMC}/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(campaign.title);

		// The milestones the plan sets, in date order, each with its document or "Chưa có văn bản" and the planned date.
		const steps = page.locator('[data-trail] > li');
		const shown = await steps.evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.step, (li as HTMLElement).dataset.state]));
		expect(shown).toEqual([
			['phat-dong', 'co-van-ban'],
			['van-ban', 'co-van-ban'],
			['so-ket', 'chua-co-van-ban'],
			['tong-ket', 'chua-co-van-ban'],
		]);
		const missing = (kind: string) => page.locator(`[data-step="${kind}"] [data-field="milestone-missing"]`).textContent().then((t) => t?.replace(/\s+/g, ' ').trim());
		expect(await missing('so-ket')).toBe('Chưa có văn bản trên trang. Đã qua thời gian dự kiến: năm 2023 (theo tin của Văn phòng UBND Thành phố ngày 08/7/2022).');
		expect(await missing('tong-ket')).toBe('Chưa có văn bản trên trang. Dự kiến: năm 2025 (theo tin của Văn phòng UBND Thành phố ngày 08/7/2022).');
		expect(await page.locator('[data-step="phat-dong"] .timeline__milestone').textContent()).toBe(`Phát động: ${campaign.milestones[0]!.what}`);
		expect(await noSidewaysScroll(page)).toBe(true);

		// Each document of the trail opens, names itself as the trail did, and leads back to the campaign.
		const links = await page.locator('[data-trail] .timeline__title a').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent!.trim() })));
		expect(links.map((l) => l.href)).toEqual([
			`/van-ban/${campaign.milestones[0]!.document}/`,
			'/van-ban/van-phong-ubnd-thanh-pho-ho-chi-minh/2022/tin-ban-hanh-ke-hoach-thi-dua-chinh-quyen-so/',
		]);
		for (const link of links) {
			const response = await page.goto(`${ORIGIN}${link.href}`);
			expect(response?.status(), link.href).toBe(200);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(link.title);
			expect(await page.locator('[data-trail] [aria-current="step"] .timeline__title strong').textContent()).toBe(link.title);
			expect(await noSidewaysScroll(page)).toBe(true);
			await page.locator('#phong-trao ~ p').getByRole('link', { name: campaign.title }).click();
			await page.waitForURL(`**/phong-trao/${HCMC}/`);
		}

		// The plan is only an opening: the page says "Trích" and which part it has.
		await page.goto(`${ORIGIN}${links[0]!.href}`);
		expect((await page.locator('[data-field="excerpt"]').textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^Trích: trang này chỉ có một phần văn bản \(phần mở đầu/);
		await page.close();
	});

	it('walks from a campaign with an award decision to an honouree and the row of the decision that names them', async () => {
		const page = await phonePage();
		await page.goto(`${ORIGIN}/phong-trao/`);
		await page.getByRole('link', { name: campaignFile(HUE).title }).click();
		await page.waitForURL(`**/phong-trao/${HUE}/`);
		expect(await page.locator('[data-trail] [data-step="van-ban"] .tag').first().textContent()).toBe('Quyết định khen thưởng');

		await page.locator('[data-field="campaign-honours"]').click();
		await page.waitForURL(`**/khen-thuong/phong-trao/${HUE}/`);
		const row = page.locator('tbody tr', { hasText: 'Nhân dân và cán bộ phường Phú Hòa, thành phố Huế' });
		await expect(row.count()).resolves.toBe(1);
		await row.getByRole('link').click();
		await page.waitForURL('**/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/#khen-*');
		const target = page.locator('tr:target');
		expect(await target.locator('th').textContent()).toBe('Nhân dân và cán bộ phường Phú Hòa, thành phố Huế');
		expect(await noSidewaysScroll(page)).toBe(true);
		await page.close();
	});
});
