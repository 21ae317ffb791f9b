/**
 * Honours the sample content does not show: a revoked award, the same
 * collective honoured twice (linked by its id), a namesake without an id,
 * a campaign's awards, and award decisions that must stay out (a draft and
 * a withdrawn one). Builds its own copy of the content once.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, editData, writeFile, SEED } from '../helpers/content-fixture.ts';
import { TEST_NOW } from '../helpers/paths.ts';
import { cacheDirFor } from '../../src/paths.ts';
import { buildSite } from '../publishing/site-build.ts';

const HUE = 'ubnd-tinh-thua-thien-hue';
const NEW = `${HUE}/2019/qd-khen-thuong-2019`;
const DRAFT = `${HUE}/2019/zqx-quyet-dinh-nhap`;
const NOTICE = `${HUE}/2018/tin-huy-bo-khen-thuong`;
const WITHDRAWN = `${HUE}/2019/zqx-quyet-dinh-thu-hoi`;
const PHU_HOA = 'Nhân dân và cán bộ phường Phú Hòa, thành phố Huế';

const decision = (extra: string, honourees: string) => `---
type: quyet-dinh-khen-thuong
symbol: QĐ-UBND
date: 2019-04-02
agency: ${HUE}
title: Về việc khen thưởng năm 2019
summary: Quyết định khen thưởng dùng để kiểm thử.
award: bang-khen-cap-tinh
${extra}
honourees:
${honourees}
source:
  kind: ban-dien-tu
---

Nội dung.
`;

let out = '';
let root = '';
const html = (page: string) => cheerio.load(fs.readFileSync(path.join(out, page, 'index.html'), 'utf8'));
const text = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const rowOf = (page: cheerio.CheerioAPI, name: string, decisionId: string) =>
	page('table.honour-table tbody tr').filter((_, tr) => page(tr).find('.honour-table__name').text().includes(name) && page(tr).find(`td a[href^="/van-ban/${decisionId}/"]`).length > 0);

beforeAll(() => {
	root = copyContent();
	editData(root, SEED.hue, (d) => {
		const honourees = d.honourees as Record<string, unknown>[];
		honourees[0]!.id = 'phuong-phu-hoa-hue';
		honourees[0]!.revoked = { date: '2018-05-10', reason: 'Phát hiện kê khai sai thành tích.', decision: { kind: 'Quyết định', number: '99/QĐ-UBND', date: '2018-05-10', issuer: 'UBND tỉnh Thừa Thiên Huế' } };
		honourees[1]!.revoked = { date: '2018-06-01', reason: 'Tập thể đề nghị rút.', decision: { document: NOTICE } };
	});
	writeFile(root, 'campaigns/hue-thi-dua-2019.yaml', `title: Phong trào thi đua năm 2019 tỉnh Thừa Thiên Huế\nagency: ${HUE}\nstart: 2019-01\nend: "2019"\nsummary: Phong trào dùng để kiểm thử.\nareas: [thi-dua-khen-thuong]\n`);
	writeFile(root, `documents/${NEW}.mdx`, decision(`number: "12"\ncampaign: hue-thi-dua-2019\nbasis:\n  - document: ${HUE}/2017/563-qd-ubnd\n  - kind: Luật\n    title: Luật Thi đua, khen thưởng`, `  - kind: tap-the\n    name: ${PHU_HOA}\n    id: phuong-phu-hoa-hue\n  - kind: ca-nhan\n    name: Nguyễn Văn Hiếu\n    position: Chủ tịch\n    unit: UBND phường Phú Hòa`));
	writeFile(root, `documents/${NOTICE}.mdx`, `---\ntype: tin-bai\ndate: 2018-06-01\nagency: ${HUE}\ntitle: Hủy bỏ khen thưởng\nsummary: Tin về việc hủy bỏ khen thưởng.\nsource:\n  kind: ban-dien-tu\n---\n\nNội dung.\n`);
	writeFile(root, `documents/${DRAFT}.mdx`, decision('number: "13"\ndraft: true', '  - kind: ca-nhan\n    name: Lê Văn ZQXDRAFT'));
	writeFile(root, `documents/${WITHDRAWN}.mdx`, decision('number: "14"\nwithdrawn:\n  date: 2019-05-01\n  reason: Ban hành nhầm.', '  - kind: ca-nhan\n    name: Lê Văn ZQXWITHDRAWN'));
	// A content folder of its own gets an Astro cache of its own (src/paths.ts), so the real content's cache needs no resync afterwards.
	out = buildSite(root, { SITE_NOW: TEST_NOW });
}, 240_000);

afterAll(() => {
	for (const dir of [out, root, root && cacheDirFor(root)]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('honours in a richer corpus', () => {
	it('keeps a revoked award visible, marked, with its reason and revoking decision', () => {
		const list = html('khen-thuong/danh-sach');
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
		const list = html('khen-thuong/danh-sach');
		const row = rowOf(list, 'phường Hương Sơ', `${HUE}/2017/563-qd-ubnd`);
		expect(row.find('.honour-revoked').text()).toContain('Tập thể đề nghị rút.');
		expect(row.find(`.honour-revoked a[href="/van-ban/${NOTICE}/"]`).length).toBe(1);
		const json = JSON.parse(text('du-lieu/khen-thuong.json')).items.find((r: { revokedReason: string | null }) => r.revokedReason === 'Tập thể đề nghị rút.');
		expect(new URL(json.revokedBy).pathname).toBe(`/van-ban/${NOTICE}/`);
	});

	it('links the same collective across decisions through its id, both ways', () => {
		const list = html('khen-thuong/danh-sach');
		const old = rowOf(list, PHU_HOA, `${HUE}/2017/563-qd-ubnd`);
		const recent = rowOf(list, PHU_HOA, NEW);
		expect(old.find('.honour-table__others a').attr('href')).toBe(`/van-ban/${NEW}/#khen-1`);
		expect(recent.find('.honour-table__others a').attr('href')).toBe(`/van-ban/${HUE}/2017/563-qd-ubnd/#khen-1`);
		expect(html(`van-ban/${NEW}`)('tr#khen-1 .honourees__elsewhere a').attr('href')).toBe(`/van-ban/${HUE}/2017/563-qd-ubnd/#khen-1`);
	});

	it('never merges namesakes without an id', () => {
		const list = html('khen-thuong/danh-sach');
		const hieu = list('table.honour-table tbody tr').filter((_, tr) => list(tr).find('.honour-table__name').text().includes('Nguyễn Văn Hiếu'));
		expect(hieu.length).toBe(2);
		expect(hieu.find('.honour-table__others').length).toBe(0);
	});

	it('keeps draft and withdrawn decisions out of the roll, the data and the feeds', () => {
		const outputs = ['khen-thuong/danh-sach/index.html', 'du-lieu/khen-thuong.csv', 'du-lieu/khen-thuong.json', 'du-lieu/van-ban.json', 'rss.xml', 'feed.json', `feed/co-quan/${HUE}.xml`, 'thong-ke/index.html'];
		for (const file of outputs) {
			expect(text(file), file).not.toContain('ZQXDRAFT');
			expect(text(file), file).not.toContain('ZQXWITHDRAWN');
		}
		expect(html('khen-thuong/danh-sach')('table.honour-table tbody tr').length).toBe(14);
		expect(html('thong-ke')('[data-stat="luot-khen-thuong"]').text()).toBe('14');
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
		expect(work.isBasedOn.map((b: { url: string }) => new URL(b.url).pathname)).toEqual([`/van-ban/${HUE}/2017/563-qd-ubnd/`]);
		expect(work.citation).toEqual(['Luật: Luật Thi đua, khen thưởng']);
		expect(work.about.name).toBe('Phong trào thi đua năm 2019 tỉnh Thừa Thiên Huế');
		expect(JSON.parse(text('du-lieu/van-ban.json')).items.find((d: { id: string }) => d.id === NEW).basisDocumentIds).toEqual([`${HUE}/2017/563-qd-ubnd`]);
	});
});
