import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';

const SCALE = 10;

/**
 * Reads a QR symbol back from SVG markup the way a camera would: rasterise
 * it, then sample the centre of every module. Returns the dark modules
 * inside the quiet zone.
 */
export function readQrModules(svg: string, quietZone: number): boolean[][] {
	const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
	if (!viewBox) throw new Error('SVG without a viewBox');
	const size = Number(viewBox[1]);
	const standalone = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
	const image = new Resvg(standalone, { fitTo: { mode: 'width', value: size * SCALE }, background: '#ffffff' }).render();
	const pixels = image.pixels;
	const dark = (x: number, y: number) => pixels[(y * image.width + x) * 4]! < 128;
	const modules = size - 2 * quietZone;
	return Array.from({ length: modules }, (_, row) =>
		Array.from({ length: modules }, (_, col) => dark(Math.floor((col + quietZone + 0.5) * SCALE), Math.floor((row + quietZone + 0.5) * SCALE))),
	);
}

/** What the qrcode package says the symbol for `text` must be (medium error correction). */
export function expectedQrModules(text: string): boolean[][] {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

/** Everything around the symbol is light: the quiet zone a scanner needs. */
export function quietZoneIsLight(svg: string, quietZone: number): boolean {
	const size = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
	const all = readQrModules(svg, 0);
	return all.every((row, y) => row.every((dark, x) => !dark || (x >= quietZone && y >= quietZone && x < size - quietZone && y < size - quietZone)));
}
