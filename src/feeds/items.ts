import { site, type DocumentEntry } from '../lib/content.ts';
import { documentHeading, typeLabel } from '../lib/document-view.ts';
import { formatDateLong } from '../lib/dates.ts';
import { feedDate } from './feed-date.ts';
import { urls } from '../lib/urls.ts';
import { siteUrl } from '../lib/honour-urls.ts';
import type { Feed } from './feeds.ts';

/** What both feed formats say about one document. */
export interface FeedItem {
	url: string;
	title: string;
	summary: string;
	/** The issue date for feed readers, see feedDate. */
	date: string;
	tags: string[];
	agency: { name: string; url: string };
}

export async function feedItems(feed: Feed): Promise<FeedItem[]> {
	const { agencyById, campaignById } = await site();
	return feed.documents.slice(0, feed.limit).map((doc: DocumentEntry) => {
		const agency = agencyById.get(doc.data.agency);
		const campaign = doc.data.campaign ? campaignById.get(doc.data.campaign) : undefined;
		const agencyName = agency?.data.name ?? doc.data.agency;
		return {
			url: siteUrl(urls.document(doc.id)),
			title: doc.data.title,
			summary: `${documentHeading(doc.data)}, ${formatDateLong(doc.data.date)}, ${agencyName}. ${doc.data.summary}`,
			date: feedDate(doc.data.date),
			tags: [typeLabel(doc.data.type), ...(campaign ? [campaign.data.title] : [])],
			agency: { name: agencyName, url: siteUrl(urls.agency(doc.data.agency)) },
		};
	});
}
