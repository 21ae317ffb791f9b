import zlib from 'node:zlib';
import { launchBrowser } from './browser.ts';

export interface Weight {
	html: number;
	css: number;
	fonts: number;
	js: number;
	other: number;
	total: number;
}

/** Bytes a phone downloads for one page, gzip-compressed as any static host serves them. */
export async function pageWeight(url: string): Promise<Weight> {
	const browser = await launchBrowser();
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const weight: Weight = { html: 0, css: 0, fonts: 0, js: 0, other: 0, total: 0 };
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		pending.push(
			response.body().then((body) => {
				const bytes = zlib.gzipSync(body).length;
				const type = response.request().resourceType();
				const bucket = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'font' ? 'fonts' : type === 'script' ? 'js' : 'other';
				// Fonts are already compressed: count them as sent.
				weight[bucket] += bucket === 'fonts' || bucket === 'other' ? body.length : bytes;
			}, () => undefined),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	await browser.close();
	weight.total = weight.html + weight.css + weight.fonts + weight.js + weight.other;
	return weight;
}

/** Bytes fetched from /pagefind/ to answer one query typed on the search page. */
export async function queryTransfer(searchUrl: string): Promise<number> {
	const browser = await launchBrowser();
	const page = await browser.newPage();
	let bytes = 0;
	page.on('response', async (response) => {
		if (!response.url().includes('/pagefind/')) return;
		const length = Number(response.headers()['content-length'] ?? 0);
		bytes += length || (await response.body().then((b) => b.length, () => 0));
	});
	await page.goto(searchUrl, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	await browser.close();
	return bytes;
}
