/**
 * The one place for the site's identity. Everything that names the site,
 * its operator or its address reads it from here.
 */
/** Another site's search index, merged into this site's results. */
export interface FederatedIndex {
	/** Who runs it, e.g. "UBND tỉnh Khánh Hòa". */
	name: string;
	/** Its Pagefind folder, e.g. "https://khanhhoa.example.vn/pagefind/". */
	indexUrl: string;
	/** Its site address, prefixed to its result links, e.g. "https://khanhhoa.example.vn/". */
	baseUrl: string;
}

export const SITE = {
	/** Site name, shown in the header, titles and share images. */
	name: 'Thi đua – Khen thưởng Công khai',
	/** Short name for tight spaces. */
	shortName: 'TĐKT Công khai',
	/** One line on what the site is. */
	tagline: 'Kế hoạch, thông báo kết luận và quyết định khen thưởng của các phong trào thi đua, công khai và dễ tra cứu.',
	/** Who runs the site. */
	operator: 'Nhóm biên tập Thi đua – Khen thưởng Công khai',
	/** Where readers write to. */
	contactEmail: 'lienhe@thiduakhenthuong.example.vn',
	/** Canonical address of the site, without a trailing slash. Overridable with SITE_URL for previews. */
	url: (process.env.SITE_URL ?? 'https://thiduakhenthuong.example.vn').replace(/\/$/, ''),
	/** Repository holding the content; enables "history" links when set. */
	repositoryUrl: process.env.REPOSITORY_URL ?? '',
	/**
	 * Other agencies' sites whose Pagefind indexes this site's search also
	 * queries (federation). Each must serve /pagefind/ with CORS allowing this
	 * site. SEARCH_FEDERATION (JSON) overrides it for previews and tests.
	 */
	federatedSearch: JSON.parse(process.env.SEARCH_FEDERATION ?? '[]') as FederatedIndex[],
	/** Language and locale. */
	lang: 'vi',
	locale: 'vi_VN',
	timeZone: 'Asia/Ho_Chi_Minh',
} as const;
