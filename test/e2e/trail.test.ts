/**
 * A citizen on a 360 px phone follows a campaign's paper trail: home page,
 * the campaign with its milestones, each of its documents, and an honouree.
 * Every campaign of the sample content is walked, and every page on the way
 * is held to the phone layout: a compact header, the text starting within
 * the first two screens, the spokesperson card before the share tools on
 * announcements. Expectations come from the sample content files, not from
 * the built pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../src/lib/yaml.ts';
import { isPublic as publishedAt } from '../../src/lib/publication.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { serveWithHeaders } from '../helpers/headers-server.ts';
import { fixtureDist, ROOT, TEST_NOW, testOrigin } from '../helpers/paths.ts';
import { LONG_CAMPAIGN, LONG_NEWS, LONG_PLAN } from '../fixtures/shared-site/long-trail.ts';

const ORIGIN = testOrigin();
/** A 360 × 640 phone: "the first two screens" end at 1,280 px, as in the layout test. */
const PHONE = { width: 360, height: 640 };
const TWO_SCREENS = 2 * PHONE.height;
/** The phone header (name, menu button, search form) measures 116 px in Chromium; any extra row would pass 120, the layout test's bound. */
const HEADER_MAX = 120;
const HCMC = 'tp-hcm-chinh-quyen-so-chuyen-doi-so-2022-2025';
const campaignFile = (id: string) => parseYaml<any>(fs.readFileSync(path.join(ROOT, 'content', 'campaigns', `${id}.yaml`), 'utf8'));
const agencyFile = (id: string) => parseYaml<any>(fs.readFileSync(path.join(ROOT, 'content', 'agencies', `${id}.yaml`), 'utf8'));

/** Every document file's id ("agency/year/name") and front matter. */
const DOCUMENTS_DIR = path.join(ROOT, 'content', 'documents');
const documentFiles = fs
	.readdirSync(DOCUMENTS_DIR, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => ({
		id: file.replace(/\.mdx$/, '').split(path.sep).join('/'),
		data: parseYaml<any>(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(DOCUMENTS_DIR, file), 'utf8'))![1]!),
	}));
/** What the test site publishes (built with SITE_NOW = TEST_NOW): no drafts, no embargo still running. */
const isPublic = (data: { draft?: boolean; publishAt?: string }) => publishedAt(data, new Date(`${TEST_NOW}T00:00:00+07:00`));
const campaignIds = fs
	.readdirSync(path.join(ROOT, 'content', 'campaigns'))
	.map((file) => file.replace(/\.yaml$/, ''))
	.filter((id) => campaignFile(id).draft !== true);

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
/** Top of an element in page coordinates, once the web fonts have loaded. */
const topOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

/** The phone layout every page of the walk keeps: a compact header, nothing wider than the screen. */
async function expectPhoneLayout(page: Page, where: string) {
	await page.evaluate(() => document.fonts.ready);
	const headerHeight = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
	expect(headerHeight, `${where}: header height`).toBeLessThanOrEqual(HEADER_MAX);
	expect(await noSidewaysScroll(page), `${where}: sideways scroll`).toBe(true);
}

/**
 * A document page on the phone: type, number, date and agency, then the text
 * within the first two screens; the agency's spokesperson (when its file names
 * one) under the title block of an announcement, before the text and the share
 * tools, and after the share tools on other documents.
 */
async function expectDocumentPositions(page: Page, doc: { id: string; data: Record<string, any> }) {
	const where = `/van-ban/${doc.id}/`;
	await expectPhoneLayout(page, where);
	const textStart = await topOf(page, '.prose > *');
	for (const selector of ['.document__caption .tag', '[data-field="caption-number"]', 'h1', '.document__facts time', '.document__facts a']) {
		expect(await topOf(page, selector), `${where} ${selector}`).toBeLessThan(textStart);
	}
	expect(textStart, `${where}: text start`).toBeLessThan(TWO_SCREENS);
	const hasSpokesperson = (agencyFile(doc.data.agency).spokespersons ?? []).length > 0;
	const cards = page.locator('.spokesperson');
	await expect(cards.count(), `${where}: spokesperson cards`).resolves.toBe(hasSpokesperson ? 1 : 0);
	if (!hasSpokesperson) return;
	const card = await topOf(page, '.spokesperson');
	const share = await topOf(page, '.share');
	if (doc.data.type === 'tin-bai' || doc.data.type === 'thong-bao-ket-luan') {
		expect(card, `${where}: card under the title`).toBeGreaterThan(await topOf(page, 'h1'));
		expect(card, `${where}: card before the text`).toBeLessThan(await topOf(page, '#toan-van'));
		expect(card, `${where}: card before the share tools`).toBeLessThan(share);
		expect(card, `${where}: card within two screens`).toBeLessThan(TWO_SCREENS);
	} else {
		expect(card, `${where}: card after the share tools`).toBeGreaterThan(share);
	}
}

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
		expect(await page.locator('[data-step="phat-dong"] .timeline__milestone').textContent()).toBe(`Phát động: ${campaign.milestones[0].what}`);
		expect(await noSidewaysScroll(page)).toBe(true);

		// Each document of the trail opens, names itself as the trail did, and leads back to the campaign.
		const links = await page.locator('[data-trail] .timeline__title a').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent!.trim() })));
		expect(links.map((l) => l.href)).toEqual([
			`/van-ban/${campaign.milestones[0].document}/`,
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

	it('has, in the sample content, a campaign of two documents or more, an honouree and an announcement with a spokesperson for the walks below to check', () => {
		expect(campaignIds.length).toBeGreaterThanOrEqual(7);
		const campaignDocuments = documentFiles.filter((doc) => doc.data.campaign && isPublic(doc.data));
		const perCampaign = campaignIds.map((id) => campaignDocuments.filter((doc) => doc.data.campaign === id).length);
		expect(Math.max(...perCampaign)).toBeGreaterThanOrEqual(2);
		expect(campaignDocuments.some((doc) => doc.data.honourees?.length)).toBe(true);
		expect(campaignDocuments.some((doc) => ['tin-bai', 'thong-bao-ket-luan'].includes(doc.data.type) && agencyFile(doc.data.agency).spokespersons?.length)).toBe(true);
	});

	it.each(campaignIds)('walks home -> %s -> each of its documents -> an honouree where one exists, holding every page to the phone layout', async (id) => {
		const page = await phonePage();
		await page.goto(`${ORIGIN}/`);
		await expectPhoneLayout(page, '/');
		const campaign = campaignFile(id);
		const documents = documentFiles.filter((doc) => doc.data.campaign === id && isPublic(doc.data));

		// Home -> the menu -> the campaign list -> the campaign.
		await page.locator('.site-header summary').click();
		await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Phong trào' }).click();
		await page.waitForURL('**/phong-trao/');
		await page.getByRole('link', { name: campaign.title, exact: true }).click();
		await page.waitForURL(`**/phong-trao/${id}/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(campaign.title);
		await expectPhoneLayout(page, `/phong-trao/${id}/`);

		// Every milestone of the file is a step of the trail, with its own words.
		for (const milestone of campaign.milestones ?? []) {
			const step = page.locator(`[data-trail] > li[data-step="${milestone.kind}"]`, { hasText: milestone.what });
			await expect(step.count(), `${id} ${milestone.kind}`).resolves.toBe(1);
			expect(await step.getAttribute('data-state'), `${id} ${milestone.kind}`).toBe(milestone.document ? 'co-van-ban' : 'chua-co-van-ban');
		}
		// The trail links exactly the campaign's public documents.
		const hrefs = await page.locator('[data-trail] .timeline__title a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
		expect([...hrefs].sort(), id).toEqual(documents.map((doc) => `/van-ban/${doc.id}/`).sort());

		for (const doc of documents) {
			// A partial text is tagged "Trích" in the trail and says which part it is on its page; a full one is neither.
			const step = page.locator('[data-trail] > li', { has: page.locator(`.timeline__title a[href="/van-ban/${doc.id}/"]`) });
			await expect(step.locator('.tag--trich').count(), `${doc.id} trail tag`).resolves.toBe(doc.data.excerpt ? 1 : 0);
			await page.locator(`[data-trail] .timeline__title a[href="/van-ban/${doc.id}/"]`).click();
			await page.waitForURL(`**/van-ban/${doc.id}/`);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(doc.data.title);
			expect(await page.locator('[data-trail] [aria-current="step"] .timeline__title strong').textContent()).toBe(doc.data.title);
			await expectDocumentPositions(page, doc);
			expect(await page.locator('#toan-van').textContent(), doc.id).toBe(doc.data.excerpt ? 'Trích nội dung' : 'Toàn văn');
			await expect(page.locator('[data-field="excerpt"]').count(), `${doc.id} excerpt notice`).resolves.toBe(doc.data.excerpt ? 1 : 0);
			if (doc.data.honourees?.length) {
				await expect(page.locator('table[data-honourees] tbody tr').count(), doc.id).resolves.toBe(doc.data.honourees.length);
			}
			await page.locator('#phong-trao ~ p').getByRole('link', { name: campaign.title, exact: true }).click();
			await page.waitForURL(`**/phong-trao/${id}/`);
		}

		// Where the campaign has an award decision: its honour roll -> the first person or collective it names -> their row of the decision.
		const decision = documents.find((doc) => doc.data.honourees?.length);
		if (decision) {
			const honouree = decision.data.honourees[0].name;
			await page.locator('[data-field="campaign-honours"]').click();
			await page.waitForURL(`**/khen-thuong/phong-trao/${id}/`);
			await expectPhoneLayout(page, `/khen-thuong/phong-trao/${id}/`);
			const row = page.locator('tbody tr', { has: page.locator('th', { hasText: honouree }) });
			await expect(row.count(), honouree).resolves.toBe(1);
			await row.getByRole('link').first().click();
			await page.waitForURL(`**/van-ban/${decision.id}/#khen-*`);
			expect(await page.locator('tr:target th').textContent()).toBe(honouree);
			await expectDocumentPositions(page, decision);
		}
		await page.close();
	});
});

describe('a long campaign on a 360 px phone (shared fixture: a plan, ten news items, a final review still due)', () => {
	let server: { origin: string; close: () => Promise<void> };
	beforeAll(async () => {
		server = await serveWithHeaders(fixtureDist());
	});
	afterAll(async () => {
		await server?.close();
	});

	it('a news item shows its place in the campaign, and the left-out steps lead to the whole trail on the campaign page', async () => {
		const page = await phonePage();
		const fifth = LONG_NEWS[4]!;
		await page.goto(`${server.origin}/van-ban/${fifth}/`);
		await expectPhoneLayout(page, fifth);

		// The launch plan, three left out, the 4th, 5th (read) and 6th items, four left out, the final review still due.
		const steps = await page.locator('[data-trail] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step));
		expect(steps).toEqual(['phat-dong', 'gap', 'van-ban', 'van-ban', 'van-ban', 'gap', 'tong-ket']);
		expect(await page.locator('[data-trail] [aria-current="step"] .timeline__title strong').textContent()).toBe('Tin cải cách hành chính xã Tân An tháng 6 năm 2021');
		const links = await page.locator('[data-trail] .timeline__title a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect(links).toEqual([`/van-ban/${LONG_PLAN}/`, `/van-ban/${LONG_NEWS[3]}/`, `/van-ban/${LONG_NEWS[5]}/`]);
		expect(await page.locator('[data-step="gap"]').allTextContents()).toEqual(['3 văn bản khác của phong trào', '4 văn bản khác của phong trào']);
		expect(await axeViolations(page)).toEqual([]);

		// The gap's link opens the campaign page at its trail, where every step is listed.
		await page.locator('[data-step="gap"] a').first().click();
		await page.waitForURL(`**/phong-trao/${LONG_CAMPAIGN}/#dien-bien`);
		const full = await page.locator('[data-trail] .timeline__title a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect(full).toEqual([LONG_PLAN, ...LONG_NEWS].map((id) => `/van-ban/${id}/`));
		await expect(page.locator('[data-step="gap"]').count()).resolves.toBe(0);
		expect(await noSidewaysScroll(page)).toBe(true);
		await page.close();
	});
});
