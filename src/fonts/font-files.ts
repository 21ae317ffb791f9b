import { FONT_WEIGHTS, vietnameseFontKey, type FontWeight } from './vietnamese-subset.ts';

/**
 * Where the web fonts are served. The name carries a digest of everything the
 * subset is made from (source TTF, kept characters, subsetter), so a host can
 * cache `/fonts/*` for a year as immutable: a font that changes gets a new name.
 */
export const FONT_FOLDER = '/fonts/';

const digestByWeight = new Map<FontWeight, string>();

/** `be-vietnam-pro-400.1a2b3c4d5e.woff2`: ten hex digits of the subset's input key. */
export function fontFileName(weight: FontWeight): string {
	let digest = digestByWeight.get(weight);
	if (!digest) digestByWeight.set(weight, (digest = vietnameseFontKey(weight).slice(0, 10)));
	return `be-vietnam-pro-${weight}.${digest}.woff2`;
}

/** Site path of a weight's font file, for `@font-face` and the preload link. */
export const fontPath = (weight: FontWeight) => `${FONT_FOLDER}${fontFileName(weight)}`;

/** Every weight the site serves. */
export const FONT_WEIGHT_LIST = Object.keys(FONT_WEIGHTS).map(Number) as FontWeight[];

/** How src/styles/fonts.css names a weight's file before the build gives it its hashed name. */
const UNHASHED_FONT_URL = /\/fonts\/be-vietnam-pro-(\d+)\.woff2/g;

/** `css` with every unhashed font URL replaced by the weight's hashed path. */
export function withHashedFontUrls(css: string): string {
	return css.replace(UNHASHED_FONT_URL, (match, weight: string) => {
		if (!(weight in FONT_WEIGHTS)) throw new Error(`src/styles/fonts.css names ${match}, a weight the site does not build`);
		return fontPath(Number(weight) as FontWeight);
	});
}

/**
 * Vite plugin: gives the `url()`s of src/styles/fonts.css the hashed names,
 * so the stylesheet (itself hashed under /_astro/) and the font files change
 * name together.
 */
export function hashedFontUrls() {
	return {
		name: 'hashed-font-urls',
		enforce: 'pre' as const,
		transform(code: string, id: string) {
			return id.split('?')[0]!.endsWith('/src/styles/fonts.css') ? withHashedFontUrls(code) : undefined;
		},
	};
}
