import { getRssString } from '@astrojs/rss';
import { SITE } from '../site.config.ts';
import { siteUrl } from '../lib/honour-urls.ts';
import type { Feed } from './feeds.ts';
import { feedItems } from './items.ts';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** RSS 2.0 through @astrojs/rss, with the language and a self link for validators. */
export async function rssResponse(feed: Feed): Promise<Response> {
	const items = await feedItems(feed);
	const body = await getRssString({
		title: feed.title,
		description: feed.description,
		site: siteUrl(feed.page),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>vi</language><atom:link href="${escapeXml(siteUrl(feed.self('rss')))}" rel="self" type="application/rss+xml"/>`,
		items: items.map((item) => ({
			title: item.title,
			link: item.url,
			pubDate: new Date(item.date),
			description: item.summary,
			categories: item.tags,
		})),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export async function jsonFeedResponse(feed: Feed): Promise<Response> {
	const items = await feedItems(feed);
	const body = {
		version: 'https://jsonfeed.org/version/1.1',
		title: feed.title,
		home_page_url: siteUrl(feed.page),
		feed_url: siteUrl(feed.self('json')),
		description: feed.description,
		language: SITE.lang,
		authors: [{ name: SITE.operator, url: siteUrl('/') }],
		items: items.map((item) => ({
			id: item.url,
			url: item.url,
			title: item.title,
			// The entry is its summary: JSON Feed needs content_text (or content_html), and a second copy as `summary` only doubled it.
			content_text: item.summary,
			date_published: item.date,
			tags: item.tags,
			authors: [item.agency],
		})),
	};
	// Compact, like the site's other JSON: indentation was a third of the file.
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
