/**
 * One real build of a fixture whose award decision uses every allow-listed
 * component (real content cannot honestly hold a photo or a chart), beside a
 * draft and an embargoed document with photos of their own. The page shows
 * each component where the text puts it, passes axe, HTML validation and
 * its Content-Security-Policy in Chromium, and nothing of the unpublished
 * documents (their photos included) reaches the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { buildSite, filesMentioning, outputFiles, type OutputFile } from '../publishing/site-build.ts';
import { DECISION, FILES, writeTree } from '../content/fixture-tree.ts';
import { injectAxe, launchChromium } from '../helpers/browser.ts';
import { recordViolations } from '../helpers/csp.ts';
import { serveWithHeaders } from '../helpers/headers-server.ts';

const NOW = '2025-06-01T08:00:00+07:00';
const FOLDER = 'documents/ubnd-huyen-binh-lam/2024';
const DRAFT = `${FOLDER}/qd-khen-thuong-nhap.mdx`;
const EMBARGOED = `${FOLDER}/qd-khen-thuong-sap-cong-bo.mdx`;
const DECISION_PAGE = '/van-ban/ubnd-huyen-binh-lam/2024/qd-khen-thuong/';

const photo = (red: number) => sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: red, g: 120, b: 60 } } }).jpeg({ quality: 80 }).toBuffer();

/** The decision's honourees with a second award form, so the chart has two bars. */
const DECISION_SOURCE = FILES[DECISION]!.replace(
	'    name: Phòng Văn hóa và Thông tin\n',
	'    name: Phòng Văn hóa và Thông tin\n  - kind: tap-the\n    name: Phòng Nội vụ\n    award: bang-khen-cap-tinh\n',
).replace(/\n*$/, '\n\n');

const BODY = [
	'<Note title="Ghi chú của trang">',
	'',
	'Bản **số hóa** từ bản giấy lưu tại Văn phòng.',
	'',
	'</Note>',
	'',
	'<Photo src="./le-trao.jpg" alt="Lễ trao Giấy khen tại hội trường huyện" caption="Lễ trao Giấy khen năm 2024" credit="Văn phòng UBND huyện Bình Lâm" />',
	'',
	'Điều 2. Danh sách được khen thưởng:',
	'',
	'<Honourees />',
	'',
	'<Chart />',
	'',
	'Xem kế hoạch phát động:',
	'',
	'<DocumentCard id="ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua" />',
].join('\n');

/** An unpublished decision with a photo; `field` makes it a draft or embargoes it. */
const unpublished = (field: string, name: string, marker: string) =>
	[
		'---',
		'type: quyet-dinh-khen-thuong',
		`number: "${name === 'nhap' ? 46 : 47}"`,
		'symbol: QĐ-UBND',
		'date: 2024-12-21',
		'agency: ubnd-huyen-binh-lam',
		`title: ${marker}`,
		`summary: ${marker} tóm tắt.`,
		field,
		'source:',
		'  kind: so-hoa',
		'award: giay-khen',
		'honourees:',
		'  - kind: tap-the',
		`    name: Tổ ${marker}`,
		'---',
		'',
		`<Photo src="./anh-${name}.jpg" alt="${marker} ảnh" />`,
		'',
		'<Honourees />',
		'',
	].join('\n');

let root: string;
let out: string;
let files: OutputFile[];
let draftPhoto: Buffer;
let embargoedPhoto: Buffer;
let html: cheerio.CheerioAPI;
let pageSource: string;
const savedNow = process.env.SITE_NOW;

beforeAll(async () => {
	draftPhoto = await photo(200);
	embargoedPhoto = await photo(10);
	root = writeTree({
		[DECISION]: `${DECISION_SOURCE}${BODY}\n`,
		[`${FOLDER}/le-trao.jpg`]: await photo(90),
		[DRAFT]: unpublished('draft: true', 'nhap', 'Quyết định nháp MDXNHAP'),
		[`${FOLDER}/anh-nhap.jpg`]: draftPhoto,
		[EMBARGOED]: unpublished('publishAt: "2999-01-01T08:00:00+07:00"', 'sap', 'Quyết định MDXSAPCONGBO'),
		[`${FOLDER}/anh-sap.jpg`]: embargoedPhoto,
	});
	process.env.SITE_NOW = NOW;
	expect(checkContent(root).errors.map(formatProblem)).toEqual([]);
	out = buildSite(root, { SITE_NOW: NOW });
	files = outputFiles(out);
	pageSource = fs.readFileSync(path.join(out, DECISION_PAGE, 'index.html'), 'utf8');
	html = cheerio.load(pageSource);
}, 900_000);

afterAll(() => {
	if (savedNow === undefined) delete process.env.SITE_NOW;
	else process.env.SITE_NOW = savedNow;
	fs.rmSync(root, { recursive: true, force: true });
	fs.rmSync(out, { recursive: true, force: true });
});

describe('a body using every component', () => {
	it('shows the note with its title and its Markdown', () => {
		const note = html('.prose aside.mdx-note');
		expect(note).toHaveLength(1);
		expect(note.attr('aria-label')).toBe('Ghi chú của trang');
		expect(note.find('strong').first().text()).toBe('Ghi chú của trang');
		expect(note.find('p strong').last().text()).toBe('số hóa');
	});

	it('shows the photo through the image service: AVIF and WebP, several widths, its size set, caption and credit', () => {
		const figure = html('.prose figure.mdx-photo');
		expect(figure).toHaveLength(1);
		const sources = figure.find('picture source');
		expect(sources.map((_, s) => html(s).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
		for (const source of sources.toArray()) expect(html(source).attr('srcset')!.split(',').length).toBeGreaterThanOrEqual(3);
		const img = figure.find('picture img');
		expect(img.attr('alt')).toBe('Lễ trao Giấy khen tại hội trường huyện');
		expect(Number(img.attr('width')) / Number(img.attr('height'))).toBeCloseTo(1.6, 2);
		expect(figure.find('figcaption').text().replace(/\s+/g, ' ').trim()).toBe('Lễ trao Giấy khen năm 2024 Ảnh: Văn phòng UBND huyện Bình Lâm');
		for (const url of [...sources.map((_, s) => html(s).attr('srcset')).get().flatMap((set) => set.split(',').map((entry) => entry.trim().split(' ')[0]!)), img.attr('src')!]) {
			expect(fs.existsSync(path.join(out, decodeURIComponent(url))), url).toBe(true);
		}
	});

	it('places the honourees table where the text puts it, and only there', () => {
		const paragraphs = html('.prose > p').map((_, p) => html(p).text()).get();
		expect(paragraphs).toContain('Điều 2. Danh sách được khen thưởng:');
		const prose = html('.prose').html()!;
		expect(prose.indexOf('Điều 2. Danh sách')).toBeLessThan(prose.indexOf('id="danh-sach-tap-the"'));
		expect(html('#danh-sach-tap-the')).toHaveLength(1);
		expect(html('#danh-sach-ca-nhan')).toHaveLength(1);
		expect(html('.prose table.honourees tbody tr')).toHaveLength(3);
		expect(html('table.honourees')).toHaveLength(2);
	});

	it('draws the chart from the document’s own honourees', () => {
		const chart = html('.prose #bieu-do-khen-thuong');
		expect(chart.find('h2').text()).toBe('Số tập thể, cá nhân được khen thưởng theo hình thức');
		const rows = chart.find('table tbody tr').map((_, row) => html(row).find('th, td').map((__, cell) => html(cell).text().trim()).get().join(' | ')).get();
		expect(rows).toEqual(['Giấy khen | 1 | 1 | 2', 'Bằng khen cấp bộ, ban, ngành, tỉnh | 1 | 0 | 1']);
		expect(chart.find('tfoot th, tfoot td').map((_, cell) => html(cell).text().trim()).get()).toEqual(['Tổng', '2', '1', '3']);
		expect(chart.find('svg')).toHaveLength(1);
	});

	it('links the card to the plan with its type, number, date, title and agency', () => {
		const card = html('.prose .mdx-document-card');
		expect(card.find('a').attr('href')).toBe('/van-ban/ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua/');
		expect(card.find('a').text()).toBe('Phát động phong trào thi đua cải cách hành chính năm 2024');
		expect(card.text()).toContain('Kế hoạch');
		expect(card.text()).toContain('12/KH-UBND');
		expect(card.find('time').attr('datetime')).toBe('2024-01-15');
		expect(card.text()).toContain('UBND huyện Bình Lâm');
	});

	it('leaves no component tag as text', () => {
		expect(pageSource).not.toMatch(/&lt;(Note|Photo|Honourees|Chart|DocumentCard)/);
		expect(pageSource).not.toMatch(/<(Note|Photo|Honourees|Chart|DocumentCard)\b/);
	});

	it('is valid HTML', async () => {
		const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(out, DECISION_PAGE, 'index.html'));
		expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
	});
});

describe('unpublished documents with photos', () => {
	it('publish nothing: no page, no photo, no text', () => {
		expect(filesMentioning(files, 'MDXNHAP')).toEqual([]);
		expect(filesMentioning(files, 'MDXSAPCONGBO')).toEqual([]);
		expect(filesMentioning(files, 'anh-nhap')).toEqual([]);
		expect(filesMentioning(files, 'anh-sap')).toEqual([]);
		const sameBytes = (bytes: Buffer) => files.filter((file) => fs.statSync(path.join(out, file.path)).size === bytes.length && fs.readFileSync(path.join(out, file.path)).equals(bytes));
		expect(sameBytes(draftPhoto).map((file) => file.path)).toEqual([]);
		expect(sameBytes(embargoedPhoto).map((file) => file.path)).toEqual([]);
		// Only the published photo's renditions are images in the output.
		const images = files.filter((file) => /\.(avif|webp|jpe?g)$/.test(file.path)).map((file) => path.basename(file.path).split('.')[0]);
		expect(new Set(images)).toEqual(new Set(['le-trao']));
	});
});

describe('in Chromium, with the site’s headers', () => {
	let browser: Browser;
	let server: { origin: string; close: () => Promise<void> };
	beforeAll(async () => {
		browser = await launchChromium();
		server = await serveWithHeaders(out);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it.each([{ width: 360, height: 800 }, { width: 1280, height: 900 }])('axe finds no WCAG 2.2 AA violation, the policy refuses nothing and the photo loads at $width px', async (viewport) => {
		const context = await browser.newContext({ viewport });
		const violations = await recordViolations(context);
		const page = await context.newPage();
		try {
			await page.goto(`${server.origin}${DECISION_PAGE}`, { waitUntil: 'load' });
			await injectAxe(page);
			const found = await page.evaluate(async () => {
				// @ts-expect-error axe is injected above
				const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
				return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(found).toEqual([]);
			const loaded = await page.evaluate(() => {
				const img = document.querySelector<HTMLImageElement>('.mdx-photo img')!;
				img.loading = 'eager';
				return img.decode().then(() => [img.naturalWidth > 0, img.currentSrc.split('.').at(-1)]);
			});
			expect(loaded).toEqual([true, 'avif']);
			expect(violations).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
