import { pagefindInNode } from './node-engine.ts';
import { scoreQuery, summarise, type Judgment, type QueryScore, type Summary } from './relevance-metrics.ts';
import { runSearch } from './run.ts';
import { readState } from './state.ts';

/** Results read per query: the rank of a first relevant result further down hardly moves the mean. */
const DEPTH = 20;

export interface RelevanceReport extends Summary {
	scores: QueryScore[];
	/** Bytes of index read by the first query, and the most read by any later one. */
	firstQueryBytes: number;
	largestLaterQueryBytes: number;
}

/**
 * Runs each judged query through the site's own search (runSearch on the
 * real Pagefind bundle of `dist`, in Node) and scores the result URLs.
 */
export async function measureRelevance(dist: string, judgments: readonly Judgment[]): Promise<RelevanceReport> {
	const { engine, bytesRead } = await pagefindInNode(dist);
	const scores: QueryScore[] = [];
	const costs: number[] = [];
	for (const judgment of judgments) {
		const before = bytesRead();
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: judgment.query })));
		const urls = await Promise.all(results.slice(0, DEPTH).map(async (one) => (one.data ?? (await one.result.data())).url));
		costs.push(bytesRead() - before);
		scores.push(scoreQuery(judgment, urls));
	}
	return { ...summarise(scores), scores, firstQueryBytes: costs[0] ?? 0, largestLaterQueryBytes: Math.max(0, ...costs.slice(1)) };
}

/** Searches one query as the page does and gives the result URLs in order, marking approximate ones. */
export async function searchUrls(dist: string, query: string): Promise<{ url: string; approximate: boolean }[]> {
	const { engine } = await pagefindInNode(dist);
	const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
	return Promise.all(results.map(async (one) => ({ url: (one.data ?? (await one.result.data())).url, approximate: one.approximate })));
}
