/**
 * Astro's incremental build (experimental.incrementalBuild) copies keyed
 * pages from the previous build. Builds a copy of the sample content three
 * times: a body edit must re-render only that document; then a front-matter
 * edit must reach every page that shows it and a document turned into a
 * draft must vanish everywhere; and every page keeps a working share image.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, editData } from '../helpers/content-fixture.ts';
import { TEST_NOW } from '../helpers/paths.ts';
import { cacheDirFor } from '../../src/paths.ts';
import { buildSiteWithLog, filesMentioning, outputFiles, tinyPdf } from '../publishing/site-build.ts';

const EDITED = 'ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh';
const UNTOUCHED = 'ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022';
const RETITLED = 'ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023';
const HIDDEN = 'ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh';
const ATTACHED = 'ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd';
const PDF = path.join('documents', path.dirname(ATTACHED), 'ban-goc-563.pdf');
const env = { SITE_NOW: TEST_NOW };

let content = '';
const builds: { out: string; log: string }[] = [];
const page = (out: string, id: string) => path.join(out, 'van-ban', id, 'index.html');
const restored = (log: string, id: string) => new RegExp(`/van-ban/${id}/index\\.html \\((restored|cached)\\)`).test(log);

/** Every HTML page's og:image must be a file of the same build. */
function missingShareImages(out: string): string[] {
	const files = outputFiles(out).filter((file) => file.path.endsWith('.html'));
	return files.flatMap((file) => {
		const html = cheerio.load(fs.readFileSync(path.join(out, file.path), 'utf8'));
		const image = html('meta[property="og:image"]').attr('content') ?? '';
		const local = path.join(out, new URL(image, 'https://x.invalid').pathname);
		return image && fs.existsSync(local) ? [] : [file.path];
	});
}

beforeAll(() => {
	content = copyContent();
	fs.rmSync(cacheDirFor(content), { recursive: true, force: true });
	editData(content, `documents/${ATTACHED}.mdx`, (data) => (data.attachments = [{ file: './ban-goc-563.pdf', title: 'Bản gốc' }]));
	fs.writeFileSync(path.join(content, PDF), tinyPdf('First scan'));
	builds.push(buildSiteWithLog(content, env));
	fs.appendFileSync(path.join(content, 'documents', `${EDITED}.mdx`), '\nCâu bổ sung ZQXINCREMENTAL sau khi sửa.\n');
	// Same file name, new bytes: only the attachment's size and SHA-256 on the page change.
	fs.writeFileSync(path.join(content, PDF), tinyPdf('Second, clearer scan'));
	builds.push(buildSiteWithLog(content, env));
	editData(content, `documents/${HIDDEN}.mdx`, (data) => (data.draft = true));
	editData(content, `documents/${RETITLED}.mdx`, (data) => (data.title = 'Tiêu đề mới ZQXRETITLED'));
	builds.push(buildSiteWithLog(content, env));
}, 300_000);

afterAll(() => {
	for (const dir of [content, cacheDirFor(content), ...builds.map((build) => build.out)]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('incremental build', () => {
	it('renders every page on the first build', () => {
		expect(builds[0]!.log).not.toMatch(/\((restored|cached)\)/);
	});

	it('re-renders an edited body and copies untouched documents', () => {
		const [first, second] = builds;
		expect(fs.readFileSync(page(second!.out, EDITED), 'utf8')).toContain('ZQXINCREMENTAL');
		expect(restored(second!.log, EDITED)).toBe(false);
		expect(restored(second!.log, UNTOUCHED)).toBe(true);
		expect(fs.readFileSync(page(second!.out, UNTOUCHED), 'utf8')).toBe(fs.readFileSync(page(first!.out, UNTOUCHED), 'utf8'));
		// Listings, agency and campaign pages show only front matter, so they are copied too.
		expect(second!.log).toMatch(/\/co-quan\/ubnd-huyen-thuan-nam\/index\.html \((restored|cached)\)/);
		expect(second!.log).toMatch(/\/phong-trao\/[a-z0-9-]+\/index\.html \((restored|cached)\)/);
	});

	it('re-renders a document whose attachment file changed', () => {
		const [first, second] = builds;
		const sha = (out: string) => createHash('sha256').update(fs.readFileSync(path.join(out, 'van-ban', ATTACHED, 'ban-goc-563.pdf'))).digest('hex');
		expect(sha(first!.out)).not.toBe(sha(second!.out));
		expect(restored(second!.log, ATTACHED)).toBe(false);
		expect(fs.readFileSync(page(second!.out, ATTACHED), 'utf8')).toContain(sha(second!.out));
	});

	it('drops a document that became a draft from every output', () => {
		expect(filesMentioning(outputFiles(builds[1]!.out), HIDDEN).length).toBeGreaterThan(0);
		expect(filesMentioning(outputFiles(builds[2]!.out), HIDDEN)).toEqual([]);
	});

	it('re-renders every page when front matter changes, so listings and timelines show the new title', () => {
		const third = builds[2]!;
		expect(restored(third.log, UNTOUCHED)).toBe(false);
		expect(fs.readFileSync(page(third.out, RETITLED), 'utf8')).toContain('ZQXRETITLED');
		expect(filesMentioning(outputFiles(third.out), 'ZQXRETITLED').filter((file) => file.endsWith('.html')).length).toBeGreaterThan(2);
	});

	it('publishes the share image of every page, restored or rendered', () => {
		for (const build of builds) expect(missingShareImages(build.out)).toEqual([]);
		expect(builds[1]!.log).toMatch(/Ảnh chia sẻ: \d+ ảnh cho \d+ trang/);
	});
});
