import { SITE } from '../site.config.ts';
import { urls } from '../lib/urls.ts';
import { siteUrl } from '../lib/honour-urls.ts';

/** schema.org JSON-LD nodes are plain objects. */
export type JsonLdNode = Record<string, unknown>;

/**
 * schema.org has no property for the body that took over a dissolved one,
 * so the site names Wikidata's "replaced by" (P1366) for it.
 */
export const JSON_LD_CONTEXT = ['https://schema.org', { replacedBy: { '@id': 'http://www.wikidata.org/prop/direct/P1366', '@type': '@id' } }];

/** Node ids: the page's URL and a fragment naming what the page is about. */
export const ids = {
	website: () => `${siteUrl('/')}#website`,
	page: (path: string) => `${siteUrl(path)}#trang`,
	breadcrumbs: (path: string) => `${siteUrl(path)}#duong-dan`,
	agency: (id: string) => `${siteUrl(urls.agency(id))}#co-quan`,
	campaign: (id: string) => `${siteUrl(urls.campaign(id))}#phong-trao`,
	document: (id: string) => `${siteUrl(urls.document(id))}#van-ban`,
};

export function websiteNode(): JsonLdNode {
	return {
		'@type': 'WebSite',
		'@id': ids.website(),
		url: siteUrl('/'),
		name: SITE.name,
		alternateName: SITE.shortName,
		description: SITE.tagline,
		inLanguage: SITE.lang,
		publisher: { '@type': 'Organization', name: SITE.operator, email: SITE.contactEmail },
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl(urls.search())}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

export interface Crumb {
	label: string;
	href?: string;
}

/** The visible trail, home first; the current page has no link, so it gets its own address. */
export function breadcrumbList(path: string, crumbs: readonly Crumb[]): JsonLdNode {
	const trail = [{ label: 'Trang chủ', href: urls.home() }, ...crumbs];
	return {
		'@type': 'BreadcrumbList',
		'@id': ids.breadcrumbs(path),
		itemListElement: trail.map((crumb, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: crumb.label,
			item: siteUrl(crumb.href ?? path),
		})),
	};
}

/** Everything a page says about itself: the page, the site on the home page, its trail and its main content. */
export function pageGraph(path: string, items: readonly JsonLdNode[] = [], crumbs?: readonly Crumb[]): JsonLdNode {
	const isHome = path === urls.home();
	const page: JsonLdNode = {
		'@type': 'WebPage',
		'@id': ids.page(path),
		url: siteUrl(path),
		name: isHome ? SITE.name : crumbs?.at(-1)?.label,
		inLanguage: SITE.lang,
		isPartOf: { '@id': ids.website() },
		...(crumbs ? { breadcrumb: { '@id': ids.breadcrumbs(path) } } : {}),
		...(items[0]?.['@id'] ? { mainEntity: { '@id': items[0]['@id'] } } : {}),
	};
	return {
		'@context': JSON_LD_CONTEXT,
		'@graph': [...(isHome ? [websiteNode()] : []), page, ...(crumbs ? [breadcrumbList(path, crumbs)] : []), ...items],
	};
}

/** JSON for a script element: "<" escaped so no content can ever close the script. */
export function serialiseJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
