/**
 * Permalinks of the honour roll, the statistics page, feeds and open data.
 * Kept apart from urls.ts (the core site's links) but built the same way:
 * readable ASCII paths, one function per kind of page.
 */
import { urls } from './urls.ts';

export { siteUrl } from './urls.ts';

export const honourUrls = {
	roll: () => '/khen-thuong/',
	list: () => '/khen-thuong/danh-sach/',
	years: () => '/khen-thuong/nam/',
	year: (year: number | string) => `/khen-thuong/nam/${year}/`,
	forms: () => '/khen-thuong/hinh-thuc/',
	form: (award: string) => `/khen-thuong/hinh-thuc/${award}/`,
	agencies: () => '/khen-thuong/co-quan/',
	agency: (id: string) => `/khen-thuong/co-quan/${id}/`,
	campaigns: () => '/khen-thuong/phong-trao/',
	campaign: (id: string) => `/khen-thuong/phong-trao/${id}/`,
	statistics: () => '/thong-ke/',
} as const;

/** Feeds: the whole site, one agency, one campaign, one document type; RSS 2.0 and JSON Feed 1.1. */
export const feedUrls = {
	site: (format: FeedFormat) => (format === 'rss' ? '/rss.xml' : '/feed.json'),
	agency: (id: string, format: FeedFormat) => `/feed/co-quan/${id}.${extension(format)}`,
	campaign: (id: string, format: FeedFormat) => `/feed/phong-trao/${id}.${extension(format)}`,
	type: (type: string, format: FeedFormat) => `/feed/loai/${type}.${extension(format)}`,
} as const;

export type FeedFormat = 'rss' | 'json';
const extension = (format: FeedFormat) => (format === 'rss' ? 'xml' : 'json');

/** Open data: the page, each data set as CSV and as gzip-compressed JSON, and its JSON Schema. */
export const dataUrls = {
	page: () => '/du-lieu/',
	file: (dataset: string, format: 'csv' | 'json.gz') => `/du-lieu/${dataset}.${format}`,
	schema: (dataset: string) => `/du-lieu/schema/${dataset}.schema.json`,
} as const;

/** Where the honour on a decision's page is: the row of its table. */
export const honoureeAnchor = (index: number) => `khen-${index + 1}`;

/** Link to the row of an honour in its decision: the decision's id and the honouree's position in its list. */
export const honourPath = (decisionId: string, index: number) => `${urls.document(decisionId)}#${honoureeAnchor(index)}`;
