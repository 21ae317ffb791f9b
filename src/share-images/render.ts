/**
 * One card → PNG: template.ts → satori (SVG, text as paths) → resvg
 * (pixels) → png.ts.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { satoriFonts } from './fonts.ts';
import { encodePng } from './png.ts';
import { CARD_WIDTH, type ShareCard } from './card.ts';
import { cardTree, HEIGHT, WIDTH } from './template.ts';

/** The card as an SVG document with every glyph drawn as a path. */
export async function renderShareSvg(card: ShareCard): Promise<string> {
	const tree = cardTree(card) as unknown as Parameters<typeof satori>[0];
	return satori(tree, { width: WIDTH, height: HEIGHT, fonts: satoriFonts() });
}

function rasterise(svg: string) {
	// Text is already paths, so resvg needs no fonts of its own. Laid out at 1200 px, drawn at CARD_WIDTH: the
	// layout's sizes and line breaks stay those its tests check.
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_WIDTH },
		background: '#ffffff',
		font: { loadSystemFonts: false },
	});
	return resvg.render();
}

/** The card as a CARD_WIDTH × CARD_HEIGHT PNG. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
	const image = rasterise(await renderShareSvg(card));
	// Sixteen colours: the edges' in-between shades merge, the flat colours stay exact (png.ts, few-colours.ts).
	return encodePng(image.width, image.height, image.pixels, { fewColours: true });
}

/** The card as raw RGBA pixels (4 bytes per pixel, row-major), for tests. */
export async function renderShareImagePixels(
	card: ShareCard,
): Promise<{ width: number; height: number; pixels: Buffer }> {
	const image = rasterise(await renderShareSvg(card));
	return { width: image.width, height: image.height, pixels: image.pixels };
}
