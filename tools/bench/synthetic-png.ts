import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/**
 * A photo-sized RGB PNG for the benchmark corpus: a gradient with noise, so
 * the image service has real work (an even colour would compress to nothing).
 * Written here because the corpus needs no image library for one format.
 */
export function syntheticPng(width: number, height: number, seed: number): Buffer {
	const rows = Buffer.alloc((width * 3 + 1) * height);
	let state = seed >>> 0 || 1;
	for (let y = 0; y < height; y++) {
		const row = y * (width * 3 + 1);
		for (let x = 0; x < width; x++) {
			state = (state * 1664525 + 1013904223) >>> 0;
			const noise = state >>> 28;
			rows[row + 1 + x * 3] = (x * 255) / width + noise;
			rows[row + 2 + x * 3] = (y * 255) / height + noise;
			rows[row + 3 + x * 3] = ((seed * 37) % 255) ^ noise;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
