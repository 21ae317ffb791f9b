/**
 * QR codes drawn as one SVG path at build time, from the matrix the
 * `qrcode` package computes. Building the path ourselves (instead of
 * inserting the package's SVG string) keeps the markup under Astro's
 * escaping and lets the page give the image its own accessible name.
 */
import QRCode from 'qrcode';

/** Light modules around the symbol, as the QR standard requires for reliable scanning. */
export const QUIET_ZONE = 4;

export interface QrSvg {
	/** Width and height in modules, quiet zone included: the viewBox size. */
	size: number;
	/** Path data covering every dark module, in module units. */
	path: string;
}

/** Dark modules as rows of booleans; medium error correction survives a smudged print. */
export function qrMatrix(text: string): boolean[][] {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

/** One rectangle per horizontal run of dark modules keeps the path short. */
export function qrSvg(text: string): QrSvg {
	const matrix = qrMatrix(text);
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			let run = 1;
			while (row[x + run]) run++;
			parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
			x += run - 1;
		}
	});
	return { size: matrix.length + 2 * QUIET_ZONE, path: parts.join('') };
}
