/**
 * Astro's incremental build (experimental.incrementalBuild) keeps keyed
 * pages from the previous build. Builds a copy of the sample content three
 * times into the same output folder, as CI and `npm run build` do: a body
 * edit must re-render only that document; then a front-matter edit must
 * reach every page that shows it and a document turned into a draft must
 * vanish everywhere; files no build writes any more are removed; and every
 * page keeps a working share image. The search index's staging reads only
 * the pages whose inputs changed, the index still finds every edit, and an
 * embargo that falls due between two builds publishes everywhere, the index
 * included. A build after the staging folder was lost renders every page
 * again, so no kept page goes unindexed for want of its stripped record.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, editData } from '../helpers/content-fixture.ts';
import { TEST_NOW } from '../helpers/paths.ts';
import { cacheDirFor } from '../../src/paths.ts';
import { SEARCH_STAGING_DIR } from '../../src/integrations/search-prestage.ts';
import { stagedPages } from '../../src/search/staging.ts';
import { EDITOR_PATH } from '../../src/security/policy.ts';
import { buildSiteWithLog, filesMentioning, outputFiles, tinyPdf, type OutputFile } from '../publishing/site-build.ts';

const EDITED = 'ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh';
const UNTOUCHED = 'ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022';
const RETITLED = 'ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023';
const HIDDEN = 'ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh';
const ATTACHED = 'ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd';
const EMBARGOED = 'van-phong-ubnd-thanh-pho-ho-chi-minh/2022/tin-ban-hanh-ke-hoach-thi-dua-chinh-quyen-so';
const PDF = path.join('documents', path.dirname(ATTACHED), 'ban-goc-563.pdf');
/** The embargo falls due between the second and the third build, whose clock is a week later. */
const EMBARGO_ENDS = '2024-03-05T08:00:00+07:00';
const env = { SITE_NOW: TEST_NOW };
const LATER = '2024-03-08';

let content = '';
let out = '';
let otherOut = '';
/** The indexed pages the staging held before its folder was lost (step 6). */
let stagedBeforeLoss: string[] = [];
/** A build of the content of step 2 from nothing (its own empty Astro cache), to compare the rebuild with. */
let fromScratch: { out: string; cache: string; files: OutputFile[] } | undefined;
/** What each build left, read before the next build writes over it. */
const builds: { log: string; files: OutputFile[]; untouched: string; pdfSha: string; missingImages: string[] }[] = [];
const STALE = path.join('van-ban', 'co-quan-cu', '2020', 'van-ban-cu', 'index.html');
const page = (out: string, id: string) => path.join(out, 'van-ban', id, 'index.html');
const restored = (log: string, id: string) => new RegExp(`/van-ban/${id}/index\\.html \\((restored|cached)\\)`).test(log);

/** Every HTML page's og:image must be a file of the same build; the editor's static pages are not shared. */
function missingShareImages(): string[] {
	const files = outputFiles(out).filter((file) => file.path.endsWith('.html') && !`/${file.path}`.startsWith(EDITOR_PATH));
	return files.flatMap((file) => {
		const html = cheerio.load(fs.readFileSync(path.join(out, file.path), 'utf8'));
		// Redirect pages carry no preview tags of their own (src/share/redirect-page.ts).
		if (html('meta[http-equiv="refresh"]').length > 0) return [];
		const image = html('meta[property="og:image"]').attr('content') ?? '';
		const local = path.join(out, new URL(image, 'https://x.invalid').pathname);
		return image && fs.existsSync(local) ? [] : [file.path];
	});
}

/** "đọc lại N trang đã dựng": how many built pages the search staging read. */
const pagesRead = (log: string) => Number(/đọc lại (\d+) trang đã dựng/.exec(log)?.[1] ?? Number.NaN);
/** "N trang chuẩn bị trong lúc dựng": how many pages were staged while Astro rendered them (src/search/prestage.ts). */
const pagesPrestaged = (log: string) => Number(/(\d+) trang chuẩn bị trong lúc dựng/.exec(log)?.[1] ?? Number.NaN);
/** Pages copied from public/ as they are: never rendered, so never prestaged. */
const publicPages = fs.readdirSync('public', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
const pagesBuilt = (files: OutputFile[]) => files.filter((file) => file.path.endsWith('.html')).length;
/** Short links and old addresses: written by the build after Astro (src/integrations/redirects.ts), so never prestaged. */
const redirectPages = (files: OutputFile[]) => files.filter((file) => file.path.endsWith('.html') && file.text.includes('http-equiv="refresh"')).length;
const indexed = (files: OutputFile[], needle: string) => filesMentioning(files, needle).filter((file) => file.startsWith('pagefind/fragment/'));

function build() {
	const { log } = buildSiteWithLog(content, env, out);
	builds.push({
		log,
		files: outputFiles(out),
		untouched: fs.readFileSync(page(out, UNTOUCHED), 'utf8'),
		pdfSha: createHash('sha256').update(fs.readFileSync(path.join(out, 'van-ban', ATTACHED, 'ban-goc-563.pdf'))).digest('hex'),
		missingImages: missingShareImages(),
	});
}

beforeAll(() => {
	content = copyContent();
	out = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-incremental-'));
	fs.rmSync(cacheDirFor(content), { recursive: true, force: true });
	editData(content, `documents/${ATTACHED}.mdx`, (data) => (data.attachments = [{ file: './ban-goc-563.pdf', title: 'Bản gốc' }]));
	editData(content, `documents/${EMBARGOED}.mdx`, (data) => (data.publishAt = EMBARGO_ENDS));
	fs.writeFileSync(path.join(content, PDF), tinyPdf('First scan'));
});

/**
 * Five builds of the sample site, one step each (a build takes 1–5 minutes on
 * a loaded 2-core machine): a step's time limit covers one build, never the
 * whole series. The checks below read what the steps recorded.
 */
const BUILD_STEP = 600_000;
describe('six builds in a row', () => {
	it('1: a first build into an empty folder', () => {
		build();
		expect(builds).toHaveLength(1);
	}, BUILD_STEP);

	it('2: after a body edit, a new attachment scan and a stale page left in the output', () => {
		fs.appendFileSync(path.join(content, 'documents', `${EDITED}.mdx`), '\nCâu bổ sung ZQXINCREMENTAL sau khi sửa.\n');
		// Same file name, new bytes: only the attachment's size and SHA-256 on the page change.
		fs.writeFileSync(path.join(content, PDF), tinyPdf('Second, clearer scan'));
		// A page an earlier build wrote whose document has since been deleted.
		fs.mkdirSync(path.dirname(path.join(out, STALE)), { recursive: true });
		fs.writeFileSync(path.join(out, STALE), '<p>ZQXSTALE</p>');
		fs.utimesSync(path.join(out, STALE), new Date('2025-01-01'), new Date('2025-01-01'));
		build();
		expect(builds).toHaveLength(2);
		const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-incremental-cache-'));
		const { out: scratchOut } = buildSiteWithLog(content, { ...env, ASTRO_CACHE_DIR: cache });
		fromScratch = { out: scratchOut, cache, files: outputFiles(scratchOut) };
	}, 2 * BUILD_STEP);

	it('3: a week later, after a document becomes a draft and another is retitled', () => {
		env.SITE_NOW = LATER;
		editData(content, `documents/${HIDDEN}.mdx`, (data) => (data.draft = true));
		editData(content, `documents/${RETITLED}.mdx`, (data) => (data.title = 'Tiêu đề mới ZQXRETITLED'));
		build();
		expect(builds).toHaveLength(3);
	}, BUILD_STEP);

	it('4 and 5: a build into another folder, then back into the first', () => {
		// The first folder's pages are then no longer what Astro's cache describes.
		fs.appendFileSync(path.join(content, 'documents', `${UNTOUCHED}.mdx`), '\nCâu ZQXOTHERFOLDER chỉ có từ lần dựng vào thư mục khác.\n');
		otherOut = buildSiteWithLog(content, env).out;
		build();
		expect(builds).toHaveLength(4);
	}, 2 * BUILD_STEP);

	it('6: after the search staging folder was lost (a cache restored in part, a staging kept in an older format)', async () => {
		const staging = SEARCH_STAGING_DIR(cacheDirFor(content));
		stagedBeforeLoss = [...(await stagedPages(staging)).keys()].sort();
		fs.rmSync(staging, { recursive: true, force: true });
		build();
		expect(builds).toHaveLength(5);
	}, BUILD_STEP);
});

afterAll(() => {
	for (const dir of [content, cacheDirFor(content), out, otherOut, fromScratch?.out ?? '', fromScratch?.cache ?? '']) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('incremental build', () => {
	it('renders every page on the first build', () => {
		expect(builds[0]!.log).not.toMatch(/\((restored|cached)\)/);
	});

	it('has the prerender code read Astro’s content store from its file (src/integrations/content-store-file.ts)', () => {
		// Astro's store module had the shape the transform replaces; an Astro that changes it fails here, not silently slower.
		expect(builds).toHaveLength(5);
		for (const { log } of builds) {
			expect(log).toContain('Mã dựng trang đọc kho nội dung từ tệp của nó');
			expect(log).not.toContain('Astro đã đổi cách gói kho nội dung');
		}
	});

	it('re-renders an edited body and leaves untouched documents in place', () => {
		const [first, second] = builds;
		expect(filesMentioning(second!.files, 'ZQXINCREMENTAL')).toContain(`van-ban/${EDITED}/index.html`);
		expect(restored(second!.log, EDITED)).toBe(false);
		// "(cached)": the page was already in the output folder, so Astro did not even copy it.
		expect(second!.log).toMatch(new RegExp(`/van-ban/${UNTOUCHED}/index\\.html \\(cached\\)`));
		expect(second!.untouched).toBe(first!.untouched);
		// Listings, agency and campaign pages show only front matter, so they are copied too.
		expect(second!.log).toMatch(/\/co-quan\/ubnd-huyen-thuan-nam\/index\.html \((restored|cached)\)/);
		expect(second!.log).toMatch(/\/phong-trao\/[a-z0-9-]+\/index\.html \((restored|cached)\)/);
		expect(second!.log).toMatch(/\/feed\/co-quan\/ubnd-huyen-thuan-nam\.xml\/? \((restored|cached)\)/);
		// So are the honour roll, the open data and the web fonts, the slowest pages to render.
		expect(second!.log).toMatch(/\/khen-thuong\/danh-sach\/index\.html \((restored|cached)\)/);
		expect(second!.log).toMatch(/\/du-lieu\/khen-thuong\.json\.gz\/? \((restored|cached)\)/);
		expect(second!.log).toMatch(/\/fonts\/be-vietnam-pro-400\.[0-9a-f]{10}\.woff2\/? \((restored|cached)\)/);
	});

	it('leaves after a rebuild the same files, byte for byte, as a build from nothing', () => {
		// The search index is the one exception: a base and a delta instead of one whole index (docs/performance.md).
		const published = (files: OutputFile[]) => new Map(files.filter((file) => !file.path.startsWith('pagefind/')).map((file) => [file.path, file.text]));
		const rebuilt = published(builds[1]!.files);
		const scratch = published(fromScratch!.files);
		expect([...rebuilt.keys()].sort()).toEqual([...scratch.keys()].sort());
		const differing = [...rebuilt].filter(([file, text]) => scratch.get(file) !== text).map(([file]) => file);
		expect(differing).toEqual([]);
	});

	it('re-renders a document whose attachment file changed', () => {
		const [first, second] = builds;
		expect(first!.pdfSha).not.toBe(second!.pdfSha);
		expect(restored(second!.log, ATTACHED)).toBe(false);
		expect(filesMentioning(second!.files, second!.pdfSha)).toContain(`van-ban/${ATTACHED}/index.html`);
	});

	it('drops a document that became a draft from every output', () => {
		expect(filesMentioning(builds[1]!.files, HIDDEN).length).toBeGreaterThan(0);
		expect(filesMentioning(builds[2]!.files, HIDDEN)).toEqual([]);
	});

	it('removes files no build writes any more, and keeps what every build needs', () => {
		expect(builds[1]!.log).toMatch(/Đã xóa \d+ tệp của lần dựng trước/);
		expect(filesMentioning(builds[1]!.files, 'ZQXSTALE')).toEqual([]);
		expect(fs.existsSync(path.dirname(path.join(out, STALE)))).toBe(false);
		for (const build of builds) {
			const paths = build.files.map((file) => file.path);
			expect(paths).toContain('favicon.svg');
			expect(paths).toContain('sitemap-index.xml');
			expect(paths.some((file) => /^_astro\/.+\.css$/.test(file))).toBe(true);
			expect(paths.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
		}
	});

	it('re-renders every page when front matter changes, so listings and timelines show the new title', () => {
		const third = builds[2]!;
		expect(restored(third.log, UNTOUCHED)).toBe(false);
		const retitled = filesMentioning(third.files, 'ZQXRETITLED').filter((file) => file.endsWith('.html'));
		expect(retitled).toContain(`van-ban/${RETITLED}/index.html`);
		expect(retitled.length).toBeGreaterThan(2);
		// Its short link's page, written again by the build's own step because its bytes changed (src/integrations/redirects.ts).
		expect(retitled.filter((file) => file.startsWith('d/'))).toHaveLength(1);
		const agency = RETITLED.split('/')[0];
		expect(filesMentioning(third.files, 'ZQXRETITLED')).toEqual(
			expect.arrayContaining([`feed/co-quan/${agency}.xml`, `feed/co-quan/${agency}.json`, 'du-lieu/van-ban.json.gz', 'du-lieu/van-ban.csv']),
		);
	});

	it('never keeps a page in a folder another build has moved on from', () => {
		const back = builds[3]!;
		expect(back.log).toMatch(/Thư mục kết quả không phải của lần dựng trước với bộ nhớ đệm này: đã dọn \d+ mục/);
		expect(back.untouched).toContain('ZQXOTHERFOLDER');
		expect(fs.readFileSync(page(otherOut, UNTOUCHED), 'utf8')).toContain('ZQXOTHERFOLDER');
	});

	it('publishes the share image of every page, restored or rendered', () => {
		for (const build of builds) expect(build.missingImages).toEqual([]);
		expect(builds[1]!.log).toMatch(/Ảnh chia sẻ: \d+ ảnh cho \d+ trang/);
	});

	it('stages for the search index only the pages whose inputs changed, and the index finds each edit', () => {
		const [first, second, , back] = builds;
		// Every rendered page staged while Astro rendered it; only the copies of public/ and the redirect pages read afterwards.
		expect(redirectPages(first!.files)).toBeGreaterThanOrEqual(10);
		expect(pagesRead(first!.log)).toBe(publicPages + redirectPages(first!.files));
		expect(pagesPrestaged(first!.log) + pagesRead(first!.log)).toBe(pagesBuilt(first!.files));
		expect(pagesPrestaged(second!.log)).toBeGreaterThan(0);
		// The edited and the attached documents, and the pages rendered on every build (listings without a key).
		expect(pagesRead(second!.log)).toBeGreaterThan(0);
		expect(pagesRead(second!.log)).toBeLessThan(pagesBuilt(second!.files) / 2);
		expect(indexed(second!.files, 'ZQXINCREMENTAL').length).toBe(1);
		expect(indexed(builds[2]!.files, 'ZQXRETITLED').length).toBeGreaterThan(0);
		// Pages copied back from Astro's cache into the first folder are indexed as they are now.
		expect(indexed(back!.files, 'ZQXOTHERFOLDER').length).toBe(1);
	});

	it('renders and indexes every page again once the staging folder, which alone knows the records stripped from kept pages, is lost', async () => {
		const lost = builds[4]!;
		expect(lost.log).toMatch(/Không còn sổ ghi của bước chuẩn bị chỉ mục tìm kiếm/);
		expect(lost.log).not.toMatch(/\((restored|cached)\)/);
		expect(stagedBeforeLoss.length).toBeGreaterThan(20);
		expect([...(await stagedPages(SEARCH_STAGING_DIR(cacheDirFor(content)))).keys()].sort()).toEqual(stagedBeforeLoss);
		expect(indexed(lost.files, 'ZQXRETITLED').length).toBeGreaterThan(0);
	});

	it('indexes a body edit into a delta, and the whole site again once a page leaves publication or the folder is another', () => {
		const [first, second, third, back] = builds;
		expect(first!.log).toMatch(/lập chỉ mục toàn bộ \(chưa có chỉ mục gốc\)/);
		// The edited and the attached documents' pages, the only indexed pages whose bytes changed.
		expect(second!.log).toMatch(/chỉ mục bổ sung 2 trang/);
		expect(second!.files.map((file) => file.path)).toContain('pagefind/delta/pagefind-entry.json');
		// The draft's words must leave the base's word chunks too.
		expect(third!.log).toMatch(/lập chỉ mục toàn bộ \(\d+ trang không còn công khai/);
		expect(third!.files.some((file) => file.path.startsWith('pagefind/delta/'))).toBe(false);
		// The folder holds the bundle of the build before the one into the other folder: not the recorded base.
		expect(back!.log).toMatch(/lập chỉ mục toàn bộ \(thư mục kết quả không giữ chỉ mục gốc/);
	});

	it('publishes an embargoed document on the first build after its embargo falls due, and never before', () => {
		const [first, second, third] = builds;
		const id = EMBARGOED.split('/').at(-1)!;
		expect(filesMentioning(first!.files, id)).toEqual([]);
		expect(filesMentioning(second!.files, id)).toEqual([]);
		expect(filesMentioning(third!.files, id)).toContain(`van-ban/${EMBARGOED}/index.html`);
		expect(indexed(third!.files, id).length).toBeGreaterThan(0);
	});
});
