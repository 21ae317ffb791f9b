import type { APIRoute } from 'astro';
import { FONT_WEIGHTS, vietnameseFont, vietnameseFontKey, type FontWeight } from '../../fonts/vietnamese-subset.ts';

/** /fonts/be-vietnam-pro-400.woff2 and -700: built once, served from the site itself. */
export function getStaticPaths() {
	return (Object.keys(FONT_WEIGHTS).map(Number) as FontWeight[]).map((weight) => ({
		params: { file: `be-vietnam-pro-${weight}.woff2` },
		props: { weight },
		cacheKey: vietnameseFontKey(weight),
	}));
}

export const GET: APIRoute = async ({ props }) => {
	const font = await vietnameseFont(props.weight as FontWeight);
	return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2' } });
};
