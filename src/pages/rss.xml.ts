import type { APIRoute } from 'astro';
import { allFeeds } from '../feeds/feeds.ts';
import { rssResponse } from '../feeds/render.ts';

/** Every listed document on the site, newest first, as RSS 2.0. */
export const GET: APIRoute = async () => rssResponse((await allFeeds()).site);
