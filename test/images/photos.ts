/**
 * Photos made with sharp for the image tests: a JPEG as a phone writes it,
 * with the camera's make and model and GPS coordinates in its EXIF, so a
 * test can look for the marker and the coordinates in everything published.
 */
import sharp from 'sharp';

export interface PhotoOptions {
	width: number;
	height: number;
	/** Written as the camera model: a string to search for in published bytes. */
	marker?: string;
	/** Leave out the GPS block (camera data only). */
	withoutGps?: boolean;
	/** EXIF orientation (6: the phone was held upright, the pixels are stored sideways). */
	orientation?: number;
	/** Random pixels compress badly: a big file from few pixels. */
	noise?: boolean;
}

/** Latitude and longitude of Bắc Trà My, as a phone records them. */
export const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '15/1 8/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 13/1 0/1' };

function pixels({ width, height, noise }: PhotoOptions): ReturnType<typeof sharp> {
	if (noise) {
		const raw = Buffer.alloc(width * height * 3);
		// A fixed linear congruential sequence: the same bytes on every run.
		let seed = 12345;
		for (let i = 0; i < raw.length; i += 1) raw[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
		return sharp(raw, { raw: { width, height, channels: 3 } });
	}
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#1d70b8"/><circle cx="50%" cy="50%" r="${Math.min(width, height) / 3}" fill="#ffdd00"/></svg>`;
	return sharp(Buffer.from(svg));
}

/** A JPEG with EXIF (make, model = marker, and GPS unless left out). */
export async function photo(options: PhotoOptions): Promise<Buffer> {
	const ifd0: Record<string, string> = { Make: 'PhoneMaker', Model: options.marker ?? 'TestPhone' };
	const exif = options.withoutGps ? { IFD0: ifd0 } : { IFD0: ifd0, IFD3: GPS };
	let image = pixels(options).jpeg({ quality: 80 }).withExif(exif);
	if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
	return image.toBuffer();
}

export async function png(width: number, height: number): Promise<Buffer> {
	return pixels({ width, height }).png().toBuffer();
}

/** An AVIF-coded HEIF file: what sharp reports as "heif", as it does for an iPhone's HEIC. */
export async function heif(width: number, height: number): Promise<Buffer> {
	return pixels({ width, height }).heif({ compression: 'av1', quality: 50 }).toBuffer();
}
