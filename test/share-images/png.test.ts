import { Resvg } from '@resvg/resvg-js';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/share-images/png.ts';

/** Reads back the chunks of a PNG, checking every CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
	const list: { type: string; data: Buffer }[] = [];
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const body = png.subarray(at + 4, at + 8 + length);
		expect(png.readUInt32BE(at + 8 + length), 'chunk CRC').toBe(crc32(body));
		list.push({ type: body.toString('latin1', 0, 4), data: body.subarray(4) });
		at += 12 + length;
	}
	return list;
}

/** A gradient with varying alpha in which every pixel has its own colour (more than 256 past 16×16 pixels). */
function gradient(width: number, height: number): Buffer {
	const pixels = Buffer.alloc(width * height * 4);
	for (let p = 0; p < width * height; p++) pixels.set([p & 255, (p >> 8) & 255, (p * 37) & 255, (p * 91) & 255], p * 4);
	return pixels;
}

describe('encodePng', () => {
	it('writes IHDR, IDAT and IEND with valid CRCs and the exact pixels as RGBA past 256 colours', () => {
		const [width, height] = [70, 30];
		const pixels = gradient(width, height);
		const png = encodePng(width, height, pixels);
		const list = chunks(png);
		expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		const header = list[0]!.data;
		expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([width, height, 8, 6]);
		const scanlines = inflateSync(list[1]!.data);
		const row = width * 4 + 1;
		expect(scanlines.length).toBe(height * row);
		for (let y = 0; y < height; y++) {
			expect(scanlines[y * row]).toBe(0);
			expect(scanlines.subarray(y * row + 1, (y + 1) * row).equals(pixels.subarray(y * (row - 1), (y + 1) * (row - 1)))).toBe(true);
		}
	});

	it('writes a palette (PLTE, tRNS for alpha) and one index per pixel up to 256 colours', () => {
		const pixels = gradient(7, 3);
		const list = chunks(encodePng(7, 3, pixels));
		expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
		expect(list[0]!.data[9], 'colour type').toBe(3);
		const [palette, alpha] = [list[1]!.data, list[2]!.data];
		const scanlines = inflateSync(list[3]!.data);
		expect(scanlines.length).toBe(3 * (7 + 1));
		for (let y = 0; y < 3; y++) {
			expect(scanlines[y * 8]).toBe(0);
			for (let x = 0; x < 7; x++) {
				const index = scanlines[y * 8 + 1 + x]!;
				const expected = [...pixels.subarray((y * 7 + x) * 4, (y * 7 + x) * 4 + 4)];
				expect([...palette.subarray(index * 3, index * 3 + 3), alpha[index]]).toEqual(expected);
			}
		}
	});

	it('leaves tRNS out when every colour is opaque', () => {
		const pixels = Buffer.alloc(5 * 2 * 4, 255);
		pixels.set([10, 20, 30, 255], 8);
		expect(chunks(encodePng(5, 2, pixels)).map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
	});

	it('is read back by another decoder (resvg) pixel for pixel', () => {
		const pixels = Buffer.alloc(40 * 20 * 4);
		for (let i = 0; i < pixels.length; i += 4) pixels.set([(i / 4) % 40 * 6, Math.floor(i / 160) * 12, 200, 255], i);
		const uri = `data:image/png;base64,${encodePng(40, 20, pixels).toString('base64')}`;
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20"><image width="40" height="20" xlink:href="${uri}"/></svg>`;
		const decoded = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
		expect(decoded.equals(pixels)).toBe(true);
	});

	it('stores a picture of at most 16 colours at 4 bits a pixel, two per byte, the last byte of an odd row padded', () => {
		const [width, height] = [7, 3];
		const pixels = Buffer.alloc(width * height * 4);
		for (let p = 0; p < width * height; p++) pixels.set([(p % 5) * 50, 10, 20, 255], p * 4);
		const list = chunks(encodePng(width, height, pixels));
		expect([list[0]!.data[8], list[0]!.data[9]], 'bit depth, colour type').toEqual([4, 3]);
		const palette = list[1]!.data;
		const scanlines = inflateSync(list.find((chunk) => chunk.type === 'IDAT')!.data);
		const row = Math.ceil(width / 2) + 1;
		expect(scanlines.length).toBe(height * row);
		for (let y = 0; y < height; y++) {
			expect(scanlines[y * row]).toBe(0);
			for (let x = 0; x < width; x++) {
				const byte = scanlines[y * row + 1 + (x >> 1)]!;
				const index = x % 2 === 0 ? byte >> 4 : byte & 15;
				expect([...palette.subarray(index * 3, index * 3 + 3)]).toEqual([...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)]);
			}
			if (width % 2) expect(scanlines[(y + 1) * row - 1]! & 15, 'padding').toBe(0);
		}
	});

	it('with fewColours, keeps the 16 colours that cover the picture best exactly and moves the rare ones to the nearest kept', () => {
		// 16 flat colours of 100 pixels each, and 8 rare near-white shades of one pixel each.
		const flats = Array.from({ length: 16 }, (_, i) => [i * 16, 255 - i * 16, (i * 40) % 256, 255]);
		const rare = Array.from({ length: 8 }, (_, i) => [250 - i, 250, 250, 255]);
		const pixels = Buffer.alloc((16 * 100 + 8) * 4);
		let p = 0;
		for (const colour of flats) for (let n = 0; n < 100; n++) pixels.set(colour, 4 * p++);
		for (const colour of rare) pixels.set(colour, 4 * p++);
		const list = chunks(encodePng(p, 1, pixels, { fewColours: true }));
		expect(list[0]!.data[8], 'bit depth').toBe(4);
		const palette = list[1]!.data;
		expect(palette.length / 3).toBe(16);
		const kept = Array.from({ length: 16 }, (_, i) => [...palette.subarray(i * 3, i * 3 + 3)].join());
		expect(kept.sort()).toEqual(flats.map((c) => c.slice(0, 3).join()).sort());
		// Every flat pixel keeps its colour; each rare shade takes the nearest kept colour.
		const scanlines = inflateSync(list.find((chunk) => chunk.type === 'IDAT')!.data);
		const indexAt = (x: number) => (x % 2 === 0 ? scanlines[1 + (x >> 1)]! >> 4 : scanlines[1 + (x >> 1)]! & 15);
		for (let x = 0; x < 16 * 100; x++) expect([...palette.subarray(indexAt(x) * 3, indexAt(x) * 3 + 3)]).toEqual(flats[Math.floor(x / 100)]!.slice(0, 3));
		for (let r = 0; r < 8; r++) {
			const got = [...palette.subarray(indexAt(1600 + r) * 3, indexAt(1600 + r) * 3 + 3)];
			const distance = (c: number[]) => c.slice(0, 3).reduce((sum, v, i) => sum + (v - rare[r]![i]!) ** 2, 0);
			expect(distance(got)).toBe(Math.min(...flats.map(distance)));
		}
	});

	it('rejects a pixel buffer of the wrong size', () => {
		expect(() => encodePng(2, 2, Buffer.alloc(15))).toThrow(/Expected 16 bytes/);
	});
});
