import type { APIRoute } from 'astro';
import { allFeeds } from '../feeds/feeds.ts';
import { jsonFeedResponse } from '../feeds/render.ts';

/** Every listed document on the site, newest first, as JSON Feed 1.1. */
export const GET: APIRoute = async () => jsonFeedResponse((await allFeeds()).site);
