import type { APIRoute } from 'astro';
import { SITE } from '../site.config.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Everything public may be crawled; drafts never reach the output, so nothing needs hiding here. */
export const GET: APIRoute = () =>
	new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('/sitemap-index.xml', SITE.url)}`, ''].join('\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
