/**
 * `node tools/bench/search-transfer.ts --dist <built site> [--class | --query <q>…] [--each]`: the bytes a reader's
 * browser would fetch for a sequence of searches, measured in Node on the
 * real bundle (node-engine.ts) with the site's own runSearch, the first page
 * of results loaded as the page shows it. Chromium's figures (bench.ts) add
 * headers; on a 10,000-document build Chromium on a loaded machine timed out,
 * this does not. Index, fragment and filter files are gzip already, so these
 * are the bytes a host sends; the two runtime scripts are counted gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';
import { pagefindInNode, type NodeEngine } from '../../src/search/node-engine.ts';
import type { Pagefind } from '../../src/search/pagefind-api.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';
import { PAGE_SIZE } from '../../src/search/render.ts';
import { LATER_QUERY_CLASS, SEARCH_BENCH_QUERIES } from './search-queries.ts';

export interface QueryTransfer {
	query: string;
	bytes: number;
	/** Of which word-index chunks, fragments (one per result read or shown) and their passages (Range requests, passages.ts). */
	indexBytes: number;
	fragmentBytes: number;
	fragments: number;
	passageBytes: number;
	passageRequests: number;
	results: number;
}

/** Bytes a host sends for the two runtime scripts (gzip; Node imports them rather than fetching). */
function runtimeBytes(dist: string): number {
	return ['pagefind.js', 'pagefind-worker.js'].reduce((sum, name) => sum + gzipSync(fs.readFileSync(path.join(dist, INDEX_DIR, name))).byteLength, 0);
}

/** All facet files: the page fetches the type facet with its first ranked search (run.ts reads page kinds from it), the rest when its filter panel opens. */
function facetBytes(dist: string): number {
	const dir = path.join(dist, INDEX_DIR, 'filter');
	return fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

export interface TransferReport {
	/** Runtime scripts, entry, metadata and wasm: what any first search fetches before its own files. */
	opening: number;
	facets: number;
	queries: QueryTransfer[];
}

/** One query's bytes on an engine, by part of the bundle. */
async function measureQuery(engine: Pagefind, { bytesRead, filesRead }: Pick<NodeEngine, 'bytesRead' | 'filesRead'>, query: string): Promise<QueryTransfer> {
	const before = { bytes: bytesRead(), index: bytesRead('index'), fragment: bytesRead('fragment'), fragments: filesRead('fragment'), passage: bytesRead('passage'), passages: filesRead('passage') };
	const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
	await Promise.all(results.slice(0, PAGE_SIZE).map((one) => one.data ?? one.result.data()));
	return {
		query,
		bytes: bytesRead() - before.bytes,
		indexBytes: bytesRead('index') - before.index,
		fragmentBytes: bytesRead('fragment') - before.fragment,
		fragments: filesRead('fragment') - before.fragments,
		passageBytes: bytesRead('passage') - before.passage,
		passageRequests: filesRead('passage') - before.passages,
		results: results.length,
	};
}

/**
 * Each query in turn, as typed into the page one after the other; with
 * `each`, every later query on a page of its own right after the first
 * query (a fresh engine each), so none is helped by the chunks an earlier
 * later query loaded: the class's worst case.
 */
export async function measureTransfer(dist: string, queries: readonly string[], { each = false } = {}): Promise<TransferReport> {
	const first = await pagefindInNode(dist, { facets: false, fresh: each });
	const facets = facetBytes(dist);
	const opening = runtimeBytes(dist) + first.bytesRead();
	const [opener, ...later] = queries;
	const measured: QueryTransfer[] = opener === undefined ? [] : [await measureQuery(first.engine, first, opener)];
	for (const query of later) {
		if (!each) {
			measured.push(await measureQuery(first.engine, first, query));
			continue;
		}
		const page = await pagefindInNode(dist, { facets: false, fresh: true });
		await runSearch(page.engine, readState(new URLSearchParams({ q: opener! })));
		measured.push(await measureQuery(page.engine, page, query));
	}
	return { opening, facets, queries: measured };
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false }, query: { type: 'string', multiple: true }, class: { type: 'boolean', default: false }, each: { type: 'boolean', default: false } },
	});
	// --query (repeated) measures other later queries, --class the later queries of every kind; each after the benchmark's first one
	// (--each: each on a page of its own, right after the first query).
	const later = values.query?.length ? values.query : values.class ? LATER_QUERY_CLASS : SEARCH_BENCH_QUERIES.slice(1);
	const report = await measureTransfer(values.dist, [SEARCH_BENCH_QUERIES[0]!, ...later], { each: values.each });
	if (values.json) console.log(JSON.stringify(report, null, 2));
	else {
		const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
		const [first, ...later] = report.queries;
		console.log(`opening (runtime gzipped, entry, metadata, wasm): ${kib(report.opening)}; facet files in all: ${kib(report.facets)}, fetched as they are needed`);
		console.log(`first query "${first!.query}": ${kib(first!.bytes)} more, ${kib(report.opening + first!.bytes)} in all (${first!.results} results)`);
		for (const one of later) {
			const passages = one.passageRequests ? `, ${one.passageRequests} passage requests ${kib(one.passageBytes)}` : '';
			console.log(`then "${one.query}": ${kib(one.bytes)}: index ${kib(one.indexBytes)}, ${one.fragments} fragments ${kib(one.fragmentBytes)}${passages} (${one.results} results)`);
		}
		console.log(`largest later query: ${kib(Math.max(...later.map((one) => one.bytes)))}`);
	}
}
