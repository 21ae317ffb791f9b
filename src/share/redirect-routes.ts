/**
 * What the redirect routes share: their static paths from the redirect
 * table, and the page each one answers with. The routes are endpoints, not
 * Astro pages, so no layout, stylesheet or script hashes are added to them.
 */
import { pageCacheKey, site, type DocumentEntry } from '../lib/content.ts';
import { siteUrl } from '../lib/urls.ts';
import { redirectTable, type Redirect } from './redirect-table.ts';
import { renderRedirectPage } from './redirect-page.ts';

const REASONS: Record<Redirect<unknown>['kind'], string> = {
	'short-link': 'Liên kết ngắn',
	alias: 'Văn bản đã chuyển sang địa chỉ mới',
};

/** The redirects of one kind, for getStaticPaths: `param` gets the path between the route's prefix and the final "/". */
export async function redirectPaths(kind: Redirect<unknown>['kind'], param: string, prefix: string) {
	const lookups = await site();
	const cacheKey = pageCacheKey(lookups);
	return redirectTable(lookups.documents)
		.filter((redirect) => redirect.kind === kind)
		.map((redirect) => ({ params: { [param]: redirect.from.slice(prefix.length, -1) }, props: { redirect }, cacheKey }));
}

/** The redirect page of one table row. */
export function redirectResponse(redirect: Redirect<DocumentEntry>): Response {
	const html = renderRedirectPage({
		target: redirect.to,
		canonical: siteUrl(redirect.to),
		title: redirect.doc.data.title,
		reason: REASONS[redirect.kind],
	});
	return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
