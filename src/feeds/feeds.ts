import { site, type DocumentEntry } from '../lib/content.ts';
import { SITE } from '../site.config.ts';
import { urls } from '../lib/urls.ts';
import { feedUrls, type FeedFormat } from '../lib/honour-urls.ts';
import { FEED_LIMIT, SCOPED_FEED_LIMIT } from './feed-links.ts';
export { FEED_LIMIT, SCOPED_FEED_LIMIT } from './feed-links.ts';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_KEYS } from '../schema/vocabulary.ts';

/** One feed: what it is about, where it lives, and its documents newest first. */
export interface Feed {
	title: string;
	description: string;
	/** The page the feed follows: home, an agency, a campaign, a type listing. */
	page: string;
	/** Its own address in each format. */
	self: (format: FeedFormat) => string;
	documents: DocumentEntry[];
	/** How many of the newest documents the feed carries (feed-links.ts). */
	limit: number;
}

/** Feeds for the whole site, every agency, every campaign and every document type. */
export async function allFeeds(): Promise<{ site: Feed; scoped: { scope: 'co-quan' | 'phong-trao' | 'loai'; id: string; feed: Feed }[] }> {
	const { listed, agencies, campaigns, documentsByAgency, documentsByCampaign } = await site();
	// Every agency and campaign gets a feed, even before its first document, so a resident can subscribe to their commune ahead of time.
	const scoped = [
		...agencies.map((agency) => ({
			scope: 'co-quan' as const,
			id: agency.id,
			feed: {
				title: `${agency.data.name} – ${SITE.name}`,
				description: `Văn bản mới của ${agency.data.name}: kế hoạch, thông báo kết luận, quyết định khen thưởng và tin bài.`,
				page: urls.agency(agency.id),
				self: (format: FeedFormat) => feedUrls.agency(agency.id, format),
				documents: documentsByAgency.get(agency.id) ?? [],
				limit: SCOPED_FEED_LIMIT,
			},
		})),
		...campaigns.map((campaign) => ({
			scope: 'phong-trao' as const,
			id: campaign.id,
			feed: {
				title: `${campaign.data.title} – ${SITE.name}`,
				description: `Văn bản mới của phong trào: ${campaign.data.title}.`,
				page: urls.campaign(campaign.id),
				self: (format: FeedFormat) => feedUrls.campaign(campaign.id, format),
				documents: documentsByCampaign.get(campaign.id) ?? [],
				limit: SCOPED_FEED_LIMIT,
			},
		})),
		...DOCUMENT_TYPE_KEYS.map((type) => ({
			scope: 'loai' as const,
			id: type,
			feed: {
				title: `${DOCUMENT_TYPES[type].label} – ${SITE.name}`,
				description: `${DOCUMENT_TYPES[type].label} mới đăng trên ${SITE.name}.`,
				page: urls.documentsByType(type),
				self: (format: FeedFormat) => feedUrls.type(type, format),
				documents: listed.filter((doc) => doc.data.type === type),
				limit: FEED_LIMIT,
			},
		})),
	];
	return {
		site: { title: SITE.name, description: SITE.tagline, page: urls.home(), self: feedUrls.site, documents: listed, limit: FEED_LIMIT },
		scoped,
	};
}
