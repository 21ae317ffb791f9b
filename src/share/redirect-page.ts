/**
 * The page at a short link or an old address: only what a browser needs to
 * go on (meta refresh and a link, for readers without it) and what a link
 * preview needs to unfurl as the document does (title, summary, image,
 * canonical) where the preview robot does not follow the refresh. No layout,
 * stylesheet or script: 1,949 bytes on average over a 10,000-document
 * synthetic corpus (19.5 MB in all), where the page with the site's layout
 * took 4–7 KB (sample site: 2.2 KB on average, was 4.6 KB).
 */
import { HEADER_ONLY_DIRECTIVES, headerPolicy } from '../security/policy.ts';
import type { FederatedIndex } from '../site.config.ts';

export interface RedirectPageData {
	/** Where readers go: "/van-ban/<id>/". */
	target: string;
	/** The target's absolute address. */
	canonical: string;
	title: string;
	summary: string;
	/** Absolute address of the document's share image. */
	image: string;
	/** Why the reader is here: "Liên kết ngắn" or "Văn bản đã chuyển sang địa chỉ mới". */
	reason: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The same policy as every other page's `<meta>` (the header policy less
 * what only a header can carry); this page has nothing inline to hash.
 */
export function redirectPagePolicy(federated: readonly FederatedIndex[]): string {
	const headerOnly: readonly string[] = HEADER_ONLY_DIRECTIVES;
	return headerPolicy(federated).split('; ').filter((directive) => !headerOnly.includes(directive)).join('; ');
}

export function renderRedirectPage(page: RedirectPageData, policy: string): string {
	const meta = (attribute: 'name' | 'property', key: string, value: string) => `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
	const target = escapeHtml(page.target);
	return [
		'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">',
		`<meta http-equiv="content-security-policy" content="${escapeHtml(policy)}">`,
		`<meta http-equiv="refresh" content="0;url=${target}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(page.title)}</title>`,
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" href="${escapeHtml(page.canonical)}">`,
		meta('property', 'og:title', page.title),
		meta('property', 'og:description', page.summary),
		meta('property', 'og:url', page.canonical),
		meta('property', 'og:type', 'article'),
		meta('property', 'og:image', page.image),
		meta('property', 'og:image:width', '1200'),
		meta('property', 'og:image:height', '630'),
		meta('name', 'twitter:card', 'summary_large_image'),
		`</head><body><main><h1>${escapeHtml(page.reason)}</h1><p><a href="${target}">${escapeHtml(page.title)}</a></p></main></body></html>`,
		'',
	].join('\n');
}
