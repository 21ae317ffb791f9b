import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { copyContent, SEED } from '../helpers/content-fixture.ts';
import { buildSite } from '../publishing/site-build.ts';
import { freePort } from '../../tools/lib/free-port.ts';

const servers: { stop(): Promise<void> }[] = [];
const folders: string[] = [];
let browser: Browser;
let originA = '';
let originB = '';

beforeAll(async () => {
	// Site B publishes only the Huế decision; site A everything else.
	const contentA = copyContent();
	const contentB = copyContent();
	fs.rmSync(path.join(contentA, SEED.hue));
	for (const file of Object.values(SEED)) if (file !== SEED.hue) fs.rmSync(path.join(contentB, file));
	// Its card to the Bến Tre decision would point at a document site B does not publish: the check refuses that.
	const hueB = path.join(contentB, SEED.hue);
	fs.writeFileSync(hueB, fs.readFileSync(hueB, 'utf8').replace(/^<DocumentCard [^\n]*\/>\n/gm, ''));
	expect(fs.readFileSync(hueB, 'utf8')).not.toContain('<DocumentCard');
	const [portA, portB] = [await freePort(), await freePort()];
	originA = `http://127.0.0.1:${portA}`;
	originB = `http://127.0.0.1:${portB}`;
	const outB = buildSite(contentB, { SITE_URL: originB });
	const federation = JSON.stringify([{ name: 'Trang B', indexUrl: `${originB}/pagefind/`, baseUrl: `${originB}/` }]);
	const outA = buildSite(contentA, { SITE_URL: originA, SEARCH_FEDERATION: federation });
	folders.push(contentA, contentB, outA, outB);
	servers.push(await preview({ root: ROOT, outDir: outB, server: { host: '127.0.0.1', port: portB }, logLevel: 'error' }));
	servers.push(await preview({ root: ROOT, outDir: outA, server: { host: '127.0.0.1', port: portA }, logLevel: 'error' }));
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	for (const server of servers) await server.stop();
	for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('several agencies share one search', () => {
	it('finds on site A a document that only site B publishes, linking to site B', async () => {
		const page = await browser.newPage();
		await page.goto(`${originA}/tim-kiem/?q=${encodeURIComponent('Phú Thượng')}`);
		const link = page.locator('[data-search-results] a').first();
		await link.waitFor();
		expect(await link.getAttribute('href')).toBe(`${originB}/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/`);
		// Its excerpt is cut from the passage of site B's text where the honoured commune stands, fetched from site B by a Range request.
		const marked = page.locator('[data-search-results] > li').first().locator('.search-result__excerpt mark');
		expect(await marked.first().textContent()).toContain('Phú Thượng');
		await page.close();
	});

	it('still finds site A’s own documents, with links on site A', async () => {
		const page = await browser.newPage();
		await page.goto(`${originA}/tim-kiem/?q=${encodeURIComponent('Thuận Nam')}`);
		await page.locator('[data-search-results] a').first().waitFor();
		const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/');
		await page.close();
	});
});
