import { defineMiddleware } from 'astro:middleware';
import { trimPagePolicy } from './security/page-policy.ts';
import { prestagePage } from './search/prestage-hook.ts';

/**
 * Every rendered page's policy `<meta>` trimmed to the hashes it needs
 * (src/security/page-policy.ts), then, in a build, handed to the search
 * staging and written without its search record (src/search/prestage-hook.ts);
 * feeds, data files and other endpoints pass untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const base = import.meta.env.BASE_URL;
	const pathname = context.url.pathname.startsWith(base) ? `/${context.url.pathname.slice(base.length)}` : context.url.pathname;
	const html = prestagePage(pathname, trimPagePolicy(await response.text()));
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
