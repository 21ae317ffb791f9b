/**
 * Whether a build re-indexes the whole site or only what changed since the
 * last full index (the "base"). Pagefind 1.6 has no incremental mode, and
 * re-indexing all 10,615 pages of a 10,000-document site took 33–46 s of a
 * 73 s one-document rebuild; a small second index of the changed pages (the
 * "delta", delta-build.ts), merged by the browser (delta-index.ts), takes a
 * second or two. Pure: the build's knowledge in, a decision out.
 */

/** The last full index, as the delta step remembers it (kept beside the search staging folder). */
export interface BaseRecord {
	/** Cache key of the indexing code (build-index.ts and all it imports) and Pagefind's version: other code, another index. */
	version: string;
	/** Digest of the common-word set the base was marked with ('' on a site too small to mark any). */
	common: string;
	/** SHA-256 of the base bundle's `pagefind-entry.json` and its folder's path (delta-build.ts `entryDigest`): tells this base from any other. */
	entry: string;
	/** Indexed page (path relative to the output folder) → SHA-256 of the built page it was indexed from, and its fragment (result) id. */
	pages: Record<string, { sha256: string; id: string }>;
	/**
	 * Pages whose base fragment was deleted since the base was written, because a delta held them:
	 * they stay in every later delta until the next full index. Each with the facet values of its
	 * base entry, which the browser subtracts from the base's counts.
	 */
	superseded: Record<string, { filters: Record<string, string[]> }>;
	/** Fragment ids of the last delta, linked into the base's fragment folder: unlinked before the next delta is written. */
	linked: string[];
}

/** What this build's index step does. */
export type IndexPlan =
	| { kind: 'full'; reason: string }
	| {
			kind: 'delta';
			/** Pages to index into the delta: changed since the base, or superseded by an earlier delta. */
			pages: string[];
			/** Of those, the pages the base holds in an older version (all of them: a new page brings a full index). */
			superseded: string[];
	  };

/**
 * Largest delta, as a share of the indexed pages, and in pages at least.
 * Each delta page costs a later query nothing (its fragment replaces the old
 * one) but the first query loads the delta's metadata and the chunks of its
 * words, and every search compares the two indexes' scores; past a few per
 * cent of the site a full index is both cheaper to read and exact.
 */
export const DELTA_MAX_SHARE = 0.03;
export const DELTA_MIN_PAGES = 30;

/** The build's state the plan is made from. */
export interface IndexState {
	/** Cache key of the indexing code and Pagefind's version (as BaseRecord.version). */
	version: string;
	/** Digest of this build's common-word set ('' when none is marked). */
	common: string;
	/** The same digest of the bundle the output folder held, undefined when it held none. */
	entry: string | undefined;
	/** Every indexed page of this build (relative path → SHA-256 of the built page). */
	staged: ReadonlyMap<string, string>;
}

/**
 * A delta only when the base in the output folder is the one recorded, was
 * made by the same code and marked with the same common words, and every page
 * it holds is still indexed: a page that left publication (draft, embargo,
 * withdrawal, deletion) must leave every file of the index, its words in the
 * base's chunks included, so it always brings a full index.
 */
export function planIndex(base: BaseRecord | undefined, state: IndexState): IndexPlan {
	if (!base) return { kind: 'full', reason: 'chưa có chỉ mục gốc' };
	if (base.version !== state.version) return { kind: 'full', reason: 'mã lập chỉ mục hoặc phiên bản Pagefind đã đổi' };
	if (state.entry === undefined || base.entry !== state.entry) return { kind: 'full', reason: 'thư mục kết quả không giữ chỉ mục gốc của lần lập trước' };
	if (base.common !== state.common) return { kind: 'full', reason: 'tập từ phổ biến đã đổi' };
	const left = Object.keys(base.pages).filter((page) => !state.staged.has(page));
	if (left.length) return { kind: 'full', reason: `${left.length} trang không còn công khai hoặc không còn được lập chỉ mục: lập lại toàn bộ để không còn dấu vết` };
	// Pagefind orders merged results by score alone, so a new page could not take its place in a list sorted by date
	// (the search page's default without a query); an edited page takes its old version's place (delta-index.ts).
	const added = [...state.staged.keys()].filter((page) => !(page in base.pages));
	if (added.length) return { kind: 'full', reason: `${added.length} trang mới: lập lại toàn bộ để trang mới đứng đúng chỗ khi xếp theo ngày` };
	const pages = [...state.staged].filter(([page, sha256]) => base.pages[page]!.sha256 !== sha256 || page in base.superseded).map(([page]) => page);
	const limit = Math.max(DELTA_MIN_PAGES, Math.ceil(state.staged.size * DELTA_MAX_SHARE));
	if (pages.length > limit) return { kind: 'full', reason: `${pages.length} trang đã đổi, quá ngưỡng ${limit} trang của chỉ mục bổ sung` };
	return { kind: 'delta', pages, superseded: pages.filter((page) => page in base.pages) };
}
