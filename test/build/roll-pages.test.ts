/**
 * Honour rolls longer than a page (src/honours/roll-pages.ts), on the shared
 * fixture's 2012 decision of ROLL_PAGE_SIZE + 7 individuals
 * (test/fixtures/shared-site/long-roll.ts): page 1 at the roll's own address,
 * page 2 under trang/2/, each honour on exactly one page, the pages linked to
 * each other and from the honour list.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDist } from '../helpers/paths.ts';
import { HONOUR_LIST, rollRows, yearRollPages } from '../helpers/honour-roll.ts';
import { ROLL_PAGE_SIZE } from '../../src/honours/roll-pages.ts';
import { ROLL_AGENCY, ROLL_DECISION, ROLL_ROWS, ROLL_YEAR } from '../fixtures/shared-site/long-roll.ts';

let out = '';
const file = (sitePath: string) => path.join(out, sitePath, 'index.html');
const load = (sitePath: string) => cheerio.load(fs.readFileSync(file(sitePath), 'utf8'));
const ROLLS = [`/khen-thuong/nam/${ROLL_YEAR}/`, `/khen-thuong/co-quan/${ROLL_AGENCY}/`];
/** Row anchors of the long decision, "#khen-1" … */
const expectedAnchors = Array.from({ length: ROLL_ROWS }, (_, i) => `/van-ban/${ROLL_DECISION}/#khen-${i + 1}`);

beforeAll(() => {
	out = fixtureDist();
});

describe('a roll longer than a page', () => {
	it.each(ROLLS)('%s has two pages that together hold each honour of the decision exactly once', (roll) => {
		const pages = [roll, `${roll}trang/2/`];
		const rows = rollRows(load, pages);
		expect(rows.filter((row) => row.page === roll)).toHaveLength(ROLL_PAGE_SIZE);
		expect(rows.filter((row) => row.page !== roll)).toHaveLength(ROLL_ROWS - ROLL_PAGE_SIZE);
		expect(rows.map((row) => row.decision).sort()).toEqual([...expectedAnchors].sort());
		expect(fs.existsSync(file(`${roll}trang/3/`))).toBe(false);
		expect(fs.existsSync(file(`${roll}trang/1/`))).toBe(false);
	});

	it.each(ROLLS)('%s links its pages both ways, names the page in its title and lists the decisions on page 1 only', (roll) => {
		const [first, second] = [load(roll), load(`${roll}trang/2/`)];
		expect(first('nav.pagination a[rel="next"]').attr('href')).toBe(`${roll}trang/2/`);
		expect(second('nav.pagination a[rel="prev"]').attr('href')).toBe(roll);
		expect(second('title').text()).toContain('trang 2/2');
		expect(first('title').text()).not.toContain('trang');
		expect(first('#quyet-dinh').length).toBe(1);
		expect(second('#quyet-dinh').length).toBe(0);
		expect(second('#danh-sach').text()).toContain(`dòng ${ROLL_PAGE_SIZE + 1}–${ROLL_ROWS}, trang 2/2`);
		// Both pages show the same card: one image for the roll.
		expect(second('meta[property="og:image"]').attr('content')).toBe(first('meta[property="og:image"]').attr('content'));
	});

	it('is reached from the honour list by both its pages', () => {
		const links = load(HONOUR_LIST)('.honour-years a').map((_, a) => a.attribs.href).get();
		expect(links).toEqual(expect.arrayContaining([`/khen-thuong/nam/${ROLL_YEAR}/`, `/khen-thuong/nam/${ROLL_YEAR}/trang/2/`]));
	});
});

describe('the honour list', () => {
	it('leads to every honour of the open data exactly once through the rolls by year', () => {
		const csv = parse(fs.readFileSync(path.join(out, 'du-lieu', 'khen-thuong.csv'), 'utf8'), { columns: true, bom: true }) as { decisionUrl: string }[];
		const expected = csv.map((row) => new URL(row.decisionUrl)).map((url) => `${url.pathname}${url.hash}`);
		expect(expected).toEqual(expect.arrayContaining(expectedAnchors));
		const shown = rollRows(load, yearRollPages(load)).map((row) => row.decision);
		expect(shown.length).toBe(expected.length);
		expect(new Set(shown).size).toBe(shown.length);
		expect([...shown].sort()).toEqual([...expected].sort());
	});

	it('is a page a phone opens: no table of its own, under 40 KB', () => {
		expect(load(HONOUR_LIST)('table').length).toBe(0);
		expect(fs.statSync(file(HONOUR_LIST)).size).toBeLessThan(40_000);
	});
});
