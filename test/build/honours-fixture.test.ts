/**
 * Honours the sample content does not show: a revoked award, the same
 * collective honoured twice (linked by its id), a namesake without an id,
 * a campaign's awards, and award decisions that must stay out (a draft and
 * a withdrawn one). Reads the shared fixture build
 * (test/fixtures/shared-site/honours.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';
import { fixtureDist, ROOT } from '../helpers/paths.ts';
import { SEED } from '../helpers/content-fixture.ts';
import { ADDED_ROWS, HUE, NEW, NOTICE, PHU_HOA } from '../fixtures/shared-site/honours.ts';
import { rollRows, yearRollPages } from '../helpers/honour-roll.ts';

let out = '';
const html = (page: string) => cheerio.load(fs.readFileSync(path.join(out, page, 'index.html'), 'utf8'));
/** A site path ("/khen-thuong/nam/2017/") loaded from the fixture build. */
const load = (sitePath: string) => html(sitePath.replace(/^\/|\/$/g, ''));
/** A file's text; the open data JSON is published gzip-compressed. */
const text = (file: string) => {
	const bytes = fs.readFileSync(path.join(out, file));
	return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};
const rowOf = (page: cheerio.CheerioAPI, name: string, decisionId: string) =>
	page('table.honour-table tbody tr').filter((_, tr) => page(tr).find('th > b').text().includes(name) && page(tr).find(`td a[href^="/van-ban/${decisionId}/"]`).length > 0);
/** Honourees of the sample's own Huế decision, read from its file. */
const sampleHueHonourees = () => {
	const source = fs.readFileSync(path.join(ROOT, 'content', SEED.hue), 'utf8');
	return (parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!) as { honourees: unknown[] }).honourees.length;
};

beforeAll(() => {
	out = fixtureDist();
});

describe('honours in a richer corpus', () => {
	it('keeps a revoked award visible, marked, with its reason and revoking decision', () => {
		const list = html('khen-thuong/nam/2017');
		const row = rowOf(list, PHU_HOA, `${HUE}/2017/563-qd-ubnd`);
		expect(row.length).toBe(1);
		expect(row.hasClass('honour-table__revoked')).toBe(true);
		expect(row.find('.honour-revoked').text().replace(/\s+/g, ' ')).toContain('Đã hủy bỏ ngày 10 tháng 05 năm 2018: Phát hiện kê khai sai thành tích. (theo Quyết định số 99/QĐ-UBND');
		const decisionRow = html(`van-ban/${HUE}/2017/563-qd-ubnd`)('tr#khen-1');
		expect(decisionRow.text()).toContain('Đã hủy bỏ');
		expect(text('du-lieu/khen-thuong.csv')).toContain('true,2018-05-10,Phát hiện kê khai sai thành tích.,Quyết định số 99/QĐ-UBND ngày 10 tháng 05 năm 2018 của UBND tỉnh Thừa Thiên Huế');
		expect(html('thong-ke')('[data-stat="da-huy-bo"]').text()).toBe('2');
	});

	it('links a revoking decision published on the site', () => {
		const list = html('khen-thuong/nam/2017');
		const row = rowOf(list, 'phường Hương Sơ', `${HUE}/2017/563-qd-ubnd`);
		expect(row.find('.honour-revoked').text()).toContain('Tập thể đề nghị rút.');
		expect(row.find(`.honour-revoked a[href="/van-ban/${NOTICE}/"]`).length).toBe(1);
		const json = JSON.parse(text('du-lieu/khen-thuong.json.gz')).items.find((r: { revokedReason: string | null }) => r.revokedReason === 'Tập thể đề nghị rút.');
		expect(new URL(json.revokedBy).pathname).toBe(`/van-ban/${NOTICE}/`);
	});

	it('links the same collective across decisions through its id, both ways', () => {
		const list = html(`khen-thuong/co-quan/${HUE}`);
		const old = rowOf(list, PHU_HOA, `${HUE}/2017/563-qd-ubnd`);
		const recent = rowOf(list, PHU_HOA, NEW);
		expect(old.find('.honour-table__others a').attr('href')).toBe(`/van-ban/${NEW}/#khen-1`);
		expect(recent.find('.honour-table__others a').attr('href')).toBe(`/van-ban/${HUE}/2017/563-qd-ubnd/#khen-1`);
		expect(html(`van-ban/${NEW}`)('tr#khen-1 .honourees__elsewhere a').attr('href')).toBe(`/van-ban/${HUE}/2017/563-qd-ubnd/#khen-1`);
	});

	it('never merges namesakes without an id', () => {
		const hieu = rollRows(load, yearRollPages(load)).filter((row) => row.name.includes('Nguyễn Văn Hiếu'));
		expect(hieu.length).toBe(2);
		expect(hieu.flatMap((row) => row.others)).toEqual([]);
	});

	it('keeps draft and withdrawn decisions out of the roll, the data and the feeds', () => {
		const outputs = ['khen-thuong/nam/2019/index.html', `khen-thuong/co-quan/${HUE}/index.html`, 'du-lieu/khen-thuong.csv', 'du-lieu/khen-thuong.json.gz', 'du-lieu/van-ban.json.gz', 'rss.xml', 'feed.json', `feed/co-quan/${HUE}.xml`, 'thong-ke/index.html'];
		for (const file of outputs) {
			expect(text(file), file).not.toContain('ZQXDRAFT');
			expect(text(file), file).not.toContain('ZQXWITHDRAWN');
		}
		// The draft's and the withdrawn decision's honourees would be two more rows of Huế's.
		const rows = rollRows(load, yearRollPages(load));
		expect(sampleHueHonourees()).toBeGreaterThan(2);
		expect(rows.filter((row) => row.decision.startsWith(`/van-ban/${HUE}/`)).length).toBe(sampleHueHonourees() + ADDED_ROWS);
		expect(html(`khen-thuong/co-quan/${HUE}`)('table.honour-table tbody tr').length).toBe(sampleHueHonourees() + ADDED_ROWS);
		expect(html('thong-ke')('[data-stat="luot-khen-thuong"]').text()).toBe(String(rows.length));
	});

	it('builds the roll of a campaign, with its feeds announced', () => {
		const page = html('khen-thuong/phong-trao/hue-thi-dua-2019');
		expect(page('table.honour-table tbody tr').length).toBe(2);
		expect(page('link[type="application/rss+xml"]').attr('href')).toBe('/feed/phong-trao/hue-thi-dua-2019.xml');
		expect(page('main a[href="/phong-trao/hue-thi-dua-2019/"]').length).toBe(1);
	});

	it('says in JSON-LD which documents on the site a decision rests on', () => {
		const graph = JSON.parse(html(`van-ban/${NEW}`)('script[type="application/ld+json"]').html()!)['@graph'];
		const work = graph.find((n: { '@type': string }) => n['@type'] === 'Legislation');
		// Addresses in the JSON-LD are relative to the page (src/structured-data/graph.ts), as JSON-LD resolves them.
		const page = `https://thiduakhenthuong.example.vn/van-ban/${NEW}/`;
		expect(work.isBasedOn.map((b: { url: string }) => new URL(b.url, page).pathname)).toEqual([`/van-ban/${HUE}/2017/563-qd-ubnd/`]);
		expect(work.citation).toEqual(['Luật: Luật Thi đua, khen thưởng']);
		expect(work.about.name).toBe('Phong trào thi đua năm 2019 tỉnh Thừa Thiên Huế');
		expect(JSON.parse(text('du-lieu/van-ban.json.gz')).items.find((d: { id: string }) => d.id === NEW).basisDocumentIds).toEqual([`${HUE}/2017/563-qd-ubnd`]);
	});
});
