import { FILTER_KEYS, META, PAGE_KINDS } from './filters.ts';
import { prepareQuery } from './fold.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindResultData } from './pagefind-api.ts';
import { exactNumberQuery, phraseQuery, preferring } from './rank.ts';
import { ENOUGH_FULL_MATCHES, rankCandidates, type Candidate, type PageKind } from './relevance.ts';
import { pagefindFilters, pagefindSort, type SearchState } from './state.ts';
import { PAGE_SIZE } from './render.ts';

/** One result to show; `data` is loaded already for those the ranking read. */
export interface FoundResult {
	result: PagefindResult;
	data?: PagefindResultData;
	/** Below the "Kết quả gần đúng" separator. */
	approximate: boolean;
}

export interface SearchOutcome {
	/** In the order the page shows them: full matches, then approximate ones. */
	results: FoundResult[];
	/** For each facet value, how many results ticking it would give. */
	counts: FilterCounts;
}

/**
 * How many of Pagefind's candidates the ranking reads: those of the first
 * page, whose fragments the page loads anyway. Each costs 1.5 KB gzipped on
 * average in the 1,000-document synthetic corpus, and a later query's 30 KB
 * budget is mostly taken by Pagefind's index chunks (18–26 KB each there),
 * so reading more (16 was tried) bought nothing on either benchmark
 * (npm run bench:relevance) for 40% more fragment bytes.
 */
export const RERANK_WINDOW = PAGE_SIZE;

/** Counts for each facet as if its own ticks were not there, so ticking one value never hides its siblings. */
async function facetCounts(engine: Pagefind, term: string | null, state: SearchState, main: FilterCounts): Promise<FilterCounts> {
	const counts = { ...main };
	for (const key of FILTER_KEYS) {
		if (!state.filters[key]?.length) continue;
		const others = await engine.search(term, { filters: pagefindFilters(state, key) });
		counts[key] = others.filters[key] ?? {};
	}
	return counts;
}

function kindOf(data: PagefindResultData): PageKind {
	const kind = data.filters.loai?.[0];
	return kind === PAGE_KINDS.agency.value ? 'agency' : kind === PAGE_KINDS.campaign.value ? 'campaign' : 'document';
}

/** What the ranking reads of a result: its own fragment, fields apart. */
export function candidateOf(data: PagefindResultData): Candidate {
	const meta = (key: string) => data.meta[key] ?? '';
	return {
		kind: kindOf(data),
		title: meta(META.title),
		// The type label ("Quyết định khen thưởng") is a label on the page, kept out of its text (build-index.ts), yet what "quyet dinh khen thuong" asks for.
		codes: [meta(META.number), meta(META.symbol), meta(META.kind)].filter(Boolean),
		names: meta(META.names).split(';').map((name) => name.trim()).filter(Boolean),
		body: [data.content, meta(META.cited), meta(META.agency), meta(META.detail)].join(' '),
	};
}

/**
 * Every search one state needs, on the index chunks the first one loads: the
 * query folded (prepareQuery); for a document number, an exact search that
 * decides which results stay; and, when ranking by relevance, a phrase search
 * and the ranking of the first RERANK_WINDOW candidates by their own text
 * (relevance.ts). Candidates further down keep Pagefind's order; those
 * without the phrase, when other pages have it, count as approximate.
 */
export async function runSearch(engine: Pagefind, state: SearchState): Promise<SearchOutcome> {
	const term = state.query ? prepareQuery(state.query) : null;
	const sort = pagefindSort(state);
	const filters = pagefindFilters(state);
	const found = await engine.search(term, { filters, sort });
	const number = term ? exactNumberQuery(term) : undefined;
	const exact = number ? await engine.search(number, { filters }) : undefined;
	const kept = exact ? found.results.filter((r) => exact.results.some((e) => e.id === r.id)) : found.results;
	const counts = await facetCounts(engine, number ?? term, state, (exact ?? found).filters);
	if (!term || sort) return { results: kept.map((result) => ({ result, approximate: false })), counts };

	const phrase = phraseQuery(term);
	const together = new Set(phrase ? (await engine.search(phrase, { filters })).results.map((r) => r.id) : []);
	const coarse = preferring(kept, together);
	const window = coarse.slice(0, RERANK_WINDOW);
	const loaded = await Promise.all(window.map(async (result) => ({ result, data: await result.data() })));
	const ranked = rankCandidates(
		state.query,
		loaded.map((one) => ({ ...candidateOf(one.data), one })),
	);
	const rest = coarse.slice(RERANK_WINDOW);
	// Beyond the window only Pagefind's phrase search tells full from approximate.
	const restFull = together.size ? rest.filter((r) => together.has(r.id)) : rest;
	const restApproximate = together.size ? rest.filter((r) => !together.has(r.id)) : [];
	const showApproximate = !ranked.quiet && ranked.full.length + restFull.length < ENOUGH_FULL_MATCHES;
	return {
		results: [
			...ranked.full.map(({ one }) => ({ ...one, approximate: false })),
			...restFull.map((result) => ({ result, approximate: false })),
			...(showApproximate
				? [...ranked.approximate.map(({ one }) => ({ ...one, approximate: true })), ...restApproximate.map((result) => ({ result, approximate: true }))]
				: []),
		],
		counts,
	};
}
