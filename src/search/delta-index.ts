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
import type { FilterCounts, Pagefind, PagefindResult, PagefindSearch } from './pagefind-api.ts';

/** Beside pagefind.js; written by every indexed build, with no `index` after a full index. */
export const DELTA_MANIFEST = 'delta.json';

/** `delta.json`. */
export interface DeltaManifest {
	/** The delta bundle's folder, relative to the base bundle's ("delta/"); absent when the base is whole. */
	index?: string;
	/** Base results to drop: each base page a delta page replaces, its delta id, and the facet values it counted in the base. */
	superseded: { id: string; by: string; filters: Record<string, string[]> }[];
}

type Superseded = Map<string, { by: string; filters: Record<string, string[]> }>;

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
 * base URL), and returns the base results it supersedes.
 */
export async function mergeDelta(pagefind: Pagefind, bundleDir: string, options: Record<string, unknown>): Promise<Superseded> {
	const manifest = await readManifest(bundleDir);
	if (!manifest?.index) return new Map();
	try {
		await pagefind.mergeIndex(`${bundleDir}${manifest.index}`, options);
	} catch {
		// A manifest cached from the build before (max-age=300, docs/deploy.md) may name a delta a full index has since removed: search the base alone.
		return new Map();
	}
	return new Map(manifest.superseded.map(({ id, by, filters }) => [id, { by, filters }]));
}

/** Counts less one for each value of each page in `pages`. */
function withoutCounts(counts: FilterCounts, pages: Iterable<Record<string, string[]>>): FilterCounts {
	const less: FilterCounts = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, { ...values }]));
	for (const filters of pages) {
		for (const [key, values] of Object.entries(filters)) {
			for (const value of values) if (less[key]?.[value] !== undefined) less[key]![value] = Math.max(0, less[key]![value]! - 1);
		}
	}
	return less;
}

/** Results with each superseded base result replaced by its delta version (in its place, with its score) or dropped. */
export function supersededDropped(results: readonly PagefindResult[], superseded: Superseded): PagefindResult[] {
	const byId = new Map(results.map((result) => [result.id, result]));
	const placed = new Set<string>();
	const kept: PagefindResult[] = [];
	for (const result of results) {
		const old = superseded.get(result.id);
		const shown = old ? byId.get(old.by) : result;
		if (!shown || placed.has(shown.id)) continue;
		placed.add(shown.id);
		kept.push(old ? { ...shown, score: result.score } : shown);
	}
	return kept;
}

/** A search response as if the base held the new versions only. */
export function supersededResponse(response: PagefindSearch, superseded: Superseded): PagefindSearch {
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

/** `pagefind` with superseded base pages taken out of every search and facet count; itself when nothing is superseded. */
export function withoutSuperseded(pagefind: Pagefind, superseded: Superseded): Pagefind {
	if (!superseded.size) return pagefind;
	const all = () => [...superseded.values()].map(({ filters }) => filters);
	return {
		options: (options) => pagefind.options(options),
		init: () => pagefind.init(),
		mergeIndex: (url, options) => pagefind.mergeIndex(url, options),
		filters: async () => withoutCounts(await pagefind.filters(), all()),
		search: async (term, options) => supersededResponse(await pagefind.search(term, options), superseded),
	};
}
