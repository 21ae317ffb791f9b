import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDist } from '../helpers/paths.ts';
import { builtPages, loadPage, textOf } from '../helpers/site.ts';
import { listedAwardDecisions, sourceIds } from '../open-data/expected.ts';
import { HONOUR_LIST, rollRows, yearRollPages } from '../helpers/honour-roll.ts';

const decisions = listedAwardDecisions();
const honours = decisions.flatMap((doc) => doc.honourees.map((h, i) => ({ ...h, doc, index: i })));
const count = (kind: string) => honours.filter((h) => h.kind === kind).length;
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
/** The roll's order, restated: people by given name then the rest, collectives by their whole name. */
const nameKeys = (kind: string, name: string) => {
	if (kind === 'tap-the') return [name, ''];
	const words = name.split(/\s+/);
	return [words.at(-1)!, words.slice(0, -1).join(' ')];
};

const rowsOf = (page: string) => rollRows(loadPage, [page]);
/** The whole roll: every page the honour list links by year. */
const allRows = () => rollRows(loadPage, yearRollPages(loadPage));

describe('honour roll', () => {
	it('the sample has award decisions with collectives and individuals', () => {
		expect(decisions.length).toBeGreaterThanOrEqual(2);
		expect(count('tap-the')).toBeGreaterThan(0);
		expect(count('ca-nhan')).toBeGreaterThan(0);
	});

	it('reaches every honouree of every listed decision exactly once from the honour list, by links alone', () => {
		const rows = allRows();
		expect(rows).toHaveLength(honours.length);
		expect(new Set(rows.map((r) => r.decision)).size).toBe(honours.length);
		expect(rows.map((r) => r.name).sort()).toEqual(honours.map((h) => h.name).sort());
		// No script is needed to reach them: the list is links, and it no longer carries the rows themselves.
		expect(loadPage(HONOUR_LIST)('table, script:not([type="application/ld+json"])').length).toBe(0);
	});

	it('offers the site search for a name, as a form that works without JavaScript', () => {
		const form = loadPage(HONOUR_LIST)('main form[role="search"]');
		expect(form.attr('action')).toBe('/tim-kiem/');
		expect(form.attr('method')).toBe('get');
		expect(form.find('input[name="q"]').length).toBe(1);
	});

	it.each([...new Set(decisions.map((d) => d.date.slice(0, 4)))])('orders the roll of %s in Vietnamese collation, people by given name', (year) => {
		const rows = rowsOf(`/khen-thuong/nam/${year}/`);
		const kindKey = (label: string) => (label === 'Tập thể' ? 'tap-the' : 'ca-nhan');
		for (let i = 1; i < rows.length; i++) {
			const [a1, a2] = nameKeys(kindKey(rows[i - 1]!.kind), rows[i - 1]!.name);
			const [b1, b2] = nameKeys(kindKey(rows[i]!.kind), rows[i]!.name);
			expect(collator.compare(a1!, b1!) || collator.compare(a2!, b2!), `${rows[i - 1]!.name} before ${rows[i]!.name}`).toBeLessThanOrEqual(0);
		}
	});

	it('orders people by given name: Hiếu before Trị, although "Quang" sorts before "Văn"', () => {
		const names = rowsOf('/khen-thuong/hinh-thuc/chien-si-thi-dua-toan-quoc/').map((r) => r.name);
		expect(names).toContain('Nguyễn Quang Trị');
		expect(names.indexOf('Nguyễn Văn Hiếu')).toBeLessThan(names.indexOf('Nguyễn Quang Trị'));
	});

	it('links each honouree to its own row in the decision that honoured them', () => {
		for (const row of allRows()) {
			const [page, anchor] = row.decision.split('#');
			const decision = loadPage(page!);
			const target = decision(`tr#${anchor}`);
			expect(target.length, row.decision).toBe(1);
			expect(target.find('th[scope="row"]').text()).toContain(row.name);
		}
	});

	const facetCases = [
		...[...new Set(decisions.map((d) => d.date.slice(0, 4)))].map((year) => [`/khen-thuong/nam/${year}/`, honours.filter((h) => h.doc.date.startsWith(year)).length] as const),
		...[...new Set(decisions.map((d) => d.agency))].map((agency) => [`/khen-thuong/co-quan/${agency}/`, honours.filter((h) => h.doc.agency === agency).length] as const),
		...[...new Set(honours.map((h) => (h as { award?: string }).award ?? (h.doc as { award?: string }).award))].map(
			(award) => [`/khen-thuong/hinh-thuc/${award}/`, honours.filter((h) => ((h as { award?: string }).award ?? (h.doc as { award?: string }).award) === award).length] as const,
		),
	];
	it.each(facetCases)('%s lists its %i honourees', (page, expected) => {
		expect(rowsOf(page)).toHaveLength(expected);
		expect(textOf(loadPage(page), '.lead')).toContain(`${expected} lượt khen thưởng`);
	});

	it('offers every way to browse on the roll index, each leading to a built page', () => {
		const index = loadPage('/khen-thuong/');
		const pages = new Set(builtPages());
		const links = index('main a[href^="/khen-thuong/"]').map((_, a) => a.attribs.href).get();
		for (const facet of ['/khen-thuong/nam/', '/khen-thuong/hinh-thuc/', '/khen-thuong/co-quan/', '/khen-thuong/phong-trao/', HONOUR_LIST]) expect(links).toContain(facet);
		for (const link of links) expect(pages.has(link), link).toBe(true);
		expect(sourceIds('campaigns').length).toBeGreaterThan(0);
	});
});

describe('statistics page', () => {
	const page = () => loadPage('/thong-ke/');
	const stat = (key: string) => Number(page()(`[data-stat="${key}"]`).text().replace(/\D/g, ''));

	it('states the totals of the content', () => {
		expect(stat('quyet-dinh')).toBe(decisions.length);
		expect(stat('luot-khen-thuong')).toBe(honours.length);
		expect(stat('tap-the')).toBe(count('tap-the'));
		expect(stat('ca-nhan')).toBe(count('ca-nhan'));
		expect(stat('phong-trao')).toBe(sourceIds('campaigns').length);
	});

	it('has a data table beside each chart whose totals equal the content', () => {
		const html = page();
		const tables = html('table[data-chart-table]');
		expect(tables.length).toBe(5);
		tables.each((_, table) => {
			const id = table.attribs['data-chart-table']!;
			const headers = html(table).find('thead th').map((_, th) => html(th).text().trim()).get();
			const totals = html(table).find('tfoot td').map((_, td) => Number(html(td).text().replace(/\D/g, ''))).get();
			const columns = Object.fromEntries(headers.slice(1).map((h, i) => [h, totals[i]]));
			if (id === 'phong-trao-theo-nam') {
				expect(columns['Số phong trào']).toBe(sourceIds('campaigns').length);
				return;
			}
			expect(columns).toMatchObject({ 'Quyết định': decisions.length, 'Tập thể': count('tap-the'), 'Cá nhân': count('ca-nhan'), 'Tổng số lượt': honours.length });
			const rowSum = html(table).find('tbody tr').map((_, tr) => Number(html(tr).find('td').last().text().replace(/\D/g, ''))).get().reduce((a, b) => a + b, 0);
			expect(rowSum, id).toBe(honours.length);
		});
	});

	it('draws each chart as an SVG image named by its title and description, one bar per table row', () => {
		const html = page();
		html('svg.chart-bars').each((_, svg) => {
			expect(svg.attribs.role).toBe('img');
			const [titleId, descId] = svg.attribs['aria-labelledby']!.split(' ');
			expect(html(svg).find(`title#${titleId}`).text()).toBeTruthy();
			expect(html(svg).find(`desc#${descId}`).text()).toMatch(/^Biểu đồ thanh ngang/);
			const section = html(svg).closest('section');
			expect(html(svg).find('rect').length).toBe(section.find('tbody tr').length);
		});
		expect(html('svg.chart-bars').length).toBe(5);
	});

	it('needs no JavaScript: no script besides its JSON-LD', () => {
		expect(page()('script:not([type="application/ld+json"])').length).toBe(0);
		expect(fs.readFileSync(path.join(testDist(), 'thong-ke/index.html'), 'utf8')).not.toMatch(/<script(?![^>]*ld\+json)/);
	});
});

describe('footer', () => {
	it('links to the statistics and the open data', () => {
		const footer = loadPage('/')('footer');
		expect(footer.find('a[href="/thong-ke/"]').text()).toBe('Thống kê');
		expect(footer.find('a[href="/du-lieu/"]').text()).toBe('Dữ liệu mở');
	});
});
