/**
 * Every address that only leads on to a document: its short links (/d/<code>/,
 * the codes of earlier file names included) and its old addresses
 * (`aliases`). One table feeds the static redirect pages and the host
 * redirect files (`_redirects`, the nginx map), so they always agree. Plain
 * data, so the content check's thread can hand it to the build
 * (src/integrations/redirects.ts).
 */
import { urls } from '../lib/urls.ts';
import { shortCodesOf, shortLinkPath, type ShortLinkSource } from '../schema/short-code.ts';

export interface Redirect {
	/** Site path readers arrive at: "/d/k7m3xq/", "/van-ban/…/old-name/". */
	from: string;
	/** The document's address: "/van-ban/<id>/". */
	to: string;
	kind: 'short-link' | 'alias';
	/** The document's title: the text of the redirect page's one link. */
	title: string;
}

/** What the table needs of a document. */
export interface RedirectSource extends ShortLinkSource {
	data: ShortLinkSource['data'] & { title: string };
}

/** Redirects of public documents only (the caller passes those), short links first, each source once. */
export function redirectTable(documents: readonly RedirectSource[]): Redirect[] {
	const row = (doc: RedirectSource, from: string, kind: Redirect['kind']): Redirect => ({ from, to: urls.document(doc.id), kind, title: doc.data.title });
	const shortLinks = documents.flatMap((doc) => shortCodesOf(doc).map(({ code }) => row(doc, shortLinkPath(code), 'short-link')));
	const aliases = documents.flatMap((doc) => [...new Set(doc.data.aliases)].map((alias) => row(doc, alias, 'alias')));
	return [...shortLinks, ...aliases];
}
