import type { Sql } from 'postgres';
import { COMMON_SHARE, COMMON_WORDS_FROM_PAGES } from '../../src/search/common-words.ts';
import { META } from '../../src/search/filters.ts';
import { candidateOf } from '../../src/search/run.ts';
import { VectorBuilder } from './lexemes.ts';
import { asResultData, type NationalPage } from './page.ts';
import { onlyRow } from './schema.ts';

/** Rows per COPY batch: large enough that round trips do not count, small enough to stream 100,000 pages in little memory. */
const BATCH = 2_000;

/** The two vectors of a page, from the fields the site's ranking reads (candidateOf). */
export function vectorsOf(page: NationalPage): { search: string; strong: string } {
	const candidate = candidateOf(asResultData(page));
	const strong = new VectorBuilder({ runs: true }).add(candidate.title, 'A');
	for (const code of candidate.codes) strong.add(code, 'A');
	for (const name of candidate.names) strong.add(name, 'A');
	const search = new VectorBuilder().add(candidate.title, 'A');
	for (const code of candidate.codes) search.add(code, 'A');
	for (const name of candidate.names) search.add(name, 'A');
	search.add(page.meta[META.agency] ?? '', 'B').add(page.meta[META.cited] ?? '', 'B').add(page.meta[META.detail] ?? '', 'B');
	search.add(page.content, 'D');
	return { search: search.toString(), strong: strong.toString() };
}

/** COPY's text format: backslash, tab and line breaks escaped. */
const copyField = (value: string) => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const arrayLiteral = (values: string[]) => `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

function copyLine(page: NationalPage, sortDate: string | undefined): string {
	const { search, strong } = vectorsOf(page);
	const filters = Object.entries(page.filters).flatMap(([key, values]) => values.map((value) => `${key}=${value}`));
	return [page.site, page.url, page.content, JSON.stringify(page.meta), arrayLiteral(filters), sortDate ?? '\\N', search, strong].map((f, i) => (i === 5 ? f : copyField(f))).join('\t') + '\n';
}

export interface ImportedPage {
	page: NationalPage;
	/** Sortable date (sortKey), for listing without a query; agencies have none. */
	sortDate?: string;
}

/**
 * Loads pages, replacing every page of the sites they come from (a site's
 * import is its whole published set, so what it no longer publishes leaves
 * the national search too). Pages arrive as an iterable so 100,000 of them
 * never sit in memory at once.
 */
export async function importPages(sql: Sql, sites: string[], pages: Iterable<ImportedPage>): Promise<number> {
	let count = 0;
	await sql.begin(async (tx) => {
		await tx`DELETE FROM page WHERE site = ANY(${sites})`;
		const stream = await tx`COPY page (site, url, content, meta, filters, sort_date, search, strong) FROM STDIN`.writable();
		let chunk: string[] = [];
		const flush = async () => {
			if (!chunk.length) return;
			const data = chunk.join('');
			chunk = [];
			if (!stream.write(data)) await new Promise((resolve) => stream.once('drain', resolve));
		};
		for (const { page, sortDate } of pages) {
			chunk.push(copyLine(page, sortDate));
			count++;
			if (chunk.length >= BATCH) await flush();
		}
		await flush();
		await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
	});
	return count;
}

/**
 * Rewrites the list of common words from the whole table (all sites), as
 * the province site decides them: letters only, in at least COMMON_SHARE of
 * the pages, and only from COMMON_WORDS_FROM_PAGES pages on.
 */
export async function refreshCommonWords(sql: Sql): Promise<number> {
	const { total } = onlyRow(await sql<{ total: number }[]>`SELECT count(*)::int AS total FROM page`);
	await sql`DELETE FROM common_word`;
	if (total < COMMON_WORDS_FROM_PAGES) return 0;
	const rows = await sql`
		INSERT INTO common_word (lexeme, pages)
		SELECT word, ndoc FROM ts_stat('SELECT search FROM page')
		WHERE ndoc >= ${Math.ceil(total * COMMON_SHARE)} AND word ~ '^[a-z]+$'
		RETURNING lexeme`;
	return rows.length;
}
