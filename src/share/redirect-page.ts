/**
 * The page at a short link or an old address: the smallest valid page that
 * sends a browser on (meta refresh), tells crawlers and link previews where
 * the document lives (canonical), and gives readers without the refresh one
 * link. Hosts that read `_redirects` or the nginx map answer with a 301 from
 * the same table (host-redirects.ts) and never serve it.
 *
 * No layout, stylesheet, script or preview tags: previews follow the
 * canonical address to the document's own page and card. Nothing on the page
 * loads or runs, so it carries no Content-Security-Policy `<meta>` (the host's
 * header still applies). About 0.4 KB a page on the 10,000-document synthetic
 * corpus, where it was 1.95 KB with the policy and preview tags (19.5 MB in
 * all) and 4–7 KB with the site's layout.
 */
import { siteUrl } from '../lib/urls.ts';
import type { Redirect } from './redirect-table.ts';

export interface RedirectPageData {
	/** Where readers go: "/van-ban/<id>/". */
	target: string;
	/** The target's absolute address. */
	canonical: string;
	/** The document's title, the text of the one link. */
	title: string;
	/** Why the reader is here: "Liên kết ngắn" or "Văn bản đã chuyển sang địa chỉ mới". */
	reason: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderRedirectPage(page: RedirectPageData): string {
	const target = escapeHtml(page.target);
	// <main> and <h1> keep axe's landmark and heading checks clean for readers who land here without the refresh.
	return (
		`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}">` +
		`<title>${escapeHtml(page.reason)}</title><link rel="canonical" href="${escapeHtml(page.canonical)}"></head>` +
		`<body><main><h1>${escapeHtml(page.reason)}</h1><p><a href="${target}">${escapeHtml(page.title)}</a></p></main></body></html>\n`
	);
}

const REASONS: Record<Redirect['kind'], string> = {
	'short-link': 'Liên kết ngắn',
	alias: 'Văn bản đã chuyển sang địa chỉ mới',
};

/** The page of one row of the redirect table. */
export function redirectPage(redirect: Redirect): string {
	return renderRedirectPage({ target: redirect.to, canonical: siteUrl(redirect.to), title: redirect.title, reason: REASONS[redirect.kind] });
}
