import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../bench/browser.ts';
import { serveStatic } from '../bench/static-server.ts';
import { throttleAsPhone } from './phone-browser.ts';

/**
 * A first query on the real search page (/tim-kiem/), in Chromium under the
 * phone profile (phone.ts: CDP latency and throughput, 4× CPU), a fresh
 * context each: the page loads as a reader opens it, then the query is
 * submitted and timed until the results are drawn (the frame after the
 * status line changes). Beside the time: every byte fetched for the query
 * (as sent), whether any Pagefind file was fetched at all, page load
 * included, and where the main thread spent the query's time (CDP
 * Profiler samples, self time by script).
 */
export interface SearchPageFigure {
	query: string;
	/** Submit to results drawn. */
	queryMs: number;
	/** Bytes fetched from submit to drawn (encoded, as sent). */
	queryBytes: number;
	/** Bytes the page fetched while loading, before the query. */
	loadBytes: number;
	/** Requests of the query, "bytes url". */
	queryRequests: string[];
	/** Sent to last byte of the query's slowest request (the national answer on that path): the network's and the server's part of `queryMs`. */
	fetchMs: number;
	/** Whether any /pagefind/ file was fetched, page load included. */
	pagefindFetched: boolean;
	/** Main-thread self time during the query by script (file name), "(program)" and "(garbage collector)", ms, largest first. */
	mainThread: [string, number][];
	/** The status line the reader hears. */
	status: string;
	/** Main-thread time of the query by kind of work (CDP Performance metrics, ms): less sensitive to the machine's load than the wall time. */
	work: QueryWork;
}

/** Chromium's own accounting of the main thread between submit and drawn (CDP Performance.getMetrics, differences). */
export interface QueryWork {
	/** Every task on the main thread. */
	taskMs: number;
	/** JavaScript. */
	scriptMs: number;
	/** Layout. */
	layoutMs: number;
	/** Style recalculation. */
	styleMs: number;
}

const WORK_METRICS = { taskMs: 'TaskDuration', scriptMs: 'ScriptDuration', layoutMs: 'LayoutDuration', styleMs: 'RecalcStyleDuration' } as const;

async function readWork(cdp: CDPSession): Promise<QueryWork> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	const ms = (key: keyof QueryWork) => (metrics.find((metric) => metric.name === WORK_METRICS[key])?.value ?? 0) * 1000;
	return { taskMs: ms('taskMs'), scriptMs: ms('scriptMs'), layoutMs: ms('layoutMs'), styleMs: ms('styleMs') };
}

const workBetween = (before: QueryWork, after: QueryWork): QueryWork => ({
	taskMs: after.taskMs - before.taskMs,
	scriptMs: after.scriptMs - before.scriptMs,
	layoutMs: after.layoutMs - before.layoutMs,
	styleMs: after.styleMs - before.styleMs,
});

interface ProfileNode {
	id: number;
	callFrame: { url: string; functionName: string };
	hitCount?: number;
}

/** Self time by script from a CPU profile: each sample's time goes to the node it hit, grouped by the script's file name. */
function selfTimeByScript(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): [string, number][] {
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const totals = new Map<string, number>();
	(profile.samples ?? []).forEach((id, i) => {
		const node = nodes.get(id)!;
		const name = node.callFrame.url ? node.callFrame.url.replace(/^.*\//, '').replace(/\?.*$/, '') : node.callFrame.functionName || '(native)';
		if (name === '(idle)') return;
		totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
	});
	return [...totals].sort((a, b) => b[1] - a[1]).map(([name, ms]) => [name, Math.round(ms * 10) / 10]);
}

/** Submits the query as a reader pressing "Tìm" does, and resolves at the frame after the status line changes; runs inside the page. */
function submitAndWait(query: string): Promise<{ ms: number; status: string }> {
	const status = document.querySelector('[data-search-status]')!;
	const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	return new Promise((resolve) => {
		const started = performance.now();
		new MutationObserver((_, observer) => {
			if (!status.textContent) return;
			observer.disconnect();
			requestAnimationFrame(() => resolve({ ms: performance.now() - started, status: status.textContent ?? '' }));
		}).observe(status, { childList: true, characterData: true, subtree: true });
		input.value = query;
		form.requestSubmit();
	});
}

async function measureOne(page: Page, cdp: CDPSession, pageUrl: string, query: string): Promise<SearchPageFigure> {
	const urls = new Map<string, string>();
	const bytes = new Map<string, number>();
	let querying = false;
	const queryIds = new Set<string>();
	// CDP timestamps, seconds on one monotonic clock.
	const sentAt = new Map<string, number>();
	const finishedAt = new Map<string, number>();
	cdp.on('Network.requestWillBeSent', (event) => {
		urls.set(event.requestId, event.request.url);
		sentAt.set(event.requestId, event.timestamp);
		if (querying) queryIds.add(event.requestId);
	});
	cdp.on('Network.loadingFinished', (event) => {
		bytes.set(event.requestId, event.encodedDataLength);
		finishedAt.set(event.requestId, event.timestamp);
	});
	await throttleAsPhone(cdp);
	await page.goto(pageUrl, { waitUntil: 'load' });
	// The page as a reader finds it before typing: scripts run, the national origin preconnected, nothing in flight.
	await page.waitForLoadState('networkidle');
	const loadBytes = [...bytes.values()].reduce((sum, n) => sum + n, 0);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Performance.enable');
	const workBefore = await readWork(cdp);
	await cdp.send('Profiler.start');
	querying = true;
	const { ms, status } = await page.evaluate(submitAndWait, query);
	const workAfter = await readWork(cdp);
	const { profile } = await cdp.send('Profiler.stop');
	// Requests of the query that were still finishing when the results were drawn (none expected) count too.
	await page.waitForLoadState('networkidle');
	const queryRequests = [...queryIds].map((id) => `${bytes.get(id) ?? 0} ${urls.get(id)}`);
	return {
		query,
		queryMs: ms,
		queryBytes: [...queryIds].reduce((sum, id) => sum + (bytes.get(id) ?? 0), 0),
		loadBytes,
		queryRequests,
		fetchMs: Math.max(0, ...[...queryIds].map((id) => ((finishedAt.get(id) ?? 0) - (sentAt.get(id) ?? 0)) * 1000)),
		pagefindFetched: [...urls.values()].some((url) => url.includes('/pagefind/')),
		mainThread: selfTimeByScript(profile as Parameters<typeof selfTimeByScript>[0]),
		status,
		work: workBetween(workBefore, workAfter),
	};
}

/** The first query of each of `queries` on the search page at `pageUrl`, each in a fresh browser context. */
export async function measureSearchPage(pageUrl: string, queries: string[]): Promise<SearchPageFigure[]> {
	const browser = await launchBrowser();
	try {
		const figures: SearchPageFigure[] = [];
		for (const query of queries) {
			const context = await browser.newContext();
			const page = await context.newPage();
			figures.push(await measureOne(page, await context.newCDPSession(page), pageUrl, query));
			await context.close();
		}
		return figures;
	} finally {
		await browser.close();
	}
}

/** The national endpoint a built site's search page asks (its `data-national`), or undefined when it has none. */
export function endpointOfDist(dist: string): string | undefined {
	const html = fs.readFileSync(path.join(dist, 'tim-kiem', 'index.html'), 'utf8');
	const found = /data-national="([^"]+)"/.exec(html)?.[1];
	return found?.replace(/&amp;/g, '&');
}

/** The search page of a built site, served with gzip as a host serves it (tools/bench/static-server.ts), measured for each query. */
export async function measureBuiltSearchPage(dist: string, queries: string[]): Promise<SearchPageFigure[]> {
	const server = await serveStatic(dist);
	try {
		return await measureSearchPage(`${server.origin}/tim-kiem/`, queries);
	} finally {
		await server.close();
	}
}
