/**
 * Share images are palette PNGs (issue 18: a dist that fits): the encoding
 * must halve the file without changing a pixel of what resvg drew, and the
 * Vietnamese text must still read back through OCR.
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

describe('share image encoding', () => {
	it.each(cases)('%s: palette PNG with exactly the pixels resvg drew, at most 55%% of the former RGBA file', async (_name, card) => {
		const [png, drawn] = await Promise.all([renderShareImage(card), renderShareImagePixels(card)]);
		expect(png.readUInt8(25), 'IHDR colour type').toBe(COLOUR_TYPE_PALETTE);
		const decoded = await decode(png);
		expect([decoded.width, decoded.height]).toEqual([1200, 630]);
		let differing = 0;
		for (let i = 0; i < drawn.pixels.length; i++) if (decoded.pixels[i] !== drawn.pixels[i]) differing++;
		expect(differing, 'bytes that differ from the rendered pixels').toBe(0);
		expect(png.length).toBeLessThanOrEqual(0.55 * formerRgbaSize(drawn.width, drawn.height, drawn.pixels));
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
