/**
 * The part of Pagefind's browser API (pagefind.js, 1.6) the site uses. The
 * module is generated at build time into /pagefind/, so it is loaded at run
 * time rather than bundled, and typed here by hand.
 */
import type { FederatedIndex } from '../site.config.ts';
import { joinDeltas, mergeDelta, withDelta } from './delta-index.ts';
import type { PassageSources } from './passages.ts';
import { isWordCosts, WORD_COSTS_FILE, type WordCosts } from './word-costs.ts';

/** Folder of the index in the built site; the search page loads /pagefind/pagefind.js. */
export const INDEX_DIR = 'pagefind';

export interface PagefindResultData {
	url: string;
	/** The page's indexed text, still marked (fold.ts). */
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Positions, in the page's text, of the words that matched (1.6: `words`); what passagesToRead reads. */
	words?: number[];
	data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** For each facet value, how many results there would be with that value added. */
	filters: FilterCounts;
	totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
	filters?: Record<string, { any: string[] }>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
	filters(): Promise<FilterCounts>;
	mergeIndex(indexUrl: string, options?: { baseUrl?: string; mergeFilter?: Record<string, string> }): Promise<void>;
}


/**
 * How matches count, beyond Pagefind's defaults. The document's own number
 * ("so") and symbol, then its title, outrank any body match, so the document
 * with a number comes before those citing it; the type label, the date and
 * the summary are there to be shown, not to rank. diacriticSimilarity is the
 * boost for a word typed with exactly the marks it has in the text ("hòa"
 * over "hoa").
 */
export const RANKING = {
	metaWeights: { so: 10, 'ky-hieu': 8, title: 6, ten: 6, 'co-quan': 2, 'mo-ta': 1, 'trich-dan': 1, loai: 0.5, ngay: 0, 'tom-tat': 0 },
	diacriticSimilarity: 0.8,
};

/** Words of excerpt around the best match: enough for a phone screen's three lines. */
export const EXCERPT_WORDS = 26;

const passageSources = new WeakMap<Pagefind, PassageSources>();

/** The bundles whose fragment folders hold the passages of an engine's results (passage-text.ts). */
export function passageSourcesOf(engine: Pagefind): PassageSources {
	return passageSources.get(engine) ?? { bundles: [] };
}

const wordCosts = new WeakMap<Pagefind, Promise<WordCosts | undefined>>();

/** The word costs of an engine's own bundle (word-costs.ts), fetched once with its first search; undefined without the file or on a small site (an empty list). */
export function wordCostsOf(engine: Pagefind): Promise<WordCosts | undefined> {
	let costs = wordCosts.get(engine);
	if (!costs) {
		const folder = passageSourcesOf(engine).bundles[0]?.folder;
		costs = folder
			? fetch(`${folder}${WORD_COSTS_FILE}`)
					.then(async (response) => (response.ok ? ((await response.json()) as unknown) : undefined))
					.then((value) => (isWordCosts(value) && value.chunks.length > 0 ? value : undefined))
					.catch(() => undefined)
			: Promise.resolve(undefined);
		wordCosts.set(engine, costs);
	}
	return costs;
}

/**
 * `extra` options are for running the bundle outside the site (node-engine.ts:
 * result URLs from "/"). `facets: false` leaves the facet files to be loaded
 * when they are shown (client.ts): on the 10,000-document corpus they are
 * 123 KiB, a third of a first query's budget, for a panel that starts closed.
 */
export async function loadPagefind(bundleUrl: string, federated: FederatedIndex[] = [], extra: Record<string, unknown> = {}, { facets = true } = {}): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
	const sources: PassageSources = {
		bundles: [
			{ folder: new URL('.', new URL(bundleUrl, globalThis.location?.href)).href },
			...federated.map((index) => ({ folder: new URL(index.indexUrl.endsWith('/') ? index.indexUrl : `${index.indexUrl}/`, globalThis.location?.href).href, resultUrlPrefix: index.baseUrl })),
		],
	};
	const shown = { ranking: RANKING, excerptLength: EXCERPT_WORDS, excerptEllipsis: '…', ...extra };
	await pagefind.options(shown);
	// Federation: other agencies' indexes answer the same query; their links point back to their own sites.
	for (const index of federated) await pagefind.mergeIndex(index.indexUrl, { baseUrl: index.baseUrl });
	// A rebuild's index of its changed pages (delta-index.ts), for this site and each federated one.
	const delta = joinDeltas([
		await mergeDelta(pagefind, bundleUrl.slice(0, bundleUrl.lastIndexOf('/') + 1), shown),
		...(await Promise.all(federated.map((index) => mergeDelta(pagefind, index.indexUrl, { ...shown, baseUrl: index.baseUrl })))),
	]);
	await pagefind.init();
	const engine = withDelta(pagefind, delta);
	// A delta's fragments keep their whole text (delta-build.ts): only base pages have passage files.
	passageSources.set(engine, sources);
	// Pagefind counts facet values only for facets it has loaded; loading them all counts every facet.
	if (facets) await engine.filters();
	return engine;
}
