/**
 * The build checks all content when it starts; the sitemap filter, which runs
 * when the build ends, must reuse that load instead of reading and parsing the
 * whole corpus again, yet still see a file changed in between.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sitemapFilter } from '../../src/feeds/sitemap-filter.ts';
import { checkContent } from '../../src/validation/index.ts';
import { loadRawContent, recentRawContent } from '../../src/validation/load.ts';
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

/** Which paths the sitemap keeps, and which files under root were read to decide. */
function sitemapOf(root: string, paths: string[]) {
	const read = vi.spyOn(fs, 'readFileSync');
	const keep = sitemapFilter(root);
	const kept = paths.filter((p) => keep(`${SITE}${p}`));
	const reads = read.mock.calls.map(([file]) => String(file)).filter((file) => file.startsWith(root));
	read.mockRestore();
	return { kept, reads };
}

const PATHS = ['/d/abc123/', '/404/', HUE_OLD, HUE, BEN_TRE, CO_LE, '/du-lieu/'];

describe('sitemap filter after the build’s content check', () => {
	it('reads no content file again and still leaves out short links, 404, old addresses and withdrawn documents', () => {
		const root = content();
		expect(checkContent(root).errors).toEqual([]);
		const { kept, reads } = sitemapOf(root, PATHS);
		expect(reads).toEqual([]);
		expect(kept).toEqual([HUE, CO_LE, '/du-lieu/']);
	});

	it('reads the content itself when nothing loaded it yet', () => {
		const root = content();
		const { kept, reads } = sitemapOf(root, PATHS);
		expect(reads.length).toBeGreaterThanOrEqual(28);
		expect(kept).toEqual([HUE, CO_LE, '/du-lieu/']);
	});

	it('does not take another folder’s load for this one', () => {
		const root = content();
		loadRawContent(path.resolve('content'));
		const { kept, reads } = sitemapOf(root, PATHS);
		expect(reads.length).toBeGreaterThan(0);
		expect(kept).toEqual([HUE, CO_LE, '/du-lieu/']);
	});

	it('sees a document withdrawn after the check', () => {
		const root = content();
		checkContent(root);
		editData(root, SEED.coLe, (d) => (d.withdrawn = { date: '2024-06-01', reason: 'Thay bằng kế hoạch mới.' }));
		expect(sitemapOf(root, PATHS).kept).toEqual([HUE, '/du-lieu/']);
	});

	it('sees a document deleted after the check', () => {
		const root = content();
		checkContent(root);
		fs.rmSync(path.join(root, SEED.hue));
		expect(sitemapOf(root, PATHS).kept).toEqual([HUE_OLD, HUE, CO_LE, '/du-lieu/']);
	});
});

describe('recentRawContent', () => {
	it('hands back the very load it was given while no file changed', () => {
		const root = content();
		const loaded = loadRawContent(root);
		expect(recentRawContent(root)).toBe(loaded);
		expect(recentRawContent(`${root}/`)).toBe(loaded);
		fs.appendFileSync(path.join(root, SEED.moDuc), '\nThêm một đoạn.\n');
		const reloaded = recentRawContent(root);
		expect(reloaded).not.toBe(loaded);
		expect(reloaded.find((e) => e.file.endsWith(SEED.moDuc))!.body).toContain('Thêm một đoạn.');
	});
});
