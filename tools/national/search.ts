import type { Sql, TransactionSql } from 'postgres';
import { META } from '../../src/search/filters.ts';
import { highlightedExcerpt } from '../../src/search/highlight.ts';
import { EXCERPT_WORDS } from '../../src/search/pagefind-api.ts';
import { exactNumberQuery } from '../../src/search/rank.ts';
import { rankCandidates } from '../../src/search/relevance.ts';
import { PAGE_SIZE } from '../../src/search/render.ts';
import { candidateOf } from '../../src/search/run.ts';
import { prepareQuery } from '../../src/search/fold.ts';
import type { NationalAnswer as NationalResponse, NationalResult } from '../../src/search/national-client.ts';
import { queryWords, type WordForms } from '../../src/search/words.ts';
import { fieldMatchIds, orderedRows, POOL, textMatchIds } from './candidates.ts';
import { allOf } from './lexemes.ts';
import { asResultData } from './page.ts';
import { condenseCandidate } from './condense.ts';
import { filterCondition, matchCounts, type FacetSelection } from './facet-counts.ts';

export interface NationalQuery {
	q: string;
	filters: FacetSelection;
	/** 0-based page of PAGE_SIZE results. */
	page: number;
	/** Whether to count the facet values (facet-counts.ts); the total is always counted. */
	counts?: boolean;
}

interface Row {
	site: string;
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: string[];
}

function filtersOf(row: Row): Record<string, string[]> {
	const byKey: Record<string, string[]> = {};
	for (const entry of row.filters) {
		const at = entry.indexOf('=');
		(byKey[entry.slice(0, at)] ??= []).push(entry.slice(at + 1));
	}
	return byKey;
}

async function commonWords(sql: TransactionSql, words: WordForms[]): Promise<Set<string>> {
	const folded = words.filter((w) => !w.code).map((w) => w.folded);
	if (!folded.length) return new Set();
	const rows = await sql<{ lexeme: string }[]>`SELECT lexeme FROM common_word WHERE lexeme = ANY(${folded})`;
	return new Set(rows.map((r) => r.lexeme));
}

function resultOf(row: Row, query: string, approximate: boolean): NationalResult {
	const meta = row.meta;
	const title = meta[META.title] ?? row.url;
	const summary = meta[META.summary];
	const kind = filtersOf(row).loai?.[0];
	const excerpt = (query && highlightedExcerpt(row.content, title, query, EXCERPT_WORDS)) || (summary ? [{ text: summary, mark: false }] : []);
	return {
		title,
		url: new URL(row.url, row.site).href,
		type: meta[META.kind] ?? '',
		...(kind && { kind }),
		...(meta[META.agency] && { agency: meta[META.agency] }),
		...(meta[META.date] && { date: meta[META.date] }),
		...(meta[META.number] && { number: meta[META.number] }),
		excerpt,
		approximate,
	};
}

/**
 * One search: the pool from PostgreSQL, then the province site's ranking.
 *
 * - A page matches fully when it has every query word, folded; a common
 *   word (common_word) only counts in the title, number, symbol, type label
 *   or names, as on the province site.
 * - The pool is read in two steps (candidates.ts): pages holding every
 *   word in those fields first (every title, number and name query ends
 *   there; at most FIELD_CAP of them ordered, those holding the phrase
 *   picked first through the index), then, if the pool is not full, pages
 *   holding them in the text (at most SCAN_CAP of them ordered). Within
 *   each, the phrase with the typed diacritics comes first, then the folded
 *   phrase, then cover density with the field weights.
 * - The pool goes through the province ranking with condensed bodies
 *   (condense.ts: same answers, a fraction of the work).
 * - Pages with only some of the words are not candidates, as with Pagefind,
 *   which returns only pages holding every word: tried, adding them as
 *   approximate results lowered precision at 5 on the sample site's
 *   judgments (0.849 against 0.857).
 * - A query that is one document number keeps only pages with that number,
 *   as the province site's exact search does.
 * - The total and, when asked, the facet counts are those of the full
 *   matches (facet-counts.ts), each facet counted as if its own ticks were
 *   not there.
 */
export async function searchNational(sql: Sql, request: NationalQuery): Promise<NationalResponse> {
	// Every statement below reads through the GIN indexes: with a common word the planner would rather read the table, decompressing each row's vectors.
	return sql.begin(async (tx) => {
		await tx`SET LOCAL enable_seqscan = off`;
		return searchIn(tx, request);
	});
}

async function searchIn(sql: TransactionSql, request: NationalQuery): Promise<NationalResponse> {
	const query = request.q.normalize('NFC').trim();
	const words = queryWords(query);
	const where = filterCondition(sql, request.filters);
	const columns = sql`site, url, content, meta, filters`;
	if (words.length === 0) {
		const rows = await sql<Row[]>`SELECT ${columns} FROM page WHERE ${where} ORDER BY sort_date DESC NULLS LAST, id LIMIT ${PAGE_SIZE} OFFSET ${request.page * PAGE_SIZE}`;
		const { total, more, counts } = await matchCounts(sql, sql`TRUE`, request.filters, request.counts ?? false);
		return { query, total, more, ranked: total, approximate: 0, ...(request.counts && { counts }), results: rows.map((row) => resultOf(row, '', false)) };
	}
	const common = await commonWords(sql, words);
	const rare = words.filter((w) => !common.has(w.folded));
	const frequent = words.filter((w) => common.has(w.folded));
	// A common word counts only in the fields, as on the province site; the others anywhere.
	const full = sql`${rare.length ? sql`search @@ ${allOf(rare)}::tsquery` : sql`TRUE`} AND ${frequent.length ? sql`strong @@ ${allOf(frequent)}::tsquery` : sql`TRUE`}`;
	const fieldIds = await fieldMatchIds(sql, words, where);
	const fieldRows = fieldIds.length ? await orderedRows<Row>(sql, columns, 'strong', fieldIds, words, POOL) : [];
	// Fewer field matches than the pool means fieldIds holds all of them (fieldMatchIds), so "not among them" is "not in the fields".
	const textIds = fieldRows.length < POOL ? await textMatchIds(sql, full, fieldIds, where) : [];
	const textRows = textIds.length ? await orderedRows<Row>(sql, columns, 'search', textIds, words, POOL - fieldRows.length) : [];
	const fullRows = [...fieldRows, ...textRows];
	const numberQuery = exactNumberQuery(prepareQuery(query)) !== undefined;
	const { total, more, counts } = await matchCounts(sql, full, request.filters, request.counts ?? false);
	const pool = fullRows.map((row) => ({ ...condenseCandidate(candidateOf(asResultData({ ...row, filters: filtersOf(row) })), words), row }));
	const ranked = rankCandidates(query, pool);
	const shown = [...ranked.full.map((c) => ({ c, approximate: false })), ...(numberQuery ? [] : ranked.approximate.map((c) => ({ c, approximate: true })))];
	const pageRows = shown.slice(request.page * PAGE_SIZE, (request.page + 1) * PAGE_SIZE);
	return {
		query,
		total,
		more,
		ranked: shown.length,
		approximate: shown.length - ranked.full.length,
		...(request.counts && { counts }),
		results: pageRows.map(({ c, approximate }) => resultOf(c.row, query, approximate)),
	};
}
