import type { ExcerptPart } from './excerpt.ts';
import type { META, QUERY_PARAM } from './filters.ts';
import type { FilterCounts } from './pagefind-api.ts';
import type { ShownResultData } from './render.ts';
import type { FoundResult, SearchOutcome } from './run.ts';
import type { SearchState } from './state.ts';

/**
 * Asking the national tier (tools/national, docs/national.md) before this
 * site's own Pagefind index. It answers one small request (about 1 KiB)
 * where a first Pagefind query fetches hundreds of KiB; should it be slow,
 * down or answer nonsense, the static search answers as if it were not
 * configured. Off unless SITE.nationalSearch is set.
 *
 * The page loads this module (with national-search.ts) only when the tier
 * is configured, so it imports nothing at run time that the page's own
 * script also uses: a shared module would make the bundler split the
 * search script into more files on every site, configured or not (three
 * requests and 1.8 KiB more gzip were measured that way). Constants of
 * filters.ts are therefore restated here, each typed as the original's
 * literal, so TypeScript fails the build if one of them ever differs.
 */

/** A national answer as the page shows it (national-search.ts): every ranked result (later pages fetched when shown), the total to announce. */
export interface NationalOutcome extends SearchOutcome {
	/** Matches to announce in the status line: full matches (capped at the server's COUNT_CAP) plus the approximate ones ranked. */
	total: number;
}

/** The search page's national tier (national-search.ts), as the page's script (client.ts) asks it. */
export interface NationalTier {
	/** The national outcome for a search (with facet counts when `counts`), or undefined when the site's own index must answer. */
	search(state: SearchState, counts?: boolean): Promise<NationalOutcome | undefined>;
}

/** The query parameter (filters.ts QUERY_PARAM). */
const QUERY: typeof QUERY_PARAM = 'q';

/** One result as the national endpoint sends it (written by tools/national/search.ts). */
export interface NationalResult {
	/** The page's title, with its diacritics. */
	title: string;
	/** Absolute: the publishing site's origin plus the page's path. */
	url: string;
	/** Type label ("Kế hoạch", "Phong trào thi đua", "Cơ quan"). */
	type: string;
	/** Type key, the `loai` facet value ("ke-hoach", "phong-trao"): the list's tag colour, as for the site's own results. */
	kind?: string;
	/** Issuing agency's name. */
	agency?: string;
	/** Date as shown ("05/03/2024"; a campaign's span). */
	date?: string;
	/** Number as printed ("25/KH-UBND"). */
	number?: string;
	/** About 26 words around the best match, the match marked; the summary when the text holds no query word. */
	excerpt: ExcerptPart[];
	/** After "Kết quả gần đúng": holds only part of the query. */
	approximate: boolean;
}

/** The endpoint's answer (written by tools/national/search.ts). */
export interface NationalAnswer {
	/** The query as read (NFC, trimmed). */
	query: string;
	/** Full matches in the database (at most COUNT_CAP; `more` when capped). */
	total: number;
	/** Whether `total` was capped. */
	more: boolean;
	/** Ranked results available to page through (at most POOL). */
	ranked: number;
	/** How many of the ranked ones are approximate. */
	approximate: number;
	/** For each facet value, how many full matches ticking it would give (each facet counted without its own ticks); of the first COUNT_CAP matches when `more`. */
	counts?: FilterCounts;
	/** One page of at most ten. */
	results: NationalResult[];
}

/**
 * How long the search page waits for the national tier before using its own
 * index. Its slowest first query in the 100,000-document benchmark was
 * 824 ms on the phone profile (estimate, docs/performance.md), the server's
 * share at most 216 ms; 1.5 s leaves room for a slow network, and a dead
 * endpoint costs a reader no more than that.
 */
export const NATIONAL_TIMEOUT_MS = 1_500;

/** The endpoint's page parameter (tools/national/server.ts): 1-based, ten results a page. */
export const NATIONAL_PAGE_PARAM = 'trang';
/** The endpoint's parameter asking for facet counts (`dem=1`): asked only while the filter panel is open. */
export const NATIONAL_COUNTS_PARAM = 'dem';
/** Pages of ten the endpoint serves: its ranked pool (tools/national/candidates.ts POOL) is 100. */
export const NATIONAL_PAGES = 10;

/** The endpoint's address for a search: the search page's own parameters (`q`, facets), and the page (1-based) after the first. */
export function nationalSearchUrl(endpoint: string, state: SearchState, page = 1, counts = false): string {
	const url = new URL(endpoint, globalThis.location?.href);
	url.searchParams.set(QUERY, state.query);
	// readState fills `filters` in the facets' own order, so the address is stable.
	for (const [key, values] of Object.entries(state.filters)) for (const value of values ?? []) url.searchParams.append(key, value);
	if (page > 1) url.searchParams.set(NATIONAL_PAGE_PARAM, String(page));
	if (counts) url.searchParams.set(NATIONAL_COUNTS_PARAM, '1');
	return url.href;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const optionalText = (value: unknown) => value === undefined || isText(value);

/** Only web addresses: a result link must never become `javascript:` or `data:`, whoever answers. */
function isWebAddress(value: unknown): boolean {
	if (!isText(value)) return false;
	try {
		return ['https:', 'http:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
}

function isResult(value: unknown): value is NationalResult {
	const result = value as Partial<NationalResult> | null;
	return (
		typeof result === 'object' &&
		result !== null &&
		isText(result.title) &&
		isWebAddress(result.url) &&
		isText(result.type) &&
		(result.kind === undefined || (isText(result.kind) && /^[a-z0-9-]{1,40}$/.test(result.kind))) &&
		optionalText(result.agency) &&
		optionalText(result.date) &&
		optionalText(result.number) &&
		typeof result.approximate === 'boolean' &&
		Array.isArray(result.excerpt) &&
		result.excerpt.every((part) => isText(part?.text) && typeof part?.mark === 'boolean')
	);
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Facet counts as the page's filter panel reads them: value → whole number, by facet. */
function isCounts(value: unknown): value is FilterCounts {
	return isRecord(value) && Object.values(value).every((facet) => isRecord(facet) && Object.values(facet).every(isCount));
}

/** The answer when it has the shape the page renders; anything else counts as no answer. */
export function readAnswer(body: unknown): NationalAnswer | undefined {
	const answer = body as Partial<NationalAnswer> | null;
	if (typeof answer !== 'object' || answer === null || !isCount(answer.total) || !Array.isArray(answer.results)) return undefined;
	if (answer.counts !== undefined && !isCounts(answer.counts)) return undefined;
	return answer.results.every(isResult) ? (answer as NationalAnswer) : undefined;
}

export interface AskOptions {
	timeoutMs?: number;
	fetch?: typeof fetch;
	/** 1-based page of ten results. */
	page?: number;
	/** Ask for the facet counts too. */
	counts?: boolean;
}

/** The national answer, or undefined when the endpoint fails, is slower than the timeout, or answers in another shape. */
export async function askNational(endpoint: string, state: SearchState, options: AskOptions = {}): Promise<NationalAnswer | undefined> {
	const request = options.fetch ?? fetch;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? NATIONAL_TIMEOUT_MS);
	try {
		const response = await request(nationalSearchUrl(endpoint, state, options.page, options.counts), { signal: controller.signal, headers: { accept: 'application/json' } });
		if (!response.ok) return undefined;
		return readAnswer(await response.json());
	} catch {
		return undefined;
	} finally {
		clearTimeout(timer);
	}
}

/**
 * A national result in the shape the page's result list draws (render.ts
 * resultItem), its excerpt as the server marked it: the list draws those
 * marks as given instead of finding the query in the text again (that
 * redraw was most of the page's script time in a national first query).
 */
export function asFoundResult(result: NationalResult): FoundResult {
	// The metadata keys of filters.ts META, checked by `satisfies`: a key renamed there fails here.
	const meta = {
		title: result.title,
		loai: result.type,
		so: result.number,
		ngay: result.date,
		'co-quan': result.agency,
	} satisfies { [key in (typeof META)['title' | 'kind' | 'number' | 'date' | 'agency']]: string | undefined };
	const data: ShownResultData = { url: result.url, content: result.excerpt.map((part) => part.text).join(''), excerpt: '', meta, filters: result.kind ? { loai: [result.kind] } : {}, marked: result.excerpt };
	return { result: { id: result.url, score: 0, data: async () => data }, data, approximate: result.approximate };
}
