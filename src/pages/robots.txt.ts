import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/urls.ts';

/** Everything public may be crawled; drafts never reach the output, so nothing needs hiding here. */
export const GET: APIRoute = () =>
	new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${siteUrl('/sitemap-index.xml')}`, ''].join('\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
