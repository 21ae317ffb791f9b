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

/** A 7×3 gradient with varying alpha, so every byte position differs. */
function gradient(width: number, height: number): Buffer {
	const pixels = Buffer.alloc(width * height * 4);
	for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37) % 256;
	return pixels;
}

describe('encodePng', () => {
	it('writes IHDR, IDAT and IEND with valid CRCs and the exact pixels', () => {
		const pixels = gradient(7, 3);
		const png = encodePng(7, 3, pixels);
		const list = chunks(png);
		expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		const header = list[0]!.data;
		expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([7, 3, 8, 6]);
		const scanlines = inflateSync(list[1]!.data);
		expect(scanlines.length).toBe(3 * (7 * 4 + 1));
		for (let y = 0; y < 3; y++) {
			expect(scanlines[y * 29]).toBe(0);
			expect(scanlines.subarray(y * 29 + 1, (y + 1) * 29).equals(pixels.subarray(y * 28, (y + 1) * 28))).toBe(true);
		}
	});

	it('is read back by another decoder (resvg) pixel for pixel', () => {
		const pixels = Buffer.alloc(40 * 20 * 4);
		for (let i = 0; i < pixels.length; i += 4) pixels.set([(i / 4) % 40 * 6, Math.floor(i / 160) * 12, 200, 255], i);
		const uri = `data:image/png;base64,${encodePng(40, 20, pixels).toString('base64')}`;
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20"><image width="40" height="20" xlink:href="${uri}"/></svg>`;
		const decoded = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
		expect(decoded.equals(pixels)).toBe(true);
	});

	it('rejects a pixel buffer of the wrong size', () => {
		expect(() => encodePng(2, 2, Buffer.alloc(15))).toThrow(/Expected 16 bytes/);
	});
});
