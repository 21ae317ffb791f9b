/**
 * Share images are 16-colour palette PNGs (issue 18: a dist that fits): the
 * encoding must make the file at most 85 % of the lossless 8-bit palette and
 * 45 % of the former RGBA one, change only the in-between shades of edges
 * (the flat colours stay exact, no pixel moves far, the picture as a whole
 * barely), and the Vietnamese text must still read back through OCR. The same
 * comparison must reject a blurred card and another card.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareImage, renderShareImagePixels } from '../../src/share-images/render.ts';
import { encodePng } from '../../src/share-images/png.ts';
import { templateKeyInputs } from '../../src/share-images/template-digest.ts';
import { localImportClosure } from '../../src/lib/cache-key.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/share-images/card.ts';
import { CARDS, LONG_CARD } from './fixtures.ts';

const COLOUR_TYPE_PALETTE = 3;
const cases = Object.entries({ ...CARDS, long: LONG_CARD });

/** Decodes a PNG with libvips (sharp), a decoder other than our encoder, into straight RGBA. */
async function decode(png: Buffer) {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, pixels: data };
}

/** Size of the same pixels as the site published them before palettes: RGBA, no row filter, deflate level 3. */
function formerRgbaSize(width: number, height: number, pixels: Buffer): number {
	const scanlines = Buffer.alloc((width * 4 + 1) * height);
	for (let y = 0; y < height; y++) pixels.copy(scanlines, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
	// Signature, IHDR, IDAT and IEND framing: 57 bytes.
	return deflateSync(scanlines, { level: 3 }).length + 57;
}

/** Largest change of one channel of one pixel, on the 0–255 scale: an edge shade may move to the nearest shade kept. */
const MAX_CHANNEL_DIFFERENCE = 48;
/** Mean change over every channel of every pixel: the picture as a whole must not move. */
const MAX_MEAN_DIFFERENCE = 0.2;
/**
 * A colour covering at least this share of the picture is flat and must stay exact: the template's background,
 * ink, kind colour, secondary text and rule (the smallest, 2,120 pixels: 0.28 %). Anti-aliasing makes near twins
 * of grey shades (#858686 beside #858585), up to about 1,100 pixels each on these cards: those may merge.
 */
const FLAT_SHARE = 0.0025;

/** How far decoded pixels are from what resvg drew, and how many pixels of flat colours changed. */
function difference(drawn: Buffer, decoded: Buffer) {
	let max = 0;
	let sum = 0;
	for (let i = 0; i < drawn.length; i++) {
		const d = Math.abs(drawn[i]! - decoded[i]!);
		if (d > max) max = d;
		sum += d;
	}
	const counts = new Map<number, number>();
	for (let i = 0; i < drawn.length; i += 4) counts.set(drawn.readUInt32BE(i), (counts.get(drawn.readUInt32BE(i)) ?? 0) + 1);
	let flatChanged = 0;
	for (let i = 0; i < drawn.length; i += 4) {
		if ((counts.get(drawn.readUInt32BE(i)) ?? 0) >= FLAT_SHARE * (drawn.length / 4) && drawn.readUInt32BE(i) !== decoded.readUInt32BE(i)) flatChanged++;
	}
	return { max, mean: sum / drawn.length, flatChanged };
}

const closeEnough = (d: ReturnType<typeof difference>) => d.max <= MAX_CHANNEL_DIFFERENCE && d.mean <= MAX_MEAN_DIFFERENCE && d.flatChanged === 0;

describe('share image encoding', () => {
	it.each(cases)('%s: 4-bit palette PNG, at most 0.85 of the lossless 8-bit palette and 0.45 of the former RGBA file, with only edge shades changed', async (_name, card) => {
		const [png, drawn] = await Promise.all([renderShareImage(card), renderShareImagePixels(card)]);
		expect(png.readUInt8(25), 'IHDR colour type').toBe(COLOUR_TYPE_PALETTE);
		expect(png.readUInt8(24), 'IHDR bit depth').toBe(4);
		const decoded = await decode(png);
		expect([decoded.width, decoded.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		const d = difference(drawn.pixels, decoded.pixels);
		expect(d.flatChanged, 'pixels of flat colours that changed').toBe(0);
		expect(d.max, 'largest change of a channel').toBeLessThanOrEqual(MAX_CHANNEL_DIFFERENCE);
		expect(d.mean, 'mean change').toBeLessThanOrEqual(MAX_MEAN_DIFFERENCE);
		expect(png.length).toBeLessThanOrEqual(0.85 * encodePng(drawn.width, drawn.height, drawn.pixels).length);
		expect(png.length).toBeLessThanOrEqual(0.45 * formerRgbaSize(drawn.width, drawn.height, drawn.pixels));
	});

	it('the same comparison rejects a blurred card and another card', async () => {
		const drawn = await renderShareImagePixels(CARDS['quyet-dinh-khen-thuong']);
		const raw = { raw: { width: drawn.width, height: drawn.height, channels: 4 as const } };
		const blurred = await sharp(drawn.pixels, raw).blur(1).ensureAlpha().raw().toBuffer();
		expect(closeEnough(difference(drawn.pixels, blurred))).toBe(false);
		const other = await decode(await renderShareImage(CARDS['ke-hoach']));
		expect(closeEnough(difference(drawn.pixels, other.pixels))).toBe(false);
		// And accepts the encoded card itself: the rule is not one nothing passes.
		expect(closeEnough(difference(drawn.pixels, (await decode(await renderShareImage(CARDS['quyet-dinh-khen-thuong']))).pixels))).toBe(true);
	});

	it('writes the exact pixels without the reduction: the 8-bit palette stays lossless', async () => {
		const drawn = await renderShareImagePixels(CARDS['quyet-dinh-khen-thuong']);
		const png = encodePng(drawn.width, drawn.height, drawn.pixels);
		expect(png.readUInt8(24), 'IHDR bit depth').toBe(8);
		expect((await decode(png)).pixels.equals(drawn.pixels)).toBe(true);
	});

	it('keeps a picture of more than 256 colours as RGBA, exactly', async () => {
		const pixels = Buffer.alloc(40 * 20 * 4);
		for (let i = 0; i < pixels.length; i += 4) pixels.set([((i / 4) % 40) * 6, Math.floor(i / 160) * 12, 200, 255], i);
		const png = encodePng(40, 20, pixels);
		expect(png.readUInt8(25)).toBe(6);
		expect((await decode(png)).pixels.equals(pixels)).toBe(true);
	});

	it('keeps transparency of a few-colour picture (tRNS), exactly', async () => {
		const pixels = Buffer.alloc(9 * 5 * 4);
		for (let i = 0; i < pixels.length; i += 4) pixels.set(i % 12 === 0 ? [200, 30, 40, 128] : [0, 0, 0, 0], i);
		// Straight alpha as PNG stores it: a fully transparent pixel is black.
		const png = encodePng(9, 5, pixels);
		expect(png.readUInt8(25)).toBe(COLOUR_TYPE_PALETTE);
		expect(png.includes(Buffer.from('tRNS', 'latin1'))).toBe(true);
		expect((await decode(png)).pixels.equals(pixels)).toBe(true);
	});

	it('is part of the card key: a change of encoder gives every card a new image address', () => {
		const closure = localImportClosure(templateKeyInputs(path.resolve('src/share-images')).code![0]!);
		expect(closure).toContain(path.resolve('src/share-images/png.ts'));
	});
});

describe('share image text after encoding', () => {
	it('reads back the Vietnamese title of an award card through OCR (tesseract vie)', async () => {
		const card = CARDS['quyet-dinh-khen-thuong'];
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-ocr-')), 'card.png');
		fs.writeFileSync(file, await renderShareImage(card));
		const text = execFileSync('tesseract', [file, '-', '-l', 'vie'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).normalize('NFC');
		const words = card.title.normalize('NFC').split(/\s+/);
		const read = new Set(text.split(/[\s,.]+/));
		const found = words.filter((word) => read.has(word.replace(/[,.]$/, '')));
		// Large title type reads almost whole (about 30 of 31 words); a blurred or wrong image reads a handful.
		expect(found.length / words.length, `read: ${text}`).toBeGreaterThanOrEqual(0.85);
		expect(text).toContain('Quyết định số 563/QĐ-UBND');
	});
});
