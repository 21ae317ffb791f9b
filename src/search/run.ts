import { FILTER_KEYS } from './filters.ts';
import { prepareQuery } from './fold.ts';
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind-api.ts';
import { exactNumberQuery, phraseQuery, preferring } from './rank.ts';
import { pagefindFilters, pagefindSort, type SearchState } from './state.ts';

export interface SearchOutcome {
	/** In the order the page shows them. */
	results: PagefindResult[];
	/** For each facet value, how many results ticking it would give. */
	counts: FilterCounts;
}

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

/**
 * Every search one state needs, on the index chunks the first one loads (see
 * rank.ts): the query folded (prepareQuery); for a document number, an exact
 * search that decides which results stay; when ranking by relevance, a phrase
 * search to put the words-together matches first; and the facet counts.
 */
export async function runSearch(engine: Pagefind, state: SearchState): Promise<SearchOutcome> {
	const term = state.query ? prepareQuery(state.query) : null;
	const sort = pagefindSort(state);
	const filters = pagefindFilters(state);
	const found = await engine.search(term, { filters, sort });
	const number = term ? exactNumberQuery(term) : undefined;
	const exact = number ? await engine.search(number, { filters }) : undefined;
	const kept = exact ? found.results.filter((r) => exact.results.some((e) => e.id === r.id)) : found.results;
	const phrase = term && !sort ? phraseQuery(term) : undefined;
	const together = phrase ? (await engine.search(phrase, { filters })).results.map((r) => r.id) : [];
	return {
		results: preferring(kept, new Set(together)),
		counts: await facetCounts(engine, number ?? term, state, (exact ?? found).filters),
	};
}
