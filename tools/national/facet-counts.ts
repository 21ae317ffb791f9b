import type { Fragment, TransactionSql } from 'postgres';
import { FILTER_KEYS, type FilterKey } from '../../src/search/filters.ts';
import type { FilterCounts } from '../../src/search/pagefind-api.ts';

/** Full matches counted at most, so a word in every page does not cost a count of 100,000 rows. */
export const COUNT_CAP = 10_000;

/** Ticked facet values by key, as the search page sends them. */
export type FacetSelection = Partial<Record<FilterKey, string[]>>;

/** Facet values as rows hold them ("tinh=quang-ngai"), by key, for `filters && …` (or within a key, and across keys); `without` leaves one key out. */
export function filterCondition(sql: TransactionSql, filters: FacetSelection, without?: FilterKey): Fragment {
	const keys = FILTER_KEYS.filter((key) => key !== without && filters[key]?.length);
	return keys.reduce((condition, key) => sql`${condition} AND filters && ${filters[key]!.map((value) => `${key}=${value}`)}::text[]`, sql`TRUE`);
}

/** "key=value" counts, as PostgreSQL aggregates them, by key then value: the shape Pagefind's `filters` has. */
export function byFacet(flat: Record<string, number> | null, only?: FilterKey): FilterCounts {
	const counts: FilterCounts = {};
	for (const [entry, n] of Object.entries(flat ?? {})) {
		const at = entry.indexOf('=');
		const key = entry.slice(0, at);
		if (at < 1 || (only && key !== only) || !(FILTER_KEYS as readonly string[]).includes(key)) continue;
		(counts[key] ??= {})[entry.slice(at + 1)] = n;
	}
	return counts;
}

/**
 * The matches of one condition, at most COUNT_CAP, counted in all and per
 * facet value in one statement: the rows' `filters` arrays are read once
 * for both (the count alone visits the same heap rows).
 */
async function countMatches(sql: TransactionSql, full: Fragment, where: Fragment): Promise<{ total: number; flat: Record<string, number> | null }> {
	const [row] = await sql<{ total: number; flat: Record<string, number> | null }[]>`
		WITH m AS MATERIALIZED (SELECT filters FROM page WHERE ${full} AND ${where} LIMIT ${COUNT_CAP})
		SELECT (SELECT count(*) FROM m)::int AS total,
			(SELECT json_object_agg(f, n) FROM (SELECT f, count(*)::int AS n FROM m, unnest(m.filters) f GROUP BY f) c) AS flat`;
	return row!;
}

export interface MatchCounts {
	/** Full matches, at most COUNT_CAP. */
	total: number;
	/** Whether `total` reached COUNT_CAP: the counts are then those of the first COUNT_CAP matches, lower bounds. */
	more: boolean;
	/** For each facet value, how many results ticking it would give. */
	counts: FilterCounts;
}

/**
 * The total and the facet counts of a search, with the province page's
 * meaning (src/search/run.ts facetCounts): each facet is counted as if its
 * own ticks were not there, so ticking one value never hides its siblings;
 * a facet without ticks is counted on the results as filtered. One
 * statement, plus one per facet that has ticks. Only when asked
 * (`withCounts`, the endpoint's `dem=1`): reading the matches' `filters`
 * visits up to COUNT_CAP heap rows, and at 100,000 documents the counts of
 * every agency made answers of 22–35 KiB gzip instead of about 1 KiB; the
 * search page asks for them only while its filter panel is open, as it
 * loads Pagefind's facet files only then.
 */
export async function matchCounts(sql: TransactionSql, full: Fragment, filters: FacetSelection, withCounts: boolean): Promise<MatchCounts> {
	if (!withCounts) {
		// The total alone reads no row: the index scan's bitmap skips the heap of all-visible pages (VACUUM after each import).
		const [row] = await sql<{ total: number }[]>`SELECT count(*)::int AS total FROM (SELECT 1 FROM page WHERE ${full} AND ${filterCondition(sql, filters)} LIMIT ${COUNT_CAP}) s`;
		return { total: row!.total, more: row!.total >= COUNT_CAP, counts: {} };
	}
	const main = await countMatches(sql, full, filterCondition(sql, filters));
	const counts = byFacet(main.flat);
	for (const key of FILTER_KEYS) {
		if (!filters[key]?.length) continue;
		const others = await countMatches(sql, full, filterCondition(sql, filters, key));
		counts[key] = byFacet(others.flat, key)[key] ?? {};
	}
	return { total: main.total, more: main.total >= COUNT_CAP, counts };
}
