import { describe, expect, it } from 'vitest';
import { builtPages, contentPages, loadPage, textOf } from '../helpers/site.ts';
import { listedDocuments } from '../open-data/expected.ts';
import { SITE } from '../../src/site.config.ts';
import { JSON_LD_CONTEXT } from '../../src/structured-data/graph.ts';

/**
 * The JSON-LD of every page writes the site's own addresses relative to the
 * page (src/structured-data/graph.ts, `relativeIris`). Resolved as JSON-LD
 * resolves them (against the page's address), they must name the same
 * things as before: the page's canonical address, nodes defined where they
 * point, the document, its agency, its kind.
 */
type Node = Record<string, any>;
const ORIGIN = new URL(SITE.url).origin;
const pageAddress = (sitePath: string) => `${ORIGIN}${sitePath}`;
const IRI_KEYS = new Set(['@id', 'url']);

function rawGraph(sitePath: string): { context: unknown; graph: Node[] } {
	const data = JSON.parse(loadPage(sitePath)('script[type="application/ld+json"]').html()!);
	return { context: data['@context'], graph: data['@graph'] };
}

/** Every `@id` and `url` value of a graph, with the key path it was found at. */
function iris(value: unknown, found: string[] = [], key?: string): string[] {
	if (Array.isArray(value)) value.forEach((item) => iris(item, found));
	else if (value && typeof value === 'object') Object.entries(value).forEach(([name, inner]) => iris(inner, found, name));
	else if (typeof value === 'string' && key && IRI_KEYS.has(key)) found.push(value);
	return found;
}

/** The graph with every `@id` and `url` resolved against `base`, as a JSON-LD processor reads it. */
function resolved(value: unknown, base: string, key?: string): any {
	if (Array.isArray(value)) return value.map((item) => resolved(item, base));
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, resolved(inner, base, name)]));
	return typeof value === 'string' && key && IRI_KEYS.has(key) ? new URL(value, base).href : value;
}
const graphAt = (sitePath: string, base = pageAddress(sitePath)): Node[] => resolved(rawGraph(sitePath).graph, base);
const definedIds = (sitePath: string) => new Set(graphAt(sitePath).flatMap((node) => (node['@id'] ? [node['@id'] as string] : [])));

const layoutPages = contentPages().filter((page) => loadPage(page)('script[type="application/ld+json"]').length === 1);
const pagePaths = new Set(builtPages());

describe('relative addresses in JSON-LD', () => {
	it('are checked on the pages of the sample build', () => {
		expect(layoutPages.length).toBeGreaterThan(40);
	});

	it.each(layoutPages)('%s writes no address of the site in full, and each one leads to a built page', (sitePath) => {
		const found = iris(rawGraph(sitePath).graph);
		expect(found.length).toBeGreaterThan(1);
		for (const iri of found) {
			expect(iri.startsWith(ORIGIN), iri).toBe(false);
			const target = new URL(iri, pageAddress(sitePath));
			if (target.origin !== ORIGIN) continue;
			expect(pagePaths.has(target.pathname), `${iri} on ${sitePath}`).toBe(true);
		}
	});

	it('resolves the same from a page\'s index.html as from its canonical address', () => {
		for (const sitePath of layoutPages.filter((page) => page.endsWith('/')).slice(0, 20)) {
			expect(graphAt(sitePath, pageAddress(`${sitePath}index.html`))).toEqual(graphAt(sitePath));
		}
	});

	it('refers to nodes of other pages by addresses those pages define', () => {
		let references = 0;
		for (const sitePath of layoutPages) {
			const here = definedIds(sitePath);
			for (const iri of iris(graphAt(sitePath))) {
				const target = new URL(iri);
				if (!target.hash || target.origin !== ORIGIN || here.has(iri)) continue;
				references++;
				expect(definedIds(target.pathname), `${iri} from ${sitePath}`).toContain(iri);
			}
		}
		expect(references).toBeGreaterThan(50);
	});

	it.each(listedDocuments().map((doc) => [doc.id, doc] as const))('names the document %s, its agency and its kind as its page shows them', (id, doc) => {
		const sitePath = `/van-ban/${id}/`;
		const page = loadPage(sitePath);
		const graph = graphAt(sitePath);
		const canonical = page('link[rel="canonical"]').attr('href');
		const [webPage] = graph.filter((node) => node['@type'] === 'WebPage');
		const work = graph.find((node) => node['@type'] === 'Legislation' || node['@type'] === 'NewsArticle')!;
		expect(webPage!.url).toBe(canonical);
		expect(work.url).toBe(canonical);
		expect(work['@id']).toBe(`${canonical}#van-ban`);
		expect(webPage!.mainEntity['@id']).toBe(work['@id']);
		expect(work.name).toBe(textOf(page, 'h1'));
		const agency = graphAt(`/co-quan/${doc.agency}/`).find((node) => node['@type'] === 'GovernmentOrganization')!;
		expect(work.publisher['@id']).toBe(agency['@id']);
		expect(work.publisher.url).toBe(agency.url);
		expect(work.publisher.name).toBe(agency.name);
		if (doc.type === 'tin-bai') return;
		expect(work.legislationPassedBy['@id']).toBe(agency['@id']);
		expect(work.legislationType).toBe(textOf(page, '.document__caption .tag'));
	});

	it('names the Wikidata term only where a successor is named, schema.org alone elsewhere', () => {
		expect(rawGraph('/co-quan/ubnd-huyen-thuan-nam/').context).toEqual(JSON_LD_CONTEXT);
		expect(rawGraph('/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/').context).toBe('https://schema.org');
		const withSuccessor = layoutPages.filter((page) => JSON.stringify(rawGraph(page).graph).includes('"replacedBy"'));
		expect(withSuccessor).toContain('/co-quan/ubnd-huyen-thuan-nam/');
		for (const page of layoutPages) expect(rawGraph(page).context, page).toEqual(withSuccessor.includes(page) ? JSON_LD_CONTEXT : 'https://schema.org');
	});
});
