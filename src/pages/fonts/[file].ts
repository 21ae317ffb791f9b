import type { APIRoute } from 'astro';
import { vietnameseFont, vietnameseFontKey, type FontWeight } from '../../fonts/vietnamese-subset.ts';
import { FONT_WEIGHT_LIST, fontFileName } from '../../fonts/font-files.ts';

/** /fonts/be-vietnam-pro-400.<digest>.woff2 and -700: built once, served from the site itself. */
export function getStaticPaths() {
	return FONT_WEIGHT_LIST.map((weight) => ({
		params: { file: fontFileName(weight) },
		props: { weight },
		cacheKey: vietnameseFontKey(weight),
	}));
}

export const GET: APIRoute = async ({ props }) => {
	const font = await vietnameseFont(props.weight as FontWeight);
	return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2' } });
};
