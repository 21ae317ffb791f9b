/**
 * What an image file really is, read with sharp (the library Astro's image
 * service encodes with): its format, its size as displayed (EXIF rotation
 * applied), whether it carries EXIF or GPS data, and whether it decodes to
 * the end. sharp is asynchronous and the content check is not, so the check
 * runs this file as a child process once for all images that are new or
 * changed (image-facts-cache.ts; start-up measured at 5 s at load average 30,
 * when a bare `node -e 0` took 1.2–2.6 s): paths in on stdin as JSON, facts
 * out on stdout as JSON.
 */
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/** What one image file holds; `unreadable` is sharp's reason when it cannot read or fully decode the file. */
export type ImageFacts =
	| { readable: true; format: string; width: number; height: number; exif: boolean; gps: boolean }
	| { readable: false; format?: string; unreadable: string };

/** The EXIF tag whose presence in the first directory points to GPS coordinates. */
const GPS_POINTER_TAG = 0x8825;

/**
 * Whether an EXIF block (sharp's `metadata().exif`: "Exif\0\0" and a TIFF
 * header) points to a GPS directory: the tag sits in the first directory,
 * so reading its entries is enough.
 */
export function exifHasGps(exif: Buffer | undefined): boolean {
	if (!exif || exif.length < 14) return false;
	const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
	const order = tiff.subarray(0, 2).toString('latin1');
	if (order !== 'II' && order !== 'MM') return false;
	const u16 = (at: number) => (order === 'II' ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
	const u32 = (at: number) => (order === 'II' ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
	const directory = u32(4);
	if (directory + 2 > tiff.length) return false;
	const count = u16(directory);
	for (let i = 0; i < count; i += 1) {
		const entry = directory + 2 + i * 12;
		if (entry + 12 > tiff.length) return false;
		if (u16(entry) === GPS_POINTER_TAG) return true;
	}
	return false;
}

export async function probeImage(file: string): Promise<ImageFacts> {
	let format: string | undefined;
	try {
		const metadata = await sharp(file).metadata();
		format = metadata.format;
		// Decoding to a thumbnail still reads every byte (JPEG shrinks while it decodes): 1.0–2.0 s for a worst-case 8 MB,
		// 12-megapixel noise JPEG on this project's shared 2-core machine at load average 30;
		// "truncated" fails on a cut-off file, which Astro's service (failOn: "none") would publish with a grey band.
		await sharp(file, { failOn: 'truncated' }).resize(8, 8, { fit: 'inside' }).raw().toBuffer();
		const { width, height } = metadata.autoOrient ?? metadata;
		return { readable: true, format: metadata.format, width, height, exif: metadata.exif !== undefined, gps: exifHasGps(metadata.exif) };
	} catch (error) {
		return { readable: false, format, unreadable: (error as Error).message };
	}
}

async function main(): Promise<void> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	const files = JSON.parse(Buffer.concat(chunks).toString('utf8')) as string[];
	// One image at a time: sharp uses every core for one, and the check runs beside a build.
	const facts: ImageFacts[] = [];
	for (const file of files) facts.push(await probeImage(file));
	process.stdout.write(JSON.stringify(facts));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
