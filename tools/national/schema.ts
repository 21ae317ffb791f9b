import type { Sql } from 'postgres';

/**
 * The national tier's tables. One row per page of any agency site; the text
 * and fields are kept as the site's search stores them (page.ts), the
 * vectors are built in Node from the site's own word forms (lexemes.ts).
 *
 * - `search`: every field, title/number/names weighted A, agency and cited
 *   symbols B, the text D: what a query matches and ranks on.
 * - `strong`: title, number, symbol, type label and names only: where a
 *   common word must stand (as on the province site, common-words.ts).
 * - `filters`: "key=value" facet values, so one GIN index serves every facet.
 * - `common_word`: folded words standing in at least COMMON_SHARE of the
 *   pages, refreshed after each import.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS page (
	id bigserial PRIMARY KEY,
	site text NOT NULL,
	url text NOT NULL,
	content text NOT NULL,
	meta jsonb NOT NULL,
	filters text[] NOT NULL,
	sort_date text,
	search tsvector NOT NULL,
	strong tsvector NOT NULL,
	UNIQUE (site, url)
);
CREATE TABLE IF NOT EXISTS common_word (
	lexeme text PRIMARY KEY,
	pages integer NOT NULL
);
`;

/** Built after a bulk load rather than during it: one GIN build is several times faster than row-by-row updates. */
export const INDEX_SQL = `
CREATE INDEX IF NOT EXISTS page_search ON page USING gin (search);
CREATE INDEX IF NOT EXISTS page_strong ON page USING gin (strong);
CREATE INDEX IF NOT EXISTS page_filters ON page USING gin (filters);
`;

/** The one row a count or size query returns. */
export function onlyRow<T>(rows: readonly T[]): T {
	if (rows.length !== 1) throw new Error(`Expected one row, got ${rows.length}`);
	return rows[0]!;
}

export async function createSchema(sql: Sql): Promise<void> {
	await sql.unsafe(SCHEMA_SQL);
}

/**
 * Indexes, then VACUUM as well as ANALYZE: a freshly loaded row is checked
 * for visibility on each read until VACUUM marks its page all-visible. At
 * 10,000 documents counting the 8,624 pages of "khen thuong tap the" took
 * 104 ms before and 6 ms after (the same 1,799 buffers); it costs 2 s there.
 */
export async function createIndexes(sql: Sql): Promise<void> {
	await sql.unsafe(INDEX_SQL);
	await sql`VACUUM (ANALYZE) page`;
}
