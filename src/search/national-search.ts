import { askNational, asFoundResult, NATIONAL_PAGES, type AskOptions, type NationalAnswer, type NationalOutcome, type NationalTier } from './national-client.ts';
import type { NATIONAL_READY, NATIONAL_TIER_KEY } from './national-hook.ts';
import type { PAGE_SIZE } from './render.ts';
import type { FoundResult, SearchOutcome } from './run.ts';
import type { SearchState } from './state.ts';

/**
 * The search page's national tier (docs/national.md), a script of its own
 * (NationalSearch.astro) on the page only when the site config names an
 * endpoint: the page asks it first and
 * draws its answer with the list, highlights and facet counts of the site's
 * own results; Pagefind is loaded only when it does not answer. Like
 * national-client.ts, it imports nothing at run time that the page's own
 * script uses (see there why).
 */

/** Results a page shows (render.ts PAGE_SIZE; the type fails the build should that change). */
const PAGE: typeof PAGE_SIZE = 10;

/**
 * After a failed answer (down, slow, offline, nonsense), the page stays on
 * its own index this long before asking again: each new query would
 * otherwise wait the timeout once more before Pagefind answers.
 */
export const RETRY_AFTER_MS = 60_000;

/**
 * Which searches the national tier answers: relevance order, and a listing
 * without words in its default order (newest first, as the endpoint lists).
 * Another order ("Cũ nhất trước", or "Mới nhất trước" with words) is the
 * site's own index: the endpoint orders a query by relevance only.
 */
export function nationalAnswers(state: SearchState): boolean {
	const words = state.query.trim() !== '';
	const ticked = Object.values(state.filters).some((values) => values?.length);
	return (words || ticked) && (state.sort === '' || (state.sort === 'moi-nhat' && !words));
}

/**
 * The outcome for one answer. The answer holds the first ten of `ranked`
 * results; each later ten is asked (`trang=2`…) once, when "Xem thêm kết
 * quả" first shows one of them.
 */
export function nationalOutcome(endpoint: string, state: SearchState, first: NationalAnswer, options: AskOptions = {}): NationalOutcome {
	const pages = new Map<number, Promise<NationalAnswer | undefined>>([[1, Promise.resolve(first)]]);
	const pageOf = (page: number) => {
		let answer = pages.get(page);
		if (!answer) pages.set(page, (answer = askNational(endpoint, state, { ...options, page, counts: false })));
		return answer;
	};
	const later = (index: number): FoundResult => {
		const page = Math.floor(index / PAGE) + 1;
		const id = `${endpoint}#${index}`;
		const data = async () => {
			const result = (await pageOf(page))?.results[index % PAGE];
			if (!result) {
				pages.delete(page);
				throw new Error(`Tìm kiếm toàn quốc không trả lời trang ${page}.`);
			}
			return asFoundResult(result).data!;
		};
		return { result: { id, score: 0, data }, approximate: index >= first.ranked - first.approximate };
	};
	const shown = Math.max(Math.min(first.ranked, NATIONAL_PAGES * PAGE), first.results.length);
	const results = [...first.results.map(asFoundResult), ...Array.from({ length: shown - first.results.length }, (_, i) => later(first.results.length + i))];
	return { results, counts: first.counts ?? {}, total: first.total + first.approximate };
}

export interface TierOptions extends AskOptions {
	/** Milliseconds since some origin; tests pass their own clock. */
	now?: () => number;
	/** Whether the browser says it is online (navigator.onLine). */
	online?: () => boolean;
}

/** The national tier of one endpoint, with the back-off after a failure (RETRY_AFTER_MS). */
export function nationalTier(endpoint: string, options: TierOptions = {}): NationalTier {
	const now = options.now ?? (() => Date.now());
	const online = options.online ?? (() => globalThis.navigator?.onLine !== false);
	let failedAt = -Infinity;
	return {
		async search(state, counts = false) {
			if (!nationalAnswers(state) || !online() || now() - failedAt < RETRY_AFTER_MS) return undefined;
			const answer = await askNational(endpoint, state, { ...options, counts });
			if (!answer) {
				failedAt = now();
				return undefined;
			}
			return nationalOutcome(endpoint, state, answer, options);
		},
	};
}

/** national-hook.ts's names, restated (see there why); the types fail the build should they differ. */
const TIER_KEY: typeof NATIONAL_TIER_KEY = 'tdkt.nationalTier';
const READY: typeof NATIONAL_READY = 'national-ready';

/** Puts the tier of the search root's endpoint (`data-national`) where the page's script finds it (national-hook.ts). */
export function registerNationalTier(root: HTMLElement | null): void {
	const endpoint = root?.dataset.national;
	if (!root || !endpoint) return;
	(root as unknown as Record<symbol, NationalTier>)[Symbol.for(TIER_KEY)] = nationalTier(endpoint);
	root.dispatchEvent(new Event(READY));
}

/**
 * The search page's results: from the national tier when one is configured
 * and answers in time, else from `ownSearch` (Pagefind).
 */
export async function searchNationalFirst(endpoint: string | undefined, state: SearchState, ownSearch: () => Promise<SearchOutcome>, options: TierOptions = {}): Promise<SearchOutcome & { national: boolean }> {
	const answer = endpoint ? await nationalTier(endpoint, options).search(state) : undefined;
	return answer ? { ...answer, national: true } : { ...(await ownSearch()), national: false };
}
