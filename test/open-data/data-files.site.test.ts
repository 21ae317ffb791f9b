import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { testDist } from '../helpers/paths.ts';
import { loadPage } from '../helpers/site.ts';
import { rollRows, yearRollPages } from '../helpers/honour-roll.ts';
import { listedAwardDecisions, listedDocuments, sourceIds } from './expected.ts';

const dist = testDist();
const file = (name: string) => path.join(dist, name);
const readJson = (name: string) => JSON.parse(fs.readFileSync(file(name), 'utf8'));
/** A data set's JSON, published gzip-compressed (docs/open-data.md). */
const readDataset = (name: string) => JSON.parse(gunzipSync(fs.readFileSync(file(`du-lieu/${name}.json.gz`))).toString('utf8'));
const DATASETS = ['van-ban', 'phong-trao', 'co-quan', 'khen-thuong'];

function csvRows(name: string): Record<string, string>[] {
	const bytes = fs.readFileSync(file(`du-lieu/${name}.csv`));
	expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
	return parse(bytes.subarray(3).toString('utf8'), { columns: true, strict: true } as never) as Record<string, string>[];
}

describe('open data files', () => {
	it.each(DATASETS)('%s.json.gz is a gzip file, and its JSON validates against its published JSON Schema', (name) => {
		expect([...fs.readFileSync(file(`du-lieu/${name}.json.gz`)).subarray(0, 2)], 'gzip magic number').toEqual([0x1f, 0x8b]);
		expect(fs.existsSync(file(`du-lieu/${name}.json`)), 'no uncompressed copy beside it').toBe(false);
		const schema = readJson(`du-lieu/schema/${name}.schema.json`);
		const data = readDataset(name);
		const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
		expect(new URL(data.$schema).pathname).toBe(`/du-lieu/schema/${name}.schema.json`);
		expect(data.count).toBe(data.items.length);
		expect(data.items.length).toBeGreaterThan(0);
		expect(data.licence.url).toContain('creativecommons.org/licenses/by/4.0');
	});

	it.each(DATASETS)('every field of %s is documented in its schema', (name) => {
		const schema = readJson(`du-lieu/schema/${name}.schema.json`);
		const fields = schema.$defs[name].properties as Record<string, { description?: string }>;
		for (const [field, definition] of Object.entries(fields)) expect(definition.description, field).toMatch(/\S{3,}/);
	});

	it.each(DATASETS)('%s.csv is RFC 4180 with a BOM and holds the same records as the JSON', (name) => {
		const rows = csvRows(name);
		const json = readDataset(name);
		const schema = readJson(`du-lieu/schema/${name}.schema.json`);
		expect(Object.keys(rows[0]!)).toEqual(Object.keys(schema.$defs[name].properties));
		expect(rows.length).toBe(json.items.length);
		const cell = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value));
		rows.forEach((row, i) => expect(row).toEqual(Object.fromEntries(Object.entries(json.items[i]).map(([k, v]) => [k, cell(v)]))));
		expect(fs.readFileSync(file(`du-lieu/${name}.csv`), 'utf8')).toMatch(/\r\n$/);
	});

	it('quotes fields with commas and keeps Vietnamese intact', () => {
		const raw = fs.readFileSync(file('du-lieu/khen-thuong.csv'), 'utf8');
		expect(raw).toContain('"Nhân dân và cán bộ phường Thuỷ Phương, thị xã Hương Thủy"');
		expect(csvRows('khen-thuong').map((r) => r.name)).toContain('Nhân dân và cán bộ phường Thuỷ Phương, thị xã Hương Thủy');
	});

	it('hold exactly the listed documents: no draft, embargoed or withdrawn one', () => {
		expect(readDataset('van-ban').items.map((d: { id: string }) => d.id)).toEqual(listedDocuments().map((d) => d.id));
		expect(readDataset('phong-trao').items.map((c: { id: string }) => c.id).sort()).toEqual(sourceIds('campaigns').sort());
		expect(readDataset('co-quan').items.map((a: { id: string }) => a.id).sort()).toEqual(sourceIds('agencies').sort());
	});

	it('list every honouree of the listed award decisions, once', () => {
		const expected = listedAwardDecisions().flatMap((doc) => doc.honourees.map((h, i) => `${doc.id}#${i + 1} ${h.name}`));
		const rows = csvRows('khen-thuong').map((r) => `${r.decisionId}#${r.order} ${r.name}`);
		expect(rows.sort()).toEqual(expected.sort());
	});

	it('have as many honouree rows as the rolls by year show, over all their pages', () => {
		const shown = rollRows(loadPage, yearRollPages(loadPage)).length;
		expect(shown).toBeGreaterThan(0);
		expect(csvRows('khen-thuong')).toHaveLength(shown);
	});

	it('carry no private field: no address, ID number or birth date', () => {
		for (const name of DATASETS) {
			const fields = Object.keys(readJson(`du-lieu/schema/${name}.schema.json`).$defs[name].properties).join(' ');
			expect(fields).not.toMatch(/address|dia-?chi|birth|ngay-?sinh|idNumber|cccd|cmnd|phone|email/i);
		}
	});

	it('are offered on the open data page with a licence and how to cite', () => {
		const page = loadPage('/du-lieu/');
		for (const name of DATASETS) {
			for (const href of [`/du-lieu/${name}.csv`, `/du-lieu/${name}.json.gz`, `/du-lieu/schema/${name}.schema.json`]) {
				expect(page(`a[href="${href}"]`).length, href).toBe(1);
			}
			expect(page(`[data-dataset-count="${name}"]`).text()).toBe(String(readDataset(name).count));
		}
		expect(page('a[rel="license"]').attr('href')).toContain('creativecommons.org/licenses/by/4.0');
		expect(page('#giay-phep').parent().text()).toMatch(/văn bản hành chính/);
		expect(page('#trich-dan').parent().text()).toMatch(/Truy cập ngày/);
	});
});

describe('sitemap and robots.txt', () => {
	const locs = () =>
		[...fs.readFileSync(file('sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

	it('robots.txt points to the sitemap index', () => {
		const robots = fs.readFileSync(file('robots.txt'), 'utf8');
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
		expect(sitemap).toBeDefined();
		expect(fs.existsSync(file(new URL(sitemap!).pathname))).toBe(true);
		expect(fs.readFileSync(file('sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
	});

	it('lists the real pages and no redirect, short link or 404', () => {
		const paths = locs();
		expect(paths).toEqual(expect.arrayContaining(['/', '/khen-thuong/danh-sach/', '/thong-ke/', '/du-lieu/', ...listedDocuments().map((d) => `/van-ban/${d.id}/`)]));
		for (const p of paths) {
			expect(p).not.toMatch(/^\/(d|404)\//);
			const html = fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8');
			expect(html, p).not.toMatch(/http-equiv="refresh"|name="robots" content="noindex"/);
		}
	});
});
