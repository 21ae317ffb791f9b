import { SITE } from '../site.config.ts';

/**
 * Permalinks. Every URL is built here so that links never drift apart.
 * Documents live at /van-ban/<agency>/<year>/<file-name>/, the path of their MDX file.
 */
export const urls = {
	home: () => '/',
	documents: (page = 1) => (page === 1 ? '/van-ban/' : `/van-ban/trang/${page}/`),
	document: (id: string) => `/van-ban/${id}/`,
	documentsByYear: (year: number | string) => `/van-ban/nam/${year}/`,
	documentsByType: (type: string) => `/van-ban/loai/${type}/`,
	campaigns: () => '/phong-trao/',
	campaign: (id: string) => `/phong-trao/${id}/`,
	agencies: () => '/co-quan/',
	agency: (id: string) => `/co-quan/${id}/`,
	honours: () => '/khen-thuong/',
	search: () => '/tim-kiem/',
	about: () => '/gioi-thieu/',
} as const;

/** Absolute URL on the configured site. */
export function absoluteUrl(path: string, site: string): string {
	return new URL(path, `${site}/`).href;
}

/** A site path as a full address on the configured site, for meta, feeds, data files and JSON-LD. */
export const siteUrl = (path: string) => absoluteUrl(path, SITE.url);
