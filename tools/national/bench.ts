/**
 * `npm run bench:national`: the national tier at scale. Generates a synthetic
 * corpus (tools/bench/corpus.ts; every province its own site), loads it into
 * a throwaway PostgreSQL cluster, and reports load and index time, peak
 * memory (database + loader, from /proc), database size, per-query response
 * bytes (gzip as sent) and server latency through the real endpoint, a
 * mid-range phone's first query (phone.ts), and relevance on the corpus's
 * own judgments (synthetic-judgments.ts).
 *
 *   npm run bench:national                            100,000 documents (run inside flock /tmp/big-build.lock)
 *   npm run bench:national -- --documents 5000        a smaller corpus
 *   npm run bench:national -- --corpus <dir>          an existing corpus (npm run corpus)
 *   npm run bench:national -- --page-dist <dist>      also the real search page of a site built with
 *                                                     NATIONAL_SEARCH_URL=http://127.0.0.1:<port>/api/tim-kiem (served on that port)
 *   npm run bench:national -- --compare-dist <dist>   and the same page of a site without it (its own Pagefind)
 *   npm run bench:national -- --json
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { generateCorpus } from '../bench/corpus.ts';
import { syntheticJudgments } from '../../src/search/synthetic-judgments.ts';
import { startCluster } from './cluster.ts';
import { pagesFromContent } from './content-source.ts';
import { importPages, refreshCommonWords, type ImportedPage } from './import-pages.ts';
import { samplePeak } from './memory.ts';
import { firstQueryOnPhone, type PhoneEstimate } from './phone.ts';
import { measureInChromium, type BrowserFigure } from './phone-browser.ts';
import { endpointOfDist, measureBuiltSearchPage, type QueryWork, type SearchPageFigure } from './phone-page.ts';
import { measureNationalRelevance } from './relevance.ts';
import { createIndexes, createSchema, onlyRow } from './schema.ts';
import { createNationalServer, SEARCH_PATH } from './server.ts';
import type { Io } from './serve.ts';

/** Each province of the corpus publishes its own site: results link back to it. */
const siteOf = (page: ImportedPage) => `https://${page.page.filters.tinh?.[0] ?? 'trung-uong'}.gia-lap.example.vn`;

function* bySite(pages: Iterable<ImportedPage>): Generator<ImportedPage> {
	for (const one of pages) yield { ...one, page: { ...one.page, site: siteOf(one) } };
}

interface QueryFigure {
	query: string;
	kind: string;
	bytes: number;
	results: number;
	/** Server time of each run, ms. */
	runs: number[];
	parseRenderMs: number;
	phone: PhoneEstimate;
	/** The same first query in throttled Chromium (phone-browser.ts). */
	chromium?: BrowserFigure;
	url: string;
}

function get(url: string): Promise<{ body: Buffer; ms: number }> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ body: Buffer.concat(chunks), ms: performance.now() - started }));
			})
			.on('error', reject);
	});
}

/** What the search page does with an answer: decompress (the browser does it natively), parse, and build the list's markup. */
async function parseAndRender(gzipped: Buffer): Promise<{ ms: number; results: number }> {
	const { gunzipSync } = await import('node:zlib');
	const started = performance.now();
	const data = JSON.parse(gunzipSync(gzipped).toString('utf8')) as { results: { title: string; url: string; excerpt: { text: string; mark: boolean }[] }[] };
	const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const html = data.results.map((r) => `<li><a href="${escape(r.url)}">${escape(r.title)}</a><p>${r.excerpt.map((p) => (p.mark ? `<mark>${escape(p.text)}</mark>` : escape(p.text))).join('')}</p></li>`).join('');
	const ms = performance.now() - started;
	if (!html && data.results.length) throw new Error('Không dựng được danh sách kết quả.');
	return { ms, results: data.results.length };
}

/** Chromium's first query on the answers already recorded, from a server that sends them at once (gzip, as the endpoint does). */
async function measureControl(bodies: Buffer[]): Promise<BrowserFigure[]> {
	const server = http.createServer((request, response) => {
		const body = bodies[Number(new URL(request.url ?? '/', 'http://localhost').searchParams.get('i'))] ?? Buffer.alloc(0);
		response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip', 'access-control-allow-origin': '*', 'content-length': body.length }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	try {
		return await measureInChromium(bodies.map((_, i) => `${origin}/?i=${i}`));
	} finally {
		server.close();
	}
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Median and max of the page figures (phone-page.ts), and what the main thread did in the median query. */
function pageSummary(figures: SearchPageFigure[]) {
	if (!figures.length) return undefined;
	const ms = figures.map((f) => f.queryMs);
	const bytes = figures.map((f) => f.queryBytes);
	const median = [...figures].sort((a, b) => a.queryMs - b.queryMs)[Math.floor((figures.length - 1) / 2)]!;
	const medianWork = (key: keyof QueryWork) => percentile(figures.map((f) => f.work[key]), 50);
	return {
		queries: figures.length,
		queryMs: { median: percentile(ms, 50), max: Math.max(...ms) },
		queryBytes: { median: percentile(bytes, 50), max: Math.max(...bytes) },
		loadBytes: percentile(figures.map((f) => f.loadBytes), 50),
		// Chromium's own accounting of the main thread, median of each kind: steadier than the wall time on a loaded machine.
		work: { taskMs: medianWork('taskMs'), scriptMs: medianWork('scriptMs'), layoutMs: medianWork('layoutMs'), styleMs: medianWork('styleMs') },
		pagefindFetched: figures.filter((f) => f.pagefindFetched).length,
		// Queries the national tier did not answer in time (timeout 1.5 s): the page fetched Pagefind for them.
		answeredByPagefind: figures.filter((f) => f.queryRequests.some((request) => request.includes('/pagefind/'))).length,
		fetchMs: percentile(figures.map((f) => f.fetchMs), 50),
		medianQuery: median,
		figures,
	};
}

function pageLine(figures: SearchPageFigure[]): string {
	const summary = pageSummary(figures)!;
	const top = summary.medianQuery.mainThread.slice(0, 5).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', ');
	return `${summary.queries} first queries (phone profile, connection already open): median ${summary.queryMs.median.toFixed(0)} ms, max ${summary.queryMs.max.toFixed(0)} ms; bytes median ${(summary.queryBytes.median / 1024).toFixed(1)} KiB, max ${(summary.queryBytes.max / 1024).toFixed(1)} KiB (page load ${(summary.loadBytes / 1024).toFixed(0)} KiB); Pagefind fetched in ${summary.pagefindFetched}, answered ${summary.answeredByPagefind}; slowest request of a query, median ${summary.fetchMs.toFixed(0)} ms; main-thread work, medians: tasks ${summary.work.taskMs.toFixed(0)} ms, script ${summary.work.scriptMs.toFixed(0)} ms, layout ${summary.work.layoutMs.toFixed(0)} ms, style ${summary.work.styleMs.toFixed(0)} ms; main thread in the median query ("${summary.medianQuery.query}"): ${top}`;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			documents: { type: 'string', default: '100000' },
			corpus: { type: 'string' },
			runs: { type: 'string', default: '3' },
			json: { type: 'boolean', default: false },
			'page-dist': { type: 'string' },
			'compare-dist': { type: 'string' },
		},
	});
	const pageDist = values['page-dist'];
	const pageEndpoint = pageDist ? endpointOfDist(pageDist) : undefined;
	if (pageDist && !pageEndpoint) {
		io.err(`${pageDist}/tim-kiem/ không hỏi tìm kiếm toàn quốc. Cách sửa: dựng trang với NATIONAL_SEARCH_URL=http://127.0.0.1:8787${SEARCH_PATH} rồi chạy lại.`);
		return 2;
	}
	const documents = Number(values.documents);
	const loadAtStart = os.loadavg();
	let corpus = values.corpus;
	let generateSeconds: number | undefined;
	if (!corpus) {
		corpus = path.join(os.tmpdir(), `tdkt-national-corpus-${documents}`);
		const started = performance.now();
		generateCorpus({ dir: corpus, documents, honourees: documents * 5 });
		generateSeconds = (performance.now() - started) / 1000;
	}
	const cluster = await startCluster({ settings: { shared_buffers: '512MB', maintenance_work_mem: '1GB', work_mem: '32MB', max_wal_size: '4GB' } });
	const sql = postgres(cluster.url, { onnotice: () => {}, max: 4 });
	const memory = samplePeak(() => cluster.pid());
	try {
		await createSchema(sql);
		const timed = async <T>(work: () => Promise<T>) => {
			const started = performance.now();
			const value = await work();
			return { value, seconds: (performance.now() - started) / 1000 };
		};
		const now = new Date('2024-06-01T12:00:00+07:00');
		// A first national load: every site at once into an empty table, so no site's pages are replaced.
		const load = await timed(() => importPages(sql, [], bySite(pagesFromContent(corpus!, '', now))));
		const index = await timed(() => createIndexes(sql));
		const common = await timed(() => refreshCommonWords(sql));
		const loadPeak = memory.peak();
		const { size } = onlyRow(await sql<{ size: string }[]>`SELECT pg_database_size(current_database())::text AS size`);
		const { sites } = onlyRow(await sql<{ sites: number }[]>`SELECT count(DISTINCT site)::int AS sites FROM page`);

		const server = createNationalServer(sql);
		// With --page-dist the server listens where that site's search page asks.
		await new Promise<void>((resolve) => server.listen(pageEndpoint ? Number(new URL(pageEndpoint).port) : 0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const judged = syntheticJudgments(corpus, 20);
		const { province } = onlyRow(await sql<{ province: string }[]>`SELECT substr(f, 6) AS province FROM page, unnest(filters) f WHERE f LIKE 'tinh=%' LIMIT 1`);
		const queries: { query: string; kind: string; params?: Record<string, string> }[] = [
			...judged.map((j) => ({ query: j.query, kind: j.kind })),
			{ query: 'thi dua', kind: 'generic' },
			{ query: 'khen thuong tap the', kind: 'generic' },
			{ query: 'chuyển đổi số', kind: 'generic' },
			{ query: 'cai cach hanh chinh', kind: 'generic' },
			{ query: 'KH-UBND', kind: 'symbol' },
			{ query: '999/KH-UBND', kind: 'number-missing' },
			{ query: 'thi dua', kind: 'filtered', params: { tinh: province, nam: '2024' } },
			{ query: '', kind: 'browse', params: { loai: 'quyet-dinh-khen-thuong' } },
		];
		const figures: QueryFigure[] = [];
		const bodies: Buffer[] = [];
		for (const one of queries) {
			const url = `${origin}${SEARCH_PATH}?${new URLSearchParams({ q: one.query, ...one.params })}`;
			const runs: number[] = [];
			let body: Buffer = Buffer.alloc(0);
			for (let run = 0; run < Number(values.runs); run++) ({ body, ms: runs[run] } = await get(url).then((r) => ({ body: r.body, ms: r.ms })));
			bodies.push(body);
			const rendered = await parseAndRender(body);
			figures.push({ ...one, url, bytes: body.length, results: rendered.results, runs, parseRenderMs: rendered.ms, phone: firstQueryOnPhone(body.length, runs[0]!, rendered.ms) });
		}
		// The same queries once more from a browser; the database's buffers are warm from the runs above, as in service.
		const inBrowser = await measureInChromium(figures.map((f) => f.url));
		figures.forEach((f, i) => (f.chromium = inBrowser[i]));
		// The same answers again from a server that spends no time on them: what Chromium itself costs on this machine, under the same throttling and load.
		const control = await measureControl(bodies);
		// The real search page: the national path, then (if given) a site answering from its own Pagefind index.
		// One query of each kind: a page load under the phone profile takes seconds, and the kinds are what differ.
		const firstOfKind = new Map<string, string>();
		for (const q of queries) if (q.query && !q.params && !firstOfKind.has(q.kind)) firstOfKind.set(q.kind, q.query);
		const pageQueries = [...firstOfKind.values()];
		const searchPage: SearchPageFigure[] = pageDist ? await measureBuiltSearchPage(pageDist, pageQueries) : [];
		const comparePage: SearchPageFigure[] = values['compare-dist'] ? await measureBuiltSearchPage(values['compare-dist'], pageQueries) : [];
		server.close();
		const relevance = await measureNationalRelevance(sql, syntheticJudgments(corpus));
		const peak = memory.peak();
		const all = figures.flatMap((f) => f.runs);
		const firstRuns = figures.map((f) => f.runs[0]!);
		const kinds = [...new Set(figures.map((f) => f.kind))];
		const byKind = Object.fromEntries(
			kinds.map((kind) => {
				const runs = figures.filter((f) => f.kind === kind).flatMap((f) => f.runs);
				return [kind, { requests: runs.length, p50: percentile(runs, 50), p95: percentile(runs, 95), max: Math.max(...runs) }];
			}),
		);
		const report = {
			documents,
			pages: load.value,
			sites,
			generateSeconds,
			loadSeconds: load.seconds,
			indexSeconds: index.seconds,
			commonWordsSeconds: common.seconds,
			commonWords: common.value,
			databaseBytes: Number(size),
			peakAfterLoad: loadPeak,
			peak,
			latencyMs: { p50: percentile(all, 50), p95: percentile(all, 95), firstRunP50: percentile(firstRuns, 50), firstRunP95: percentile(firstRuns, 95), max: Math.max(...all), byKind },
			bytes: { max: Math.max(...figures.map((f) => f.bytes)), median: percentile(figures.map((f) => f.bytes), 50) },
			phoneMs: { max: Math.max(...figures.map((f) => f.phone.totalMs)), median: percentile(figures.map((f) => f.phone.totalMs), 50) },
			chromiumMs: { max: Math.max(...inBrowser.map((f) => f.withConnectMs)), median: percentile(inBrowser.map((f) => f.withConnectMs), 50) },
			chromiumControlMs: { max: Math.max(...control.map((f) => f.withConnectMs)), median: percentile(control.map((f) => f.withConnectMs), 50), measuredMedian: percentile(control.map((f) => f.measuredMs), 50) },
			searchPage: pageSummary(searchPage),
			comparePage: pageSummary(comparePage),
			relevance: { queries: relevance.queries, mrr: relevance.mrr, precisionAt5: relevance.precisionAt5 },
			load: os.loadavg(),
			loadAtStart,
			queries: figures,
		};
		if (values.json) io.out(JSON.stringify(report, null, 2));
		else {
			io.out(`National tier: ${documents} documents → ${report.pages} pages from ${sites} sites (load average ${loadAtStart.map((l) => l.toFixed(2)).join(', ')} at the start, ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} at the end)`);
			if (generateSeconds !== undefined) io.out(`  corpus generated in ${generateSeconds.toFixed(0)} s`);
			io.out(`  load ${report.loadSeconds.toFixed(0)} s, GIN indexes ${report.indexSeconds.toFixed(0)} s, common words ${report.commonWordsSeconds.toFixed(0)} s (${report.commonWords})`);
			io.out(`  database ${mib(report.databaseBytes)}; peak memory ${mib(peak.total)} (PostgreSQL ${mib(peak.database)}, loader ${mib(peak.loader)})`);
			io.out(`  server latency over ${all.length} requests: p50 ${report.latencyMs.p50.toFixed(0)} ms, p95 ${report.latencyMs.p95.toFixed(0)} ms (first runs: p50 ${report.latencyMs.firstRunP50.toFixed(0)}, p95 ${report.latencyMs.firstRunP95.toFixed(0)})`);
			for (const [kind, k] of Object.entries(byKind)) io.out(`    ${kind}: ${k.requests} requests, p50 ${k.p50.toFixed(0)} ms, p95 ${k.p95.toFixed(0)} ms, max ${k.max.toFixed(0)} ms`);
			io.out(`  response (gzip): median ${(report.bytes.median / 1024).toFixed(1)} KiB, max ${(report.bytes.max / 1024).toFixed(1)} KiB`);
			io.out(`  first query on a mid-range phone (slow 4G, 4× CPU): median ${report.phoneMs.median.toFixed(0)} ms, max ${report.phoneMs.max.toFixed(0)} ms`);
			io.out(`  first query in Chromium (CDP: 150 ms, 1.6 Mbit/s, 4× CPU; plus 450 ms of connection setup): median ${report.chromiumMs.median.toFixed(0)} ms, max ${report.chromiumMs.max.toFixed(0)} ms`);
			io.out(`  the same answers in Chromium from a server spending no time (control): median ${report.chromiumControlMs.median.toFixed(0)} ms, max ${report.chromiumControlMs.max.toFixed(0)} ms (Chromium's own part, without the 450 ms added for connection setup: median ${report.chromiumControlMs.measuredMedian.toFixed(0)} ms)`);
			for (const [label, figures] of [['the search page, national tier', searchPage], ['the search page of --compare-dist (own Pagefind index)', comparePage]] as const) {
				if (!figures.length) continue;
				io.out(`  ${label}, ${pageLine(figures)}`);
				for (const f of figures) io.out(`    "${f.query}": ${f.queryMs.toFixed(0)} ms (slowest request ${f.fetchMs.toFixed(0)} ms), ${(f.queryBytes / 1024).toFixed(1)} KiB${f.queryRequests.some((r) => r.includes('/pagefind/')) ? ', answered by Pagefind' : ''}; tasks ${f.work.taskMs.toFixed(0)} ms, script ${f.work.scriptMs.toFixed(0)} ms, layout ${f.work.layoutMs.toFixed(0)} ms, style ${f.work.styleMs.toFixed(0)} ms`);
			}
			io.out(`  relevance: ${relevance.queries} judged queries, MRR ${relevance.mrr.toFixed(3)}, P@5 ${relevance.precisionAt5.toFixed(3)}`);
			for (const f of figures) io.out(`  [${f.kind}] "${f.query}": ${f.results} results, ${(f.bytes / 1024).toFixed(1)} KiB, ${f.runs.map((r) => r.toFixed(0)).join('/')} ms, phone ${f.phone.totalMs.toFixed(0)} ms, Chromium ${f.chromium?.withConnectMs.toFixed(0)} ms`);
		}
		return 0;
	} finally {
		memory.stop();
		await sql.end();
		cluster.stop();
		if (!values.corpus && corpus) fs.rmSync(corpus, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
	process.exitCode = await runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
}
