import type { Fragment, TransactionSql as Sql } from 'postgres';
import type { WordForms } from '../../src/search/words.ts';
import { allOf, phraseOf, queryRuns } from './lexemes.ts';

/**
 * Candidates read and ranked per query. The province site reads ten (their
 * fragments cost the reader bytes); here they are read in the database, so
 * the whole pool goes through the same layered ranking (relevance.ts).
 */
export const POOL = 100;

/**
 * Pages holding every query word in the title, number or names that are
 * ordered per query, at most. Ordering reads each page's `strong` vector
 * (an award decision's names make it several KiB, stored out of line);
 * "1/QĐ-UBND" has 1,572 such pages at 10,000 documents and grows with the
 * corpus, "khen thuong tap the" every award title: ordering them all cost
 * 2–9 s a query at 100,000 documents.
 * Which pages are ordered is chosen through the index, best first
 * (fieldMatchIds), so below this many field matches nothing changes.
 */
export const FIELD_CAP = 300;

/**
 * Pages holding the query in their text only, not in the title, number or
 * names, that are ordered to fill the pool. Ordering reads each page's whole
 * vector (0.07 ms a page on the loaded machine); past this many, which ones
 * are ordered is the table's order. Only generic queries reach it: a title,
 * number or name stands in the fields.
 */
export const SCAN_CAP = 1_000;

/** ts_rank_cd weights for D, C, B, A: a title, number or name match weighs ten times a match in the text. */
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

/** A condition of the query (search.ts: facets, full match), already bound. */
export type Condition = Fragment;

/**
 * The tsqueries a field match is looked for with, best first. Each is a
 * plain AND of lexemes, which a GIN index answers without reading any row's
 * vector (no recheck): the words with the typed diacritics and the query's
 * runs of words (lexemes.ts queryRuns: the phrase, or all but certainly),
 * the folded words and runs, then the words anywhere in the fields.
 */
export function fieldTiers(words: WordForms[]): string[] {
	const runs = queryRuns(words).map((run) => `'${run}'`);
	const withRuns = (query: string) => [query, ...runs].join(' & ');
	return [...new Set([withRuns(allOf(words, true)), withRuns(allOf(words)), allOf(words)])];
}

/**
 * The ids of at most FIELD_CAP pages holding every query word in their
 * fields, taken tier by tier (fieldTiers), so that when thousands match the
 * ones ordered are those holding the phrase. When fewer than FIELD_CAP
 * match, all of them are returned. Index scans are forced: with a common
 * word the planner prefers reading the table until enough rows pass, which
 * reads (and decompresses) the vector of every row it passes.
 */
export async function fieldMatchIds(sql: Sql, words: WordForms[], where: Condition): Promise<string[]> {
	const ids: string[] = [];
	for (const tier of fieldTiers(words)) {
		if (ids.length >= FIELD_CAP) break;
		const others = ids.length ? sql`AND id <> ALL(${ids}::bigint[])` : sql``;
		const rows = await sql<{ id: string }[]>`SELECT id FROM page WHERE strong @@ ${tier}::tsquery AND ${where} ${others} LIMIT ${FIELD_CAP - ids.length}`;
		ids.push(...rows.map((row) => row.id));
	}
	return ids;
}

/**
 * Rows of the given ids in the province order: the phrase with the typed
 * diacritics, the folded phrase, then cover density with the field weights
 * (ts_rank_cd: it follows the province order where ts_rank did not, MRR
 * 0.987 against 0.982 on the sample judgments), then id. Each page's vector
 * is read once into a materialized step (`|| ''` makes a plain copy): the
 * three functions on the column itself fetched it from TOAST three times
 * (at 9,900 documents, 1,553 pages: 15,324 buffers and 1,122 ms, against
 * 5,972 and 447 ms read once).
 */
export function orderedRows<T extends object>(sql: Sql, columns: Fragment, vector: 'strong' | 'search', ids: string[], words: WordForms[], limit: number) {
	return sql<T[]>`
		WITH picked AS MATERIALIZED (SELECT id, ${sql(vector)} || ''::tsvector AS v FROM page WHERE id = ANY(${ids}::bigint[])),
		top AS MATERIALIZED (
			SELECT id, v @@ ${phraseOf(words, true)}::tsquery AS exact_phrase, v @@ ${phraseOf(words)}::tsquery AS phrase, ts_rank_cd(${WEIGHTS}, v, ${allOf(words)}::tsquery) AS rank
			FROM picked ORDER BY exact_phrase DESC, phrase DESC, rank DESC, id LIMIT ${limit})
		SELECT ${columns} FROM top JOIN page USING (id) ORDER BY top.exact_phrase DESC, top.phrase DESC, top.rank DESC, id`;
}

/** The ids of at most SCAN_CAP pages that match (`full`) but are not among the field matches. */
export async function textMatchIds(sql: Sql, full: Condition, fieldIds: string[], where: Condition): Promise<string[]> {
	const rows = await sql<{ id: string }[]>`SELECT id FROM page WHERE ${full} AND id <> ALL(${fieldIds}::bigint[]) AND ${where} LIMIT ${SCAN_CAP}`;
	return rows.map((row) => row.id);
}
