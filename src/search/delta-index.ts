/**
 * The browser's side of the delta index (delta-plan.ts, delta-build.ts):
 * after a rebuild that indexed only the changed pages, `/pagefind/delta.json`
 * names the delta's folder and the base pages it supersedes. The delta is
 * merged as a second Pagefind instance (Pagefind 1.6 runs it on the primary
 * instance's WebAssembly, so it adds its metadata and the chunks of the
 * query's words, not another 55 KB module), and a superseded base result is
 * dropped before its fragment is ever loaded. Where both the old and the new
 * version of a page match, the new one takes the old one's place and score:
 * a delta of a few pages scores a word against its own few pages, not the
 * site's, so its own scores are not comparable with the base's.
 */
import { withoutCommonMarks } from './common-words.ts';
import { queryWords, sameWord, textWords, type WordForms } from './words.ts';

/** Beside pagefind.js; written by every indexed build, with no `index` after a full index. */
export const DELTA_MANIFEST = 'delta.json';

/** `delta.json`. */
export interface DeltaManifest {
	/** The delta bundle's folder, relative to the base bundle's ("delta/"); absent when the base is whole. */
	index?: string;
	/** Base results to drop: each base page a delta page replaces, its delta id, and the facet values it counted in the base. */
	superseded: { id: string; by: string; filters: Record<string, string[]> }[];
	/** Every page of the delta, with its facet values (see `everyWordResponse`). */
	pages: { id: string; filters: Record<string, string[]> }[];
}

type Filters = Record<string, string[]>;
type FilterCounts = Record<string, Record<string, number>>;

/**
 * The part of Pagefind's browser API (pagefind-api.ts) this module uses,
 * restated here because pagefind-api.ts imports this module.
 */
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ content: string; meta: Record<string, string | undefined> }>;
}
interface PagefindSearch<R extends PagefindResult = PagefindResult> {
	results: R[];
	unfilteredResultCount: number;
	filters: FilterCounts;
	totalFilters: FilterCounts;
}
interface PagefindSearchOptions {
	filters?: Record<string, { any: string[] }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
	filters(): Promise<FilterCounts>;
	mergeIndex(indexUrl: string, options?: Record<string, unknown>): Promise<void>;
}

/** What the browser knows of the deltas it merged. */
export interface Delta {
	/** Base result id → the id of its new version in the delta, and the facet values the old one counted. */
	superseded: Map<string, { by: string; filters: Filters }>;
	/** Delta result id → its facet values. */
	pages: Map<string, Filters>;
}

const noDelta = (): Delta => ({ superseded: new Map(), pages: new Map() });

/** The manifest beside a bundle, or undefined when there is none (a site built before deltas, a federated site without one). */
async function readManifest(bundleDir: string): Promise<DeltaManifest | undefined> {
	try {
		const response = await fetch(`${bundleDir}${DELTA_MANIFEST}`);
		return response.ok ? ((await response.json()) as DeltaManifest) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Merges the delta of the bundle in `bundleDir` (a URL ending in "/"), if it
 * has one, with the same options as the base (`options`: ranking, excerpt,
 * base URL), and says what it holds.
 */
export async function mergeDelta(pagefind: Pick<Pagefind, 'mergeIndex'>, bundleDir: string, options: Record<string, unknown>): Promise<Delta> {
	const manifest = await readManifest(bundleDir);
	if (!manifest?.index) return noDelta();
	try {
		await pagefind.mergeIndex(`${bundleDir}${manifest.index}`, options);
	} catch {
		// A manifest cached from the build before (max-age=300, docs/deploy.md) may name a delta a full index has since removed: search the base alone.
		return noDelta();
	}
	return {
		superseded: new Map(manifest.superseded.map(({ id, by, filters }) => [id, { by, filters }])),
		pages: new Map((manifest.pages ?? []).map(({ id, filters }) => [id, filters])),
	};
}

/** One Delta of several (this site's and federated sites'). */
export function joinDeltas(deltas: readonly Delta[]): Delta {
	return { superseded: new Map(deltas.flatMap((one) => [...one.superseded])), pages: new Map(deltas.flatMap((one) => [...one.pages])) };
}

/** Counts less one for each value of each page in `pages`. */
function withoutCounts(counts: FilterCounts, pages: Iterable<Filters>): FilterCounts {
	const less: FilterCounts = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, { ...values }]));
	for (const filters of pages) {
		for (const [key, values] of Object.entries(filters)) {
			for (const value of values) if (less[key]?.[value] !== undefined) less[key]![value] = Math.max(0, less[key]![value]! - 1);
		}
	}
	return less;
}

/**
 * Results with each superseded base result replaced by its delta version, in
 * the old version's place and with its score, or dropped when the new version
 * does not match. A delta version whose old one did not match (new words, a
 * new page) stays where its own score puts it.
 */
export function supersededDropped<R extends PagefindResult>(results: readonly R[], superseded: Delta['superseded']): R[] {
	const present = new Set(results.map((result) => result.id));
	const byId = new Map(results.map((result) => [result.id, result]));
	// Delta versions that take their old version's place rather than their own.
	const moved = new Set([...superseded].filter(([id]) => present.has(id)).map(([, { by }]) => by));
	const kept: R[] = [];
	for (const result of results) {
		const old = superseded.get(result.id);
		if (!old) {
			if (!moved.has(result.id)) kept.push(result);
			continue;
		}
		const newer = byId.get(old.by);
		if (newer) kept.push({ ...newer, score: result.score });
	}
	return kept;
}

/** A search response as if the base held the new versions only. */
export function supersededResponse<S extends PagefindSearch>(response: S, superseded: Delta['superseded']): S {
	const matched = response.results.flatMap((result) => {
		const old = superseded.get(result.id);
		return old ? [old.filters] : [];
	});
	return {
		...response,
		results: supersededDropped(response.results, superseded),
		unfilteredResultCount: Math.max(0, response.unfilteredResultCount - matched.length),
		filters: withoutCounts(response.filters, matched),
		totalFilters: withoutCounts(response.totalFilters, [...superseded.values()].map(({ filters }) => filters)),
	};
}

/** Facet counts of the given pages alone. */
function countsOf(pages: Iterable<Filters>): FilterCounts {
	const counts: FilterCounts = {};
	for (const filters of pages) {
		for (const [key, values] of Object.entries(filters)) for (const value of values) (counts[key] ??= {})[value] = (counts[key]?.[value] ?? 0) + 1;
	}
	return counts;
}

/** Whether a page's text holds the query word as Pagefind matches it: a word it begins, or a code's parts. */
function holds(text: readonly WordForms[], word: WordForms): boolean {
	return text.some((one) => (word.code ? sameWord(one, word, false) : one.folded.startsWith(word.folded)));
}

/**
 * The response as one index of base and delta would give it. Pagefind
 * matches a word it cannot find by a shorter prefix of it, within each
 * index: a delta of a few pages, lacking most of the site's words, returned
 * its pages for "Thuỷ" on "thứ" and "Thu" (1,000-document corpus), and the
 * base would return every page of a shortened prefix for a word only an
 * edit brought. So a delta result is kept only when its own text holds
 * every word of the query (its fragment is read: a delta holds a few pages);
 * and when the delta holds a word the base lacks as a whole word, no base
 * result can hold it, and only delta results stay, counted by their own
 * facet values.
 */
export async function everyWordResponse<S extends PagefindSearch>(pagefind: Pagefind, term: string | null, options: PagefindSearchOptions | undefined, response: S, pages: Delta['pages']): Promise<S> {
	// A common word's marked form (the common-word fallback, word-costs.ts) stands in the text as the word itself.
	const words = term ? queryWords(withoutCommonMarks(term)) : [];
	const hits = response.results.filter((result) => pages.has(result.id));
	if (!words.length || !hits.length) return response;
	const confirmed = new Set<string>();
	for (const hit of hits) {
		const data = await hit.data();
		const text = textWords(withoutCommonMarks([data.content, ...Object.values(data.meta)].join(' ')));
		if (words.every((word) => holds(text, word))) confirmed.add(hit.id);
	}
	let onlyDelta = false;
	for (const word of term!.replaceAll('"', ' ').split(/\s+/).filter(Boolean)) {
		const exact = (await pagefind.search(`"${word}"`, { filters: options?.filters })).results;
		if (exact.length && exact.every((result) => pages.has(result.id))) onlyDelta = true;
	}
	const kept = response.results.filter((result) => (pages.has(result.id) ? confirmed.has(result.id) : !onlyDelta));
	if (kept.length === response.results.length) return response;
	const dropped = hits.filter((hit) => !confirmed.has(hit.id)).map((hit) => pages.get(hit.id)!);
	return {
		...response,
		results: kept,
		unfilteredResultCount: onlyDelta ? kept.length : Math.max(0, response.unfilteredResultCount - dropped.length),
		filters: onlyDelta ? countsOf(kept.map((result) => pages.get(result.id)!)) : withoutCounts(response.filters, dropped),
	};
}

/** `pagefind` searching the base and its delta as one index; itself when there is no delta. */
export function withDelta<P extends Pagefind>(pagefind: P, delta: Delta): P {
	if (!delta.pages.size) return pagefind;
	const replaced = () => [...delta.superseded.values()].map(({ filters }) => filters);
	const merged: Pagefind = {
		options: (options) => pagefind.options(options),
		init: () => pagefind.init(),
		mergeIndex: (url, options) => pagefind.mergeIndex(url, options),
		filters: async () => withoutCounts(await pagefind.filters(), replaced()),
		search: async (term, options) => {
			const response = await everyWordResponse(pagefind, term, options, await pagefind.search(term, options), delta.pages);
			return supersededResponse(response, delta.superseded);
		},
	};
	// Same methods, same shapes: the results are the base's and the delta's own objects (or copies with another score).
	return merged as P;
}
