/**
 * Every address that only leads on to a document: its short links (/d/<code>/,
 * the codes of earlier file names included) and its old addresses
 * (`aliases`). One table feeds the static redirect pages and the host
 * redirect files (`_redirects`, the nginx map), so they always agree.
 */
import { urls } from '../lib/urls.ts';
import { shortCodesOf, shortLinkPath, type ShortLinkSource } from '../schema/short-code.ts';

export interface Redirect<D> {
	/** Site path readers arrive at: "/d/k7m3xq/", "/van-ban/…/old-name/". */
	from: string;
	/** The document's address: "/van-ban/<id>/". */
	to: string;
	kind: 'short-link' | 'alias';
	doc: D;
}

/** Redirects of public documents only (the caller passes those), short links first, each source once. */
export function redirectTable<D extends ShortLinkSource>(documents: readonly D[]): Redirect<D>[] {
	const shortLinks = documents.flatMap((doc) => shortCodesOf(doc).map(({ code }) => ({ from: shortLinkPath(code), to: urls.document(doc.id), kind: 'short-link' as const, doc })));
	const aliases = documents.flatMap((doc) => [...new Set(doc.data.aliases)].map((alias) => ({ from: alias, to: urls.document(doc.id), kind: 'alias' as const, doc })));
	return [...shortLinks, ...aliases];
}
