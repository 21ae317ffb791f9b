import { defineMiddleware } from 'astro:middleware';
import { trimPagePolicy } from './security/page-policy.ts';

/**
 * Every rendered page's policy `<meta>` trimmed to the hashes it needs
 * (src/security/page-policy.ts); feeds, data files and other endpoints pass untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(trimPagePolicy(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
