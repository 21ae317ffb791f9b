/**
 * `node src/search/transfer-node.ts --dist <built site>`: the bytes a reader's
 * browser would fetch for a sequence of searches, measured in Node on the
 * real bundle (node-engine.ts) with the site's own runSearch, the first page
 * of results loaded as the page shows it. Chromium's figures (bench.ts) add
 * the JavaScript runtime and headers; on a 10,000-document build Chromium on
 * a loaded machine timed out, this does not. Index, fragment and filter files
 * are gzip already, so these are the bytes a host sends.
 */
import { parseArgs } from 'node:util';
import { pagefindInNode } from './node-engine.ts';
import { runSearch } from './run.ts';
import { readState } from './state.ts';
import { PAGE_SIZE } from './render.ts';
import { SEARCH_BENCH_QUERIES } from './bench-queries.ts';

export interface QueryTransfer {
	query: string;
	bytes: number;
	results: number;
}

/** Each query in turn, as typed into the page one after the other. */
export async function measureTransfer(dist: string, queries: readonly string[]): Promise<{ opening: number; queries: QueryTransfer[] }> {
	const { engine, bytesRead } = await pagefindInNode(dist);
	const opening = bytesRead();
	const measured: QueryTransfer[] = [];
	for (const query of queries) {
		const before = bytesRead();
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
		await Promise.all(results.slice(0, PAGE_SIZE).map((one) => one.data ?? one.result.data()));
		measured.push({ query, bytes: bytesRead() - before, results: results.length });
	}
	return { opening, queries: measured };
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } } });
	const report = await measureTransfer(values.dist, SEARCH_BENCH_QUERIES);
	if (values.json) console.log(JSON.stringify(report, null, 2));
	else {
		const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
		console.log(`loading the engine (entry, metadata, wasm, facets): ${kib(report.opening)}`);
		for (const one of report.queries) console.log(`${one.query}: ${kib(one.bytes)} (${one.results} results)`);
	}
}
