/**
 * What the redirect routes share: their static paths from the redirect
 * table, and the page each one answers with. The routes are endpoints, not
 * Astro pages, so no layout, stylesheet or script hashes are added to them.
 */
import { SITE } from '../site.config.ts';
import { pageCacheKey, site, type DocumentEntry } from '../lib/content.ts';
import { documentCard } from '../share-images/share-cards.ts';
import { siteUrl } from '../lib/urls.ts';
import { shareImageUrl } from '../share-images/registry.ts';
import { redirectTable, type Redirect } from './redirect-table.ts';
import { redirectPagePolicy, renderRedirectPage } from './redirect-page.ts';

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

/**
 * The redirect page of one table row. The image is the document's own share
 * card, which the document's page registers for rendering.
 */
export async function redirectResponse(redirect: Redirect<DocumentEntry>): Promise<Response> {
	const { agencyById } = await site();
	const { doc } = redirect;
	const html = renderRedirectPage(
		{
			target: redirect.to,
			canonical: siteUrl(redirect.to),
			title: doc.data.title,
			summary: doc.data.summary,
			image: shareImageUrl(documentCard(doc.data, agencyById.get(doc.data.agency)!.data)),
			reason: REASONS[redirect.kind],
		},
		redirectPagePolicy(SITE.federatedSearch),
	);
	return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
