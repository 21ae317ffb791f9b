import { SITE } from '../site.config.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../schema/vocabulary.ts';
import { feedUrls, type FeedFormat } from '../lib/honour-urls.ts';

/**
 * Feeds carry the newest documents only; the open data files have them all.
 * Readers poll every few hours and keep what they saw, so the newest 20
 * lose nothing for a subscriber (most feed generators default to 10–25);
 * 50 made the 1,240 feeds of a 10,000-document site 31.9 MB.
 */
export const FEED_LIMIT = 20;

/**
 * An agency's or a campaign's feed: the newest 10. One agency publishes a
 * few documents a month, so 10 still spans weeks between a reader's polls;
 * these 1,000 feeds were 20 MB of the 10,000-document site at 20 entries.
 * The site-wide and per-type feeds, which move fastest, keep FEED_LIMIT.
 */
export const SCOPED_FEED_LIMIT = 10;

/** A feed as FeedLinks announces it in a page's head. */
export interface FeedLink {
	title: string;
	href: string;
	type: FeedFormat;
}

const both = (title: string, href: (format: FeedFormat) => string): FeedLink[] => [
	{ title: `${title} (RSS)`, href: href('rss'), type: 'rss' },
	{ title: `${title} (JSON Feed)`, href: href('json'), type: 'json' },
];

/** The feeds that match a page, for autodiscovery and for the list on the open data page. */
export const feedLinks = {
	site: () => both(`${SITE.name}: văn bản mới`, feedUrls.site),
	agency: (id: string, name: string) => both(`${name}: văn bản mới`, (format) => feedUrls.agency(id, format)),
	campaign: (id: string, title: string) => both(`${title}: văn bản mới`, (format) => feedUrls.campaign(id, format)),
	type: (type: DocumentType) => both(`${DOCUMENT_TYPES[type].label}: văn bản mới`, (format) => feedUrls.type(type, format)),
};
