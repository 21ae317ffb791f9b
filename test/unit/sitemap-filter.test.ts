/**
 * The sitemap leaves out what the build's content check read as unlisted
 * (old addresses, withdrawn documents) and never reads the corpus again:
 * it is handed the paths the check computed when the build started, the
 * same content the pages were built from.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { sitemapFilter, unlistedPaths } from '../../src/feeds/sitemap-filter.ts';
import { checkContent } from '../../src/validation/index.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';

const SITE = 'https://example.vn';
const HUE = '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/';
const HUE_OLD = '/van-ban/ubnd-tinh-thua-thien-hue/2017/ten-cu/';
const BEN_TRE = '/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/';
const CO_LE = '/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/';

const roots: string[] = [];
afterEach(() => {
	vi.restoreAllMocks();
	for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** Sample content where Huế's decision has an old address and Bến Tre's is withdrawn. */
function content(): string {
	const root = copyContent();
	roots.push(root);
	editData(root, SEED.hue, (d) => (d.aliases = [HUE_OLD]));
	editData(root, SEED.benTre, (d) => (d.withdrawn = { date: '2009', reason: 'Ban hành nhầm.' }));
	return root;
}

/** The unlisted paths of root's content as the build's check computes them. */
function checkedUnlisted(root: string): Set<string> {
	const result = checkContent(root);
	expect(result.errors).toEqual([]);
	return unlistedPaths(result.content.documents);
}

const PATHS = ['/d/abc123/', '/404/', HUE_OLD, HUE, BEN_TRE, CO_LE, '/du-lieu/'];

describe('sitemap filter', () => {
	it('leaves out short links, 404, old addresses and withdrawn documents, reading no content file', () => {
		const unlisted = checkedUnlisted(content());
		const read = vi.spyOn(fs, 'readFileSync');
		const keep = sitemapFilter(() => unlisted);
		expect(PATHS.filter((p) => keep(`${SITE}${p}`))).toEqual([HUE, CO_LE, '/du-lieu/']);
		expect(read).not.toHaveBeenCalled();
	});

	it('asks for the unlisted paths once, when the first page is filtered', () => {
		const unlisted = vi.fn(() => new Set([HUE_OLD]));
		const keep = sitemapFilter(unlisted);
		expect(unlisted).not.toHaveBeenCalled();
		for (const p of PATHS) keep(`${SITE}${p}`);
		expect(unlisted).toHaveBeenCalledTimes(1);
	});

	it('follows the checked content: a document withdrawn before the check is left out', () => {
		const root = content();
		editData(root, SEED.coLe, (d) => (d.withdrawn = { date: '2024-06-01', reason: 'Thay bằng kế hoạch mới.' }));
		const keep = sitemapFilter(() => checkedUnlisted(root));
		expect(PATHS.filter((p) => keep(`${SITE}${p}`))).toEqual([HUE, '/du-lieu/']);
	});
});
