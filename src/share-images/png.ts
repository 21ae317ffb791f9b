/**
 * A minimal PNG encoder for resvg's RGBA pixels. resvg-js's own `asPng()`
 * compresses hard and took 20 ms of a 40 ms card. This one writes a palette
 * (8-bit indexed) PNG whenever the picture has at most 256 colours, which a
 * card always has (flat colours and anti-aliased text on white: 33–85
 * colours). That is lossless, so the glyphs stay exactly as resvg drew them,
 * and the file is about half the size of the former RGBA one (the Huế award
 * card: 68.7 KB as RGBA at deflate level 3, 34.8 KB as palette at level 5),
 * in the same time (medians of 21 runs at load 18: finding the colours
 * 20 ms and deflating 18 ms, against 40 ms to deflate the RGBA rows, four
 * times the bytes). Level 6 saves 3 % more for twice the deflate time, level
 * 4 costs 11 %. No row filter: filters made indexed rows larger. A picture
 * with more than 256 colours is written as RGBA, never quantised.
 *
 * With `fewColours` (share cards), a picture of more than 16 colours is first
 * reduced to 16 (few-colours.ts: only the in-between shades of anti-aliased
 * edges move), and every picture of at most 16 colours is stored at 4 bits a
 * pixel: two pixels per byte, 17 % smaller than the 8-bit palette on the five
 * kinds of card. 4-bit rows take deflate level 8: on 120 cards of a
 * 500-document build, 7.8 % smaller than level 6 (the dist target of issue
 * 18: −16 MB at 10,000 documents) at 24 ms a card instead of 4; level 9 saves
 * 0.9 % more at 53 ms, and level 7 only 2 % (zlib in Python, load 4.4). Row
 * filters (up, or up only on repeated rows) made them 0–19 % larger.
 */
import { crc32, deflateSync } from 'node:zlib';
import { FEW_COLOURS, fewColours } from './few-colours.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_RGBA = 6;
const COLOUR_TYPE_PALETTE = 3;
const MAX_PALETTE = 256;

function chunk(type: string, data: Buffer): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

function pngFile(width: number, height: number, colourType: number, scanlines: Buffer, extraChunks: Buffer[], bitDepth = 8): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.writeUInt8(bitDepth, 8);
	header.writeUInt8(colourType, 9);
	// Bytes 10–12: compression, filter method, interlace, all 0.
	return Buffer.concat([SIGNATURE, chunk('IHDR', header), ...extraChunks, chunk('IDAT', deflateSync(scanlines, { level: bitDepth === 4 ? 8 : 5 })), chunk('IEND', Buffer.alloc(0))]);
}

interface Indexed {
	/** One filter byte (0) then one palette index per pixel, per row. */
	scanlines: Buffer;
	/** RGBA of each palette entry, in index order. */
	palette: Buffer;
	/** Pixels of each palette entry. */
	counts: Uint32Array;
	opaque: boolean;
}

/** The pixels as palette indices, or undefined past 256 colours. */
function indexColours(width: number, height: number, rgba: Buffer): Indexed | undefined {
	// Byte order of a Uint32 does not matter: it is only compared, and the palette is copied from `rgba`.
	// A Uint32Array needs a 4-byte-aligned offset: small Buffers from Node's pool may not have one.
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : Buffer.from(rgba);
	const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
	const indexOf = new Map<number, number>();
	const palette = Buffer.alloc(MAX_PALETTE * 4);
	const scanlines = Buffer.alloc((width + 1) * height);
	const counts = new Uint32Array(MAX_PALETTE);
	// Runs of one colour are the rule (background, text strokes): skip the map lookup inside a run.
	let previous = -1;
	let previousIndex = 0;
	for (let y = 0, pixel = 0; y < height; y++) {
		for (let x = 0, at = y * (width + 1) + 1; x < width; x++, pixel++, at++) {
			const word = words[pixel]!;
			if (word !== previous) {
				let index = indexOf.get(word);
				if (index === undefined) {
					if (indexOf.size === MAX_PALETTE) return undefined;
					index = indexOf.size;
					indexOf.set(word, index);
					rgba.copy(palette, index * 4, pixel * 4, pixel * 4 + 4);
				}
				previous = word;
				previousIndex = index;
			}
			scanlines[at] = previousIndex;
			counts[previousIndex] = counts[previousIndex]! + 1;
		}
	}
	const used = palette.subarray(0, indexOf.size * 4);
	let opaque = true;
	for (let i = 3; i < used.length; i += 4) if (used[i] !== 255) opaque = false;
	return { scanlines, palette: used, counts: counts.subarray(0, indexOf.size), opaque };
}

/** The same picture in at most 16 colours: each pixel takes its colour's representative (few-colours.ts). */
function reduceColours(width: number, height: number, indexed: Indexed): Indexed {
	if (indexed.counts.length <= FEW_COLOURS) return indexed;
	const { mapping, palette } = fewColours(indexed.palette, indexed.counts);
	const scanlines = Buffer.from(indexed.scanlines);
	// Each row's first byte is its filter type, not a pixel: it stays 0.
	for (let y = 0; y < height; y++) {
		for (let at = y * (width + 1) + 1, end = at + width; at < end; at++) scanlines[at] = mapping[scanlines[at]!]!;
	}
	const counts = new Uint32Array(palette.length / 4);
	indexed.counts.forEach((count, entry) => (counts[mapping[entry]!] = counts[mapping[entry]!]! + count));
	let opaque = true;
	for (let i = 3; i < palette.length; i += 4) if (palette[i] !== 255) opaque = false;
	return { scanlines, palette, counts, opaque };
}

/** 8-bit index rows (filter byte, then one index per pixel) packed two pixels per byte. */
function packFourBits(width: number, height: number, scanlines: Buffer): Buffer {
	const packedRow = Math.ceil(width / 2) + 1;
	const packed = Buffer.alloc(packedRow * height);
	for (let y = 0; y < height; y++) {
		const from = y * (width + 1) + 1;
		const to = y * packedRow + 1;
		for (let x = 0; x < width; x += 2) packed[to + (x >> 1)] = (scanlines[from + x]! << 4) | (x + 1 < width ? scanlines[from + x + 1]! : 0);
	}
	return packed;
}

function palettePng(width: number, height: number, { scanlines, palette, opaque }: Indexed): Buffer {
	const entries = palette.length / 4;
	const fourBits = entries <= FEW_COLOURS;
	const plte = Buffer.alloc(entries * 3);
	const trns = Buffer.alloc(entries);
	for (let i = 0; i < entries; i++) {
		palette.copy(plte, i * 3, i * 4, i * 4 + 3);
		trns[i] = palette[i * 4 + 3]!;
	}
	// tRNS only when some colour is not opaque: a card on its white background never needs it.
	const chunks = opaque ? [chunk('PLTE', plte)] : [chunk('PLTE', plte), chunk('tRNS', trns)];
	return pngFile(width, height, COLOUR_TYPE_PALETTE, fourBits ? packFourBits(width, height, scanlines) : scanlines, chunks, fourBits ? 4 : 8);
}

function rgbaPng(width: number, height: number, rgba: Buffer): Buffer {
	const rowBytes = width * 4;
	// Each scanline starts with its filter type; 0 is "none".
	const scanlines = Buffer.alloc((rowBytes + 1) * height);
	for (let y = 0; y < height; y++) rgba.copy(scanlines, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
	return pngFile(width, height, COLOUR_TYPE_RGBA, scanlines, []);
}

/**
 * Encodes 8-bit RGBA pixels (row-major, no padding) as a PNG file, with the
 * exact same pixels: palette when they have at most 256 colours (4 bits a
 * pixel up to 16), else RGBA. With `fewColours`, a palette picture of more
 * than 16 colours is reduced to 16 first: only edge shades change.
 * PNG wants straight alpha and resvg gives premultiplied; they agree only on
 * opaque pixels, which is why render.ts always paints a white background.
 */
export function encodePng(width: number, height: number, rgba: Buffer, options: { fewColours?: boolean } = {}): Buffer {
	const rowBytes = width * 4;
	if (rgba.length !== rowBytes * height) throw new Error(`Expected ${rowBytes * height} bytes of pixels, got ${rgba.length}`);
	const indexed = indexColours(width, height, rgba);
	if (!indexed) return rgbaPng(width, height, rgba);
	return palettePng(width, height, options.fewColours ? reduceColours(width, height, indexed) : indexed);
}
