/**
 * `npm run bench:search`: builds the sample site, then measures what search
 * costs a reader: the index on disk, and the bytes the browser fetches for
 * the first query and for each query after it (Chromium's own network
 * accounting, worker requests included). `--dist <dir>` measures an existing
 * build instead; `--json` prints the figures as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page } from 'playwright-core';
import { indexSize, readIndexedPages } from '../../src/search/read-index.ts';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';
import { buildSite } from '../../src/search/build-site.ts';
import { SEARCH_BENCH_QUERIES } from './search-queries.ts';

const QUERIES = SEARCH_BENCH_QUERIES;

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = path.resolve(import.meta.dirname, '..', '..');


/**
 * Bytes fetched from /pagefind/ while `action` runs: body as sent plus
 * headers. Chromium reports no body size for a worker's own script; that one
 * is counted as its gzipped size, which is what the preview server sends.
 */
async function fetched(page: Page, action: () => Promise<void>): Promise<{ bytes: number; requests: number }> {
	const sizes: Promise<number>[] = [];
	const listener = (request: import('playwright-core').Request) => {
		if (new URL(request.url()).pathname.startsWith(`/${INDEX_DIR}/`)) {
			sizes.push(
				request.sizes().then(async (s) => {
					const body = s.responseBodySize || gzipSync((await (await request.response())?.body()) ?? Buffer.alloc(0)).byteLength;
					return body + s.responseHeadersSize;
				}),
			);
		}
	};
	page.on('requestfinished', listener);
	await action();
	await page.waitForLoadState('networkidle');
	page.off('requestfinished', listener);
	const all = await Promise.all(sizes);
	return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length };
}

async function waitForResults(page: Page, previous: string): Promise<void> {
	await page.waitForFunction((old) => {
		const text = document.querySelector('[data-search-status]')?.textContent ?? '';
		return text !== '' && text !== old;
	}, previous);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
	const dist = option('--dist') ? path.resolve(option('--dist')!) : buildSite('bench-search');
	const size = indexSize(dist);
	const runtimeFiles = fs.readdirSync(path.join(dist, INDEX_DIR)).filter((f) => /\.(js)$/.test(f));
	const runtimeGzip = runtimeFiles.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(dist, INDEX_DIR, f))).byteLength, 0);
	const server = await preview({ root, outDir: dist, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
	const origin = `http://127.0.0.1:${server.port}`;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
	});
	try {
		const page = await browser.newPage();
		const empty = await fetched(page, async () => {
			await page.goto(`${origin}/tim-kiem/`);
		});
		const first = await fetched(page, async () => {
			await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(QUERIES[0]!)}`);
			await waitForResults(page, '');
		});
		const next: { query: string; bytes: number; requests: number }[] = [];
		for (const query of QUERIES.slice(1)) {
			const before = (await page.locator('[data-search-status]').textContent()) ?? '';
			const cost = await fetched(page, async () => {
				await page.locator('#search-query').fill(query);
				await page.locator('#search-query').press('Enter');
				await waitForResults(page, before);
			});
			next.push({ query, ...cost });
		}
		const average = next.reduce((sum, q) => sum + q.bytes, 0) / next.length;
		const figures = {
			pages: readIndexedPages(dist).length,
			indexOnDisk: size,
			runtimeGzip,
			emptySearchPage: empty,
			firstQuery: { query: QUERIES[0], ...first },
			laterQueries: next,
			laterQueryAverage: Math.round(average),
			laterQueryMax: Math.max(...next.map((q) => q.bytes)),
		};
		if (args.includes('--json')) {
			console.log(JSON.stringify(figures, null, 2));
			return;
		}
		console.log(`Indexed pages: ${figures.pages}`);
		console.log(`Index on disk: ${kib(size.total)} (runtime ${kib(size.runtime)}, ${kib(runtimeGzip)} of it JS when gzipped; word index ${kib(size.index)}; fragments ${kib(size.fragments)}; filters ${kib(size.filters)})`);
		console.log(`Search page without a query: ${kib(empty.bytes)} from /${INDEX_DIR}/ (${empty.requests} requests)`);
		console.log(`First query "${QUERIES[0]}": ${kib(first.bytes)} (${first.requests} requests, runtime included, as served by astro preview, which compresses JS)`);
		for (const q of next) console.log(`  then "${q.query}": ${kib(q.bytes)} (${q.requests} requests)`);
		console.log(`Later queries: ${kib(average)} on average, ${kib(figures.laterQueryMax)} at most`);
	} finally {
		await browser.close();
		await server.stop();
	}
}

await main();
