import type { APIRoute, GetStaticPaths } from 'astro';
import { allFeeds, type Feed } from '../../../feeds/feeds.ts';
import { jsonFeedResponse, rssResponse } from '../../../feeds/render.ts';
import { pageCacheKey, site } from '../../../lib/content.ts';
import { today } from '../../../lib/dates.ts';

/** /feed/co-quan/<id>.xml, /feed/phong-trao/<id>.json, /feed/loai/<type>.xml … */
export const getStaticPaths = (async () => {
	const { scoped } = await allFeeds();
	// A feed shows entry data only, with dates capped at the build date.
	const cacheKey = pageCacheKey(await site(), today());
	return scoped.flatMap(({ scope, id, feed }) => [
		{ params: { scope, file: `${id}.xml` }, props: { feed, format: 'rss' }, cacheKey },
		{ params: { scope, file: `${id}.json` }, props: { feed, format: 'json' }, cacheKey },
	]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { feed, format } = props as { feed: Feed; format: 'rss' | 'json' };
	return format === 'rss' ? rssResponse(feed) : jsonFeedResponse(feed);
};
