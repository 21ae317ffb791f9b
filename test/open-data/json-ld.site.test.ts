import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage, pageFile, textOf } from '../helpers/site.ts';
import { listedDocuments } from './expected.ts';
import { SITE } from '../../src/site.config.ts';

type Node = Record<string, any>;

/** Pages drawn by the site's layout; redirect pages (short links, old addresses) only forward. */
const layoutPages = builtPages().filter((p) => !/http-equiv="refresh"/.test(fs.readFileSync(pageFile(p), 'utf8')));

function graphOf(path: string): Node[] {
	const scripts = loadPage(path)('script[type="application/ld+json"]');
	expect(scripts.length, path).toBe(1);
	const raw = scripts.first().html()!;
	expect(raw, `${path}: "<" must be escaped`).not.toContain('<');
	const data = JSON.parse(raw);
	expect(data['@context']).toContain('https://schema.org');
	// The site's own addresses are written relative to the page (src/structured-data/graph.ts): resolve them as JSON-LD does.
	return resolveIris(data['@graph'], new URL(path, SITE.url).href);
}
function resolveIris(value: any, base: string, key?: string): any {
	if (Array.isArray(value)) return value.map((item) => resolveIris(item, base));
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, resolveIris(inner, base, name)]));
	return typeof value === 'string' && (key === '@id' || key === 'url') ? new URL(value, base).href : value;
}
const ofType = (graph: Node[], type: string) => graph.filter((n) => n['@type'] === type);

describe('JSON-LD', () => {
	it('covers the pages of the site', () => {
		expect(layoutPages.length).toBeGreaterThan(40);
	});

	it.each(layoutPages)('%s has one JSON-LD graph that parses, with the page in it', (path) => {
		const graph = graphOf(path);
		const [page] = ofType(graph, 'WebPage');
		// The 404 page says "./": it is served at whatever address was not found, and describes that response.
		expect(new URL(page!.url).pathname).toBe(path === '/404.html' ? '/' : path);
	});

	it.each(layoutPages.filter((p) => loadPage(p)('nav.breadcrumbs').length > 0))('%s has a BreadcrumbList matching its visible trail', (path) => {
		const html = loadPage(path);
		const visible = html('nav.breadcrumbs li').map((_, li) => html(li).text().trim()).get();
		const [list] = ofType(graphOf(path), 'BreadcrumbList');
		expect(list!.itemListElement.map((item: Node) => item.name)).toEqual(visible);
		expect(list!.itemListElement.map((item: Node) => item.position)).toEqual(visible.map((_, i) => i + 1));
		expect(new URL(list!.itemListElement.at(-1).item['@id']).pathname).toBe(path);
	});

	it('describes the site on the home page', () => {
		const [site] = ofType(graphOf('/'), 'WebSite');
		expect(site!.name).toBe(textOf(loadPage('/'), 'h1'));
		expect(site!.potentialAction.target.urlTemplate).toContain('{search_term_string}');
	});

	it('describes agencies as GovernmentOrganization with parent, dissolution and successor', () => {
		const [district] = ofType(graphOf('/co-quan/ubnd-huyen-thuan-nam/'), 'GovernmentOrganization');
		expect(district!.name).toBe('UBND huyện Thuận Nam');
		expect(district!.parentOrganization.name).toBe('UBND tỉnh Ninh Thuận');
		expect(district!.dissolutionDate).toBe('2025-06-30');
		expect(district!.replacedBy).toBe(ofType(graphOf('/co-quan/ubnd-tinh-khanh-hoa/'), 'GovernmentOrganization')[0]!['@id']);
		const [current] = ofType(graphOf('/co-quan/ubnd-tinh-khanh-hoa/'), 'GovernmentOrganization');
		expect(current!.dissolutionDate).toBeUndefined();
	});

	it.each(listedDocuments().map((d) => [d.id, d] as const))('describes the document %s with its identifier, dates and publisher', (id, doc) => {
		const graph = graphOf(`/van-ban/${id}/`);
		const [work] = graph.filter((n) => n['@type'] === 'Legislation' || n['@type'] === 'NewsArticle');
		expect(work!['@type']).toBe(doc.type === 'tin-bai' ? 'NewsArticle' : 'Legislation');
		expect(work!.datePublished).toBe(doc.date);
		if (doc.type !== 'tin-bai') expect(work!.legislationDate).toBe(doc.date);
		expect(new URL(work!.publisher['@id']).pathname).toBe(`/co-quan/${doc.agency}/`);
		expect(ofType(graph, 'WebPage')[0]!.mainEntity['@id']).toBe(work!['@id']);
	});

	it('keeps the number, the partial date and the signer of real documents', () => {
		const hue = graphOf('/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/').find((n) => n['@type'] === 'Legislation')!;
		expect(hue.legislationIdentifier).toBe('563/QĐ-UBND');
		// The agency is described once, as publisher; its other roles refer to it.
		expect(hue.legislationPassedBy).toEqual({ '@id': hue.publisher['@id'] });
		expect(hue.author).toEqual({ '@id': hue.publisher['@id'] });
		expect(hue.publisher.name).toBe('UBND tỉnh Thừa Thiên Huế');
		// Honourees are in the page's table and the open data, not repeated as `mentions`.
		expect(hue.mentions).toBeUndefined();
		const thuanNam = graphOf('/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/').find((n) => n['@type'] === 'Legislation')!;
		expect(thuanNam.legislationDate).toBe('2023-01');
		expect(thuanNam.legislationIdentifier).toBeUndefined();
		const benTre = graphOf('/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/').find((n) => n['@type'] === 'Legislation')!;
		expect(benTre.contributor).toMatchObject({ '@type': 'Person', name: 'Nguyễn Sinh Hùng', jobTitle: 'KT. Thủ tướng, Phó Thủ tướng' });
		expect(benTre.citation).toContain('Nghị định số 121/2005/NĐ-CP ngày 30 tháng 09 năm 2005 của Chính phủ: Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, Khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng');
	});

	it('describes campaigns as events with their period and organiser', () => {
		const [event] = ofType(graphOf('/phong-trao/co-le-cchc-2024/'), 'Event');
		expect(event).toMatchObject({ startDate: '2024-02', endDate: '2024-12-31' });
		expect(event!.organizer.name).toBe('UBND thị trấn Cổ Lễ');
		expect(event!.subjectOf.length).toBeGreaterThan(0);
	});

	it('describes each open data set as a Dataset with its downloads and licence', () => {
		const datasets = ofType(graphOf('/du-lieu/'), 'Dataset');
		expect(datasets).toHaveLength(4);
		for (const dataset of datasets) {
			expect(dataset.license).toContain('creativecommons.org/licenses/by/4.0');
			// The JSON is published gzip-compressed (docs/open-data.md): its download is a gzip file.
			expect(dataset.distribution.map((d: Node) => d.encodingFormat)).toEqual(['text/csv', 'application/gzip']);
			expect(dataset.distribution.map((d: Node) => new URL(d.contentUrl).pathname.replace(/^\/du-lieu\/[a-z-]+/, ''))).toEqual(['.csv', '.json.gz']);
		}
	});
});
