import { FILTER_KEYS, META, PAGE_KINDS } from './filters.ts';
import { prepareQuery } from './fold.ts';
import { withoutCommonMarks } from './common-words.ts';
import { passageSourcesOf, wordCostsOf, type FilterCounts, type Pagefind, type PagefindResult, type PagefindResultData, type PagefindSearch } from './pagefind-api.ts';
import { commonWordFallback, FALLBACK_MARGIN_BYTES, FALLBACK_SLACK_BYTES, fallbackReserve, listedWord, planQuery, plannedBytes, PLANNED_INDEX_BYTES, type QueryPlan } from './word-costs.ts';
import { looksLikeName } from './names.ts';
import { wordForms } from './words.ts';
import { withPassages } from './passage-text.ts';
import { searchedQuery } from './honorifics.ts';
import { exactNumberQuery, phraseQuery, preferring } from './rank.ts';
import { rankCandidates, type Candidate, type PageKind } from './relevance.ts';
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
 * How many of Pagefind's candidates the ranking reads: as many as a page
 * shows, whose fragments the page loads anyway. Each costs 1.2–2.1 KiB
 * gzipped on the 10,000-document corpus, where fragments are now most of a
 * later query (12–42 KiB of 23–84, docs/search.md); reading 16 (tried on
 * the 1,000-document corpus) bought nothing on either benchmark
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
 * A result whose text reads as on the page: for a long page, its lead and
 * the passages where the query matched (passage-text.ts); the common-word
 * marks (common-words.ts) taken out as it loads, should a bundle still have them.
 */
function readBack(engine: Pagefind, query: string, result: PagefindResult, phraseWords: () => number[]): PagefindResult {
	const withText = withPassages(result, query, passageSourcesOf(engine), phraseWords);
	return {
		...withText,
		data: async () => {
			const data = await withText.data();
			return { ...data, content: withoutCommonMarks(data.content), excerpt: withoutCommonMarks(data.excerpt) };
		},
	};
}

/**
 * Pagefind's first candidates the window always reads, whatever their kind:
 * an agency named by the query or a spokesperson's page is among them.
 */
const LEAD = 3;

/** Which results are campaign and agency pages, by a search of the same term narrowed to them (on chunks already loaded). */
async function listingKinds(engine: Pagefind, term: string, filters: Record<string, { any: string[] }>): Promise<Map<string, PageKind>> {
	const only = (kind: string) => engine.search(term, { filters: { ...filters, loai: { any: [kind] } } });
	const [campaigns, agencies] = await Promise.all([only(PAGE_KINDS.campaign.value), only(PAGE_KINDS.agency.value)]);
	return new Map<string, PageKind>([...campaigns.results.map((r) => [r.id, 'campaign'] as const), ...agencies.results.map((r) => [r.id, 'agency'] as const)]);
}

/**
 * How many of the query's words each page holds, by an exact search of each
 * word on the chunks already loaded (no bytes): a result knows only the
 * passages of its text where the query matched (passages.ts), so a word
 * that stands elsewhere would otherwise count as missing. Only when no page
 * holds the words together, the one case where scattered words decide
 * between full and approximate.
 */
async function wordsPresent(engine: Pagefind, term: string, filters: Record<string, { any: string[] }>, together: boolean): Promise<(id: string) => number> {
	const words = term.split(' ').filter(Boolean);
	if (together || words.length < 2) return () => 0;
	const pages = await Promise.all(words.map(async (word) => new Set((await engine.search(`"${word}"`, { filters })).results.map((r) => r.id))));
	return (id) => pages.filter((ids) => ids.has(id)).length;
}

/** Index words each engine has searched: their chunks are loaded, so searching them again costs nothing. */
const searchedWords = new WeakMap<Pagefind, Set<string>>();

function remember(engine: Pagefind, term: string): void {
	const words = searchedWords.get(engine) ?? new Set<string>();
	for (const word of term.split(' ')) if (word) words.add(wordForms(word).folded);
	searchedWords.set(engine, words);
}

/**
 * Pagefind's search of a query as planned (word-costs.ts): the words that
 * fit the later-query budget; when no page holds them all in what is
 * indexed, the marked body form of the query's most selective common word
 * (a phrase of common words, "cán bộ công chức viên chức"), and failing
 * that, the words less the dearest ones while none is found (every search
 * on chunks already loaded). Either fallback finds pages holding part of
 * the query; the ranking reads their text and shows those without the
 * whole query as approximate, and nothing when no page it read holds the
 * whole query (runSearch).
 */
async function plannedSearch(engine: Pagefind, typed: string, query: string, filters: Record<string, { any: string[] }>, sort: Record<string, 'asc' | 'desc'> | undefined): Promise<QueryPlan & { found: PagefindSearch; fallback?: boolean }> {
	const costs = await wordCostsOf(engine);
	// A copy: remember() adds this query's words, which the fallback's budget must still count as spent.
	const known = searchedWords.get(engine);
	const before = known ? new Set(known) : undefined;
	// The first search of a page has the first query's budget (350 KB, 240 KiB used at 10,000 documents): searched whole.
	const name = looksLikeName(query);
	// A phrase of common words only keeps room for the fallback's list (fallbackReserve): fewer of its own words are searched.
	const reserve = before ? fallbackReserve(typed, costs, { loaded: before, name }) : 0;
	const plan = before ? planQuery(typed, costs, { loaded: before, name, budget: PLANNED_INDEX_BYTES - reserve }) : planQuery(typed, undefined);
	const found = await engine.search(plan.term, { filters, sort });
	remember(engine, plan.term);
	// Only on a large site (a word-costs file): on a small one every word is indexed where it stands, so no page holding them all is the answer.
	if (found.results.length > 0 || plan.term.split(' ').length < 2 || !costs) return { ...plan, found };
	// A word in no page ("giáo viên" where no page has "giáo") is a plain "not found" unless it is one word of many.
	const everywhere = await Promise.all(plan.term.split(' ').map(async (word) => listedWord(costs, word) || (await engine.search(`"${word}"`, { filters })).results.length > 0));
	const words = plan.term.split(' ').filter((_, index) => everywhere[index]);
	if (words.length < 2 || words.length * 2 <= everywhere.length) return { ...plan, found };
	// Its pages read more passages than most (the phrase stands past the lead): 1 KiB of the plan's budget kept for them.
	// With room kept, the word it was kept for, though the plan left it out: every typed word is common, so stands somewhere.
	const common = commonWordFallback(reserve ? typed : words.join(' '), costs, PLANNED_INDEX_BYTES + FALLBACK_SLACK_BYTES - FALLBACK_MARGIN_BYTES - plannedBytes(costs, words, before));
	if (common) {
		const byCommon = await engine.search(common, { filters, sort });
		remember(engine, common);
		if (byCommon.results.length > 0) return { term: common, reduced: true, fallback: true, found: byCommon };
	}
	// The words less the dearest, on chunks already loaded: no bytes.
	for (let left = words.length + 1; left > 1; ) {
		const fewer = planQuery(words.join(' '), costs, { fewerThan: left });
		const byFewer = await engine.search(fewer.term, { filters, sort });
		if (byFewer.results.length > 0) return { ...fewer, fallback: true, found: byFewer };
		left = fewer.term.split(' ').length;
	}
	return { ...plan, found };
}

/**
 * Every search one state needs, on the index chunks the first one loads: the
 * query folded (prepareQuery); for a document number, an exact search that
 * decides which results stay; and, when ranking by relevance, a phrase search
 * and the ranking of a window of candidates by their own text (relevance.ts).
 * The window is Pagefind's first LEAD candidates, then the rest of the phrase
 * matches documents first, so that "thi dua" reads documents rather than the
 * campaign pages whose milestones repeat the words. Candidates beyond it are
 * placed by their kind and the phrase search alone; those without the
 * phrase, when other pages have it, count as approximate. Facet counts are
 * those of what is shown: of the phrase matches when the others are left out.
 */
export async function runSearch(engine: Pagefind, asked: SearchState): Promise<SearchOutcome> {
	// "đồng chí Phạm Ngọc Lan" searches the name alone (honorifics.ts): the honorific's words would cost their index chunks.
	const state = { ...asked, query: searchedQuery(asked.query) };
	const typed = state.query ? prepareQuery(state.query) : null;
	const sort = pagefindSort(state);
	const filters = pagefindFilters(state);
	const number = typed ? exactNumberQuery(typed) : undefined;
	// On a large site, a query of dear words searches the cheaper ones (word-costs.ts); the ranking checks the rest as it reads.
	const plan = typed && !number ? await plannedSearch(engine, typed, state.query, filters, sort) : undefined;
	const term = plan?.term ?? typed;
	const searched = plan?.found ?? (await engine.search(term, { filters, sort }));
	// Where the phrase stands in each page that has it, once the phrase search below has run: the passages to read (passages.ts).
	const phraseWords = new Map<string, number[]>();
	const found = { ...searched, results: searched.results.map((result) => readBack(engine, state.query, result, () => phraseWords.get(result.id) ?? [])) };
	const exact = number ? await engine.search(number, { filters }) : undefined;
	const kept = exact ? found.results.filter((r) => exact.results.some((e) => e.id === r.id)) : found.results;
	if (!term || sort) return { results: kept.map((result) => ({ result, approximate: false })), counts: await facetCounts(engine, number ?? term, state, (exact ?? found).filters) };

	const phrase = plan ? plan.phrase : phraseQuery(term);
	const phraseSearch = phrase ? await engine.search(phrase, { filters }) : undefined;
	const together = new Set(phraseSearch?.results.map((r) => r.id));
	for (const result of phraseSearch?.results ?? []) phraseWords.set(result.id, result.words ?? []);
	const kinds = await listingKinds(engine, term, filters);
	const kindOf = (id: string): PageKind => kinds.get(id) ?? 'document';
	const ofKind = (kind: PageKind) => new Set(kept.filter((r) => kindOf(r.id) === kind).map((r) => r.id));
	const [documents, campaigns] = [ofKind('document'), ofKind('campaign')];
	const inPhrase = (ids: Set<string>) => new Set([...ids].filter((id) => together.has(id)));
	const byKind = preferring(kept, inPhrase(documents), inPhrase(campaigns), together, documents, campaigns);
	const window = [...new Set([...preferring(kept, together).slice(0, LEAD), ...byKind])].slice(0, RERANK_WINDOW);
	const read = new Set(window.map((r) => r.id));
	const rest = byKind.filter((r) => !read.has(r.id));
	const loaded = await Promise.all(window.map(async (result) => ({ result, data: await result.data() })));
	// Beyond the window only Pagefind's phrase search tells full from approximate.
	const restFull = together.size ? rest.filter((r) => together.has(r.id)) : rest;
	const restApproximate = together.size ? rest.filter((r) => !together.has(r.id)) : [];
	const present = await wordsPresent(engine, term, filters, together.size > 0);
	// A phrase of only some of the words typed (a reduced plan) confirms nothing of a page read: its own text decides.
	const candidates = loaded.map((one) => ({ ...candidateOf(one.data), together: !plan?.reduced && together.has(one.result.id), present: present(one.result.id), one }));
	const ranked = rankCandidates(
		state.query,
		candidates,
		restFull.map((result) => ({ kind: kindOf(result.id), together: !phrase || together.has(result.id), one: { result } })),
	);
	// Without a phrase search that found something (a one-word query, or words no page holds together), nothing
	// confirms pages beyond the window: once a page read there proved a look-alike ("hiếu" folding to "hiệu",
	// "Trà" to "tra"), the unread ones, which Pagefind ranks lower still, are not shown as full matches. So the
	// first page shows what was read, rather than ten more fragments of unconfirmed pages (a later query's bytes).
	const fullIds = new Set(ranked.full.map(({ one }) => one.result.id));
	// A fallback's pages hold one word of the query for sure: beyond those read, none is confirmed.
	const windowMissed = (together.size === 0 && window.some((result) => !fullIds.has(result.id))) || Boolean(plan?.fallback);
	// Ranked on what was read alone, so look-alikes read are not dropped as noise beside unread pages that only look full.
	const readRanked = windowMissed ? rankCandidates(state.query, candidates) : undefined;
	const full = readRanked?.full ?? ranked.full;
	const approximate = readRanked?.approximate ?? ranked.approximate;
	// A fallback's unread pages hold one common word of the query; the share of its read pages holding the whole query
	// is all that tells whether they are worth a fragment each: below half ("Phó Chủ tịch UBND", 1 of 10), the page shows
	// what it read (nine unread pages were 5.2 KiB more, 31.6 KiB in all).
	const unreadShown = !plan?.fallback || full.length * 2 >= window.length;
	const unconfirmed = windowMissed && unreadShown ? ranked.full.filter(({ one }) => !read.has(one.result.id)) : [];
	// When the read pages hold the words together (a name whole), unconfirmed pages are noise like any approximate one.
	// A fallback shows its unconfirmed pages as approximate rather than not at all: they are all that is known to be there.
	const showApproximate = !(readRanked ?? ranked).quiet || Boolean(plan?.fallback);
	// A fallback that read no page holding the whole query found only pages sharing a word ("viên" for "giáo viên"): nothing, as before.
	if (plan?.fallback && full.length === 0) return { results: [], counts: await facetCounts(engine, typed, state, {}) };
	// Counted on the phrase search when the pages without the phrase are left out, so no facet promises dropped noise.
	const counted = !showApproximate && phraseSearch?.results.length ? { term: phrase!, filters: phraseSearch.filters } : { term: number ?? term, filters: (exact ?? found).filters };
	return {
		results: [
			...full.map(({ one }) => ({ ...one, approximate: false })),
			...(showApproximate
				? [...[...approximate, ...unconfirmed].map(({ one }) => ({ ...one, approximate: true })), ...(unreadShown ? restApproximate : []).map((result) => ({ result, approximate: true }))]
				: []),
		],
		counts: await facetCounts(engine, counted.term, state, counted.filters),
	};
}
