/**
 * What a build publishes of photos in document bodies. The fixture tree
 * gets three news items, each with a phone photo carrying its own camera
 * model (a marker) and GPS coordinates: one published, one a draft, one
 * embargoed. Built once before the embargo and again, over the same output
 * and cache, after it with the published item turned into a draft.
 *
 * Every published image is re-encoded without EXIF, the original file never
 * reaches the output, a draft's or embargoed item's photo reaches nothing,
 * the embargoed photo appears once it is due (its body is rendered anew),
 * and the photo page passes axe and HTML validation with the photo loaded
 * under the site's Content-Security-Policy.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../content/fixture-tree.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { serveWithHeaders } from '../helpers/headers-server.ts';
import { ROOT } from '../helpers/paths.ts';
import { buildSite, buildSiteWithLog, filesMentioning, outputFiles } from '../publishing/site-build.ts';
import { photo } from './photos.ts';

const FOLDER = 'documents/ubnd-huyen-binh-lam/2024';

interface NewsItem {
	name: string;
	photo: string;
	marker: string;
	extra: string;
}

const PUBLISHED: NewsItem = { name: 'tin-le-tong-ket', photo: 'le-tong-ket.jpg', marker: 'PublishedPhoneZQ', extra: '' };
const DRAFT: NewsItem = { name: 'tin-ban-nhap', photo: 'anh-ban-nhap.jpg', marker: 'DraftPhoneZQ', extra: 'draft: true\n' };
const EMBARGOED: NewsItem = { name: 'tin-hen-gio', photo: 'anh-hen-gio.jpg', marker: 'EmbargoPhoneZQ', extra: 'publishAt: "2024-06-01T08:00:00+07:00"\n' };
const ITEMS = [PUBLISHED, DRAFT, EMBARGOED];
const ALT = 'Chủ tịch UBND huyện trao Bằng khen cho Phòng Nội vụ';

function newsItem(item: NewsItem, extra = item.extra): string {
	return `---
type: tin-bai
date: 2024-02-01
agency: ubnd-huyen-binh-lam
title: Huyện Bình Lâm tổng kết phong trào thi đua, bản tin ${item.name}
summary: Bản tin về hội nghị tổng kết phong trào thi đua của huyện Bình Lâm.
source:
  kind: ban-dien-tu
${extra}---

Sáng nay, huyện Bình Lâm tổ chức hội nghị tổng kết phong trào thi đua.

![${ALT}](./${item.photo} "Lễ tổng kết phong trào thi đua")

Hội nghị biểu dương các tập thể, cá nhân tiêu biểu.
`;
}

const pagePath = (item: NewsItem) => `van-ban/ubnd-huyen-binh-lam/2024/${item.name}/index.html`;
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

let root: string;
let out: string;
let originals: Map<NewsItem, Buffer>;
/** Output after the first build, before the embargo lifts: file → bytes. */
let firstBuild: Map<string, Buffer>;

function readOutput(dir: string): Map<string, Buffer> {
	return new Map(fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
		const full = path.join(entry.parentPath, entry.name);
		return [path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full)];
	}));
}

/** The images a page shows: each file its <img> src and srcset name, with the width the page says it has. */
function shownImages(html: string): { img: cheerio.Cheerio<any>; candidates: { file: string; width: number }[]; files: string[] } {
	const $ = cheerio.load(html);
	const img = $('.prose img');
	const candidates = img.toArray().flatMap((element) => [
		{ file: $(element).attr('src') ?? '', width: Number($(element).attr('width')) },
		...($(element).attr('srcset') ?? '').split(',').map((candidate) => {
			const [file = '', width = ''] = candidate.trim().split(/\s+/);
			return { file, width: Number(width.replace(/w$/, '')) };
		}),
	]);
	return { img, candidates, files: [...new Set(candidates.map((candidate) => candidate.file))] };
}

beforeAll(async () => {
	originals = new Map();
	const changes: Record<string, string | Buffer> = {};
	for (const item of ITEMS) {
		const bytes = await photo({ width: 1600, height: 1000, marker: item.marker });
		originals.set(item, bytes);
		changes[`${FOLDER}/${item.name}.mdx`] = newsItem(item);
		changes[`${FOLDER}/${item.photo}`] = bytes;
	}
	root = writeTree(changes);
	out = buildSite(root, { SITE_NOW: '2024-03-01' });
	firstBuild = readOutput(out);
});

afterAll(() => {
	for (const dir of [root, out]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('before the embargo lifts', () => {
	it('shows the published photo as responsive WebP with its text alternative, size and caption', () => {
		const { img, files } = shownImages(firstBuild.get(pagePath(PUBLISHED))!.toString('utf8'));
		expect(img.length).toBe(1);
		expect(img.attr('alt')).toBe(ALT);
		expect(img.attr('title')).toBe('Lễ tổng kết phong trào thi đua');
		// Width and height keep the space while the photo loads.
		expect([img.attr('width'), img.attr('height')]).toEqual(['1600', '1000']);
		const widths = (img.attr('srcset') ?? '').split(',').map((candidate) => Number(/(\d+)w$/.exec(candidate.trim())?.[1]));
		expect(widths).toEqual([640, 750, 828, 1080, 1280, 1600]);
		expect(img.attr('sizes')).toBeTruthy();
		expect(files.length).toBe(6);
		for (const file of files) {
			expect(file).toMatch(/^\/_astro\/le-tong-ket\.[\w-]+\.webp$/);
			expect(firstBuild.has(file.slice(1)), `${file} is in the output`).toBe(true);
		}
	});

	it('publishes no image that carries EXIF, XMP or IPTC data, and each has the size it claims', async () => {
		const images = [...firstBuild.keys()].filter((file) => /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i.test(file));
		expect(images.length).toBeGreaterThanOrEqual(6);
		for (const file of images) {
			const metadata = await sharp(firstBuild.get(file)!).metadata();
			expect({ file, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({ file, exif: undefined, xmp: undefined, iptc: undefined });
		}
		const { candidates } = shownImages(firstBuild.get(pagePath(PUBLISHED))!.toString('utf8'));
		for (const { file, width } of candidates) expect({ file, width: (await sharp(firstBuild.get(file.slice(1))!).metadata()).width }).toEqual({ file, width });
	});

	it('never copies an original photo, nor its camera data or coordinates, into the output', () => {
		const hashes = new Set([...originals.values()].map(sha256));
		expect([...firstBuild.entries()].filter(([, bytes]) => hashes.has(sha256(bytes))).map(([file]) => file)).toEqual([]);
		const files = outputFiles(out);
		for (const marker of [...ITEMS.map((item) => item.marker), 'PhoneMaker']) expect(filesMentioning(files, marker)).toEqual([]);
		for (const file of firstBuild.keys()) expect(file).not.toMatch(/\.jpe?g$/i);
	});

	it('publishes nothing of a draft\'s or an embargoed item\'s photo', () => {
		for (const item of [DRAFT, EMBARGOED]) {
			expect(firstBuild.has(pagePath(item))).toBe(false);
			const stem = item.photo.replace(/\.jpg$/, '');
			expect([...firstBuild.keys()].filter((file) => file.includes(stem))).toEqual([]);
			expect(filesMentioning(outputFiles(out), stem)).toEqual([]);
		}
	});

	it('the photo page passes axe and HTML validation, and the photo loads under the site\'s policy without overflowing a phone screen', async () => {
		const config = JSON.parse(fs.readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8'));
		const report = await new HtmlValidate(new FileSystemConfigLoader(config)).validateFile(path.join(out, pagePath(PUBLISHED)));
		expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);

		const server = await serveWithHeaders(out);
		const browser = await launchChromium();
		try {
			for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
				const page = await browser.newPage({ viewport });
				const refused: string[] = [];
				page.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
				await page.goto(`${server.origin}/${pagePath(PUBLISHED).replace(/index\.html$/, '')}`);
				const shown = await page.locator('.prose img').evaluate(async (element) => {
					const image = element as HTMLImageElement;
					image.loading = 'eager';
					await image.decode();
					const box = image.getBoundingClientRect();
					return { naturalWidth: image.naturalWidth, currentSrc: image.currentSrc, right: box.right, viewport: document.documentElement.clientWidth, ratio: box.width / box.height };
				});
				expect(shown.naturalWidth).toBeGreaterThan(0);
				expect(shown.currentSrc).toMatch(/\.webp$/);
				expect(shown.right).toBeLessThanOrEqual(shown.viewport);
				expect(shown.ratio).toBeCloseTo(1.6, 1);
				expect(refused).toEqual([]);
				expect(await axeViolations(page)).toEqual([]);
				await page.close();
			}
		} finally {
			await browser.close();
			await server.close();
		}
	});
});

describe('after the embargo lifts, with the published item made a draft', () => {
	let secondBuild: Map<string, Buffer>;
	beforeAll(() => {
		fs.writeFileSync(path.join(root, FOLDER, `${PUBLISHED.name}.mdx`), newsItem(PUBLISHED, 'draft: true\n'));
		buildSiteWithLog(root, { SITE_NOW: '2024-07-01' }, out);
		secondBuild = readOutput(out);
	});

	it('shows the photo of the item that is now due, re-encoded without EXIF', async () => {
		const { img, files } = shownImages(secondBuild.get(pagePath(EMBARGOED))!.toString('utf8'));
		expect(img.attr('alt')).toBe(ALT);
		expect(files.length).toBe(6);
		for (const file of files) {
			expect(file).toMatch(/^\/_astro\/anh-hen-gio\.[\w-]+\.webp$/);
			expect((await sharp(secondBuild.get(file.slice(1))!).metadata()).exif).toBeUndefined();
		}
	});

	it('removes every file of the photo whose item became a draft, and still publishes no original', () => {
		expect(secondBuild.has(pagePath(PUBLISHED))).toBe(false);
		expect([...secondBuild.keys()].filter((file) => file.includes('le-tong-ket'))).toEqual([]);
		expect([...secondBuild.keys()].filter((file) => file.includes('anh-ban-nhap'))).toEqual([]);
		const hashes = new Set([...originals.values()].map(sha256));
		expect([...secondBuild.entries()].filter(([, bytes]) => hashes.has(sha256(bytes))).map(([file]) => file)).toEqual([]);
		for (const marker of ITEMS.map((item) => item.marker)) expect(filesMentioning(outputFiles(out), marker)).toEqual([]);
	});
});
