/**
 * The award decision of the shared fixture that uses every allow-listed
 * component (real content cannot honestly hold a photo or a chart), beside a
 * draft and an embargoed decision with photos of their own
 * (test/fixtures/shared-site/binh-lam.ts). The page shows each component where
 * the text puts it and is valid HTML, and nothing of the unpublished decisions
 * (their photos included) reaches the output. Axe and the
 * Content-Security-Policy in Chromium: mdx-components.e2e.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { filesMentioning, outputFiles, type OutputFile } from '../publishing/site-build.ts';
import { fixtureContent, fixtureDist } from '../helpers/paths.ts';
import { FIXTURE_NOW } from '../fixtures/shared-site/compose.ts';
import sharp from 'sharp';
import { COMPONENTS_DECISION, COMPONENTS_DRAFT, COMPONENTS_EMBARGOED, COMPONENTS_PAGE as DECISION_PAGE, componentsPhoto, draftPhoto as makeDraftPhoto, embargoedPhoto as makeEmbargoedPhoto, newsPhoto, PHOTO_NEWS_PAGE, PUBLISHED_IMAGE_STEMS, PUBLISHED_PHOTO_MARKERS } from '../fixtures/shared-site/binh-lam.ts';

let out: string;
let files: OutputFile[];
let draftPhoto: Buffer;
let embargoedPhoto: Buffer;
let html: cheerio.CheerioAPI;
let pageSource: string;
const savedNow = process.env.SITE_NOW;

beforeAll(async () => {
	out = fixtureDist();
	draftPhoto = await makeDraftPhoto();
	embargoedPhoto = await makeEmbargoedPhoto();
	files = outputFiles(out);
	pageSource = fs.readFileSync(path.join(out, DECISION_PAGE, 'index.html'), 'utf8');
	html = cheerio.load(pageSource);
});

afterAll(() => {
	if (savedNow === undefined) delete process.env.SITE_NOW;
	else process.env.SITE_NOW = savedNow;
});

describe('the fixture', () => {
	it('passes the check, the component decision, its draft and its embargoed neighbour included', () => {
		process.env.SITE_NOW = FIXTURE_NOW;
		const checked = checkContent(fixtureContent());
		expect(checked.errors.map(formatProblem)).toEqual([]);
		const ids = [...checked.content.documents.keys()];
		for (const file of [COMPONENTS_DECISION, COMPONENTS_DRAFT, COMPONENTS_EMBARGOED]) expect(ids).toContain(file.replace(/^documents\/|\.mdx$/g, ''));
	});
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
		// The hard cases in the same folder zero-pad the plan's number (binh-lam.ts).
		expect(card.text()).toContain('08/KH-UBND');
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

describe('a news item with a photo', () => {
	const news = () => cheerio.load(fs.readFileSync(path.join(out, PHOTO_NEWS_PAGE, 'index.html'), 'utf8'));

	it('shows its photo through the image service, after its text, with alt text, caption and credit', () => {
		const page = news();
		expect(page('h1').text()).toContain('Lễ trao Giấy khen cho các tập thể, cá nhân tiêu biểu năm 2024');
		const figure = page('.prose figure.mdx-photo');
		expect(figure).toHaveLength(1);
		expect(figure.prev('p').text()).toMatch(/^Sáng 25\/12\/2024, UBND huyện Bình Lâm/);
		expect(figure.find('picture source').map((_, s) => page(s).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
		const img = figure.find('picture img');
		expect(img.attr('alt')).toBe('Chủ tịch UBND huyện trao Giấy khen cho đại diện các tập thể');
		expect(figure.find('figcaption').text().replace(/\s+/g, ' ').trim()).toBe('Lễ trao Giấy khen ngày 25/12/2024 Ảnh: Văn phòng UBND huyện Bình Lâm');
		expect(fs.existsSync(path.join(out, decodeURIComponent(img.attr('src')!)))).toBe(true);
	});

	it('is valid HTML', async () => {
		const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(out, PHOTO_NEWS_PAGE, 'index.html'));
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
		// Only the published images' renditions are images in the output.
		const images = files.filter((file) => /\.(avif|webp|jpe?g)$/.test(file.path)).map((file) => path.basename(file.path).split('.')[0]);
		expect(new Set(images)).toEqual(new Set(PUBLISHED_IMAGE_STEMS));
	});
});

describe('published photos', () => {
	// A photo read through <Photo> once published its original beside the renditions
	// (Astro keeps an original whose metadata the page reads), camera data and GPS included.
	it('never copy the original file, its camera model or its coordinates into the output', async () => {
		for (const original of [await componentsPhoto(), await newsPhoto()]) {
			const copies = files.filter((file) => fs.statSync(path.join(out, file.path)).size === original.length && fs.readFileSync(path.join(out, file.path)).equals(original));
			expect(copies.map((file) => file.path)).toEqual([]);
		}
		for (const marker of PUBLISHED_PHOTO_MARKERS) expect(filesMentioning(files, marker)).toEqual([]);
	});

	it('publish only renditions without EXIF, XMP or IPTC data', async () => {
		const images = files.filter((file) => /\.(?:avif|webp|jpe?g|png)$/.test(file.path) && PUBLISHED_IMAGE_STEMS.some((stem) => path.basename(file.path).startsWith(`${stem}.`)));
		// Both photos in AVIF and WebP at least: the check below is about real files.
		expect(images.length).toBeGreaterThanOrEqual(4);
		for (const file of images) {
			const metadata = await sharp(path.join(out, file.path)).metadata();
			expect({ file: file.path, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({ file: file.path, exif: undefined, xmp: undefined, iptc: undefined });
		}
	});
});

