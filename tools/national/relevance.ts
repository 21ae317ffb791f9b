import type { Sql } from 'postgres';
import { scoreQuery, summarise, type Judgment, type QueryScore, type Summary } from '../../src/search/relevance-metrics.ts';
import { searchNational } from './search.ts';

/** Results read per query, as the province benchmark reads them (relevance-run.ts). */
const DEPTH = 20;

/**
 * The province relevance benchmark's measure on the national tier: each
 * judged query, the paths of its first results (the judgments name pages by
 * path), scored with the same MRR and precision at 5.
 */
export async function measureNationalRelevance(sql: Sql, judgments: readonly Judgment[]): Promise<Summary & { scores: QueryScore[] }> {
	const scores: QueryScore[] = [];
	for (const judgment of judgments) {
		const paths: string[] = [];
		for (let page = 0; paths.length < DEPTH; page++) {
			const { results } = await searchNational(sql, { q: judgment.query, filters: {}, page });
			paths.push(...results.map((result) => new URL(result.url).pathname));
			if (results.length === 0) break;
		}
		scores.push(scoreQuery(judgment, paths.slice(0, DEPTH)));
	}
	return { ...summarise(scores), scores };
}
