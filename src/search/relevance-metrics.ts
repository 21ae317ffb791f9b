/**
 * Relevance measures for judged queries (issue 14): mean reciprocal rank
 * and precision at 5. Pure, so the benchmark and the tests compute them
 * the same way.
 */

export interface Judgment {
	/** What kind of search this is, to report by kind. */
	kind: string;
	query: string;
	/** Page URLs a librarian would hand over for this query. */
	relevant: string[];
	/** Why these pages, in a few words. */
	why: string;
}

export interface QueryScore {
	query: string;
	kind: string;
	/** 1 / rank of the first relevant result; 0 when none is returned. */
	reciprocalRank: number;
	/** Relevant results among the first five, over the most there could be (five, or fewer relevant pages). */
	precisionAt5: number;
	/** The first results, for the report. */
	top: string[];
}

export function scoreQuery(judgment: Judgment, results: string[]): QueryScore {
	const relevant = new Set(judgment.relevant);
	const first = results.findIndex((url) => relevant.has(url));
	const inTop5 = results.slice(0, 5).filter((url) => relevant.has(url)).length;
	return {
		query: judgment.query,
		kind: judgment.kind,
		reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
		precisionAt5: inTop5 / Math.min(5, relevant.size),
		top: results.slice(0, 5),
	};
}

export interface Summary {
	queries: number;
	mrr: number;
	precisionAt5: number;
}

export function summarise(scores: QueryScore[]): Summary {
	const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
	return {
		queries: scores.length,
		mrr: mean(scores.map((s) => s.reciprocalRank)),
		precisionAt5: mean(scores.map((s) => s.precisionAt5)),
	};
}
