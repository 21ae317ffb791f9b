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

/** The context of a graph that names no dissolved agency's successor: schema.org's alone (about 100 bytes less). */
export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

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
			// A node reference, so the address stays an IRI when written relative (schema.org's `item` is not typed as one).
			item: { '@id': siteUrl(crumb.href ?? path) },
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
	const graph = [...(isHome ? [websiteNode()] : []), page, ...(crumbs ? [breadcrumbList(path, crumbs)] : []), ...items];
	return {
		'@context': graph.some(namesSuccessor) ? JSON_LD_CONTEXT : SCHEMA_ORG_CONTEXT,
		'@graph': relativeIris(graph, path) as JsonLdNode[],
	};
}

function namesSuccessor(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(namesSuccessor);
	if (value === null || typeof value !== 'object') return false;
	return Object.entries(value).some(([key, inner]) => (key === 'replacedBy' && inner !== undefined) || namesSuccessor(inner));
}

/**
 * Keys whose values JSON-LD resolves against the page's address: `@id`, and
 * `url`, which schema.org's context types as `@id`. Other addresses (a
 * search template, a download, a licence) stay absolute, as consumers read
 * them as text.
 */
const IRI_KEYS = new Set(['@id', 'url']);

/**
 * The graph with the site's own addresses in `@id` and `url` written
 * relative to the page (JSON-LD 1.1 §4.1.3, the base IRI of a script in
 * HTML is the document's address): `./#van-ban` for what the page is about,
 * `/co-quan/x/#co-quan` for the rest. Every address was written absolute,
 * about 12 times a document page: 1.3 KB of its 3.05 KB.
 */
export function relativeIris(value: unknown, pagePath: string, key?: string): unknown {
	if (Array.isArray(value)) return value.map((item) => relativeIris(item, pagePath));
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, relativeIris(inner, pagePath, name)]));
	if (typeof value !== 'string' || !key || !IRI_KEYS.has(key)) return value;
	const origin = new URL(siteUrl('/')).origin;
	if (!value.startsWith(`${origin}/`)) return value;
	const target = value.slice(origin.length);
	// "./" and not "" or "#…": from /x/index.html as much as from /x/, it resolves to the canonical /x/.
	return pagePath.endsWith('/') && (target === pagePath || target.startsWith(`${pagePath}#`)) ? `./${target.slice(pagePath.length)}` : target;
}

/** JSON for a script element: "<" escaped so no content can ever close the script. */
export function serialiseJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
