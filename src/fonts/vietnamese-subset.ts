import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { packageVersion } from '../lib/package-version.ts';

/**
 * The site's own web fonts: Be Vietnam Pro cut down to the characters
 * Vietnamese text uses, one woff2 per weight. Fontsource's split files make a
 * phone fetch three subsets per weight (latin, latin-ext, vietnamese) for one
 * Vietnamese page; one file per weight is about half the bytes.
 */
const VIETNAMESE_LETTERS =
	'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư' +
	Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCodePoint(0x1ea0 + i)).join('');
const PUNCTUATION = '–—‘’“”…•›‹«»·×≤≥°§\u00a0';
const BASIC_LATIN = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

/** Every character the subset keeps; text outside it falls back to the system font. */
export const SUBSET_TEXT = BASIC_LATIN + VIETNAMESE_LETTERS + PUNCTUATION;

export const FONT_WEIGHTS = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 700: '700Bold/BeVietnamPro_700Bold.ttf' } as const;
export type FontWeight = keyof typeof FONT_WEIGHTS;

const require = createRequire(import.meta.url);

const sourceFont = (weight: FontWeight) => fs.readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${FONT_WEIGHTS[weight]}`));

/**
 * Without TrueType hinting: the hinting programs and tables were half of each
 * file (regular 23.4 → 12.0 KB, bold 25.5 → 12.9 KB as woff2), and phones,
 * where most readers are, ignore them (Android and iOS rasterise outlines
 * unhinted; so do macOS and Chromium's Linux build). Only Windows at small
 * sizes draws stems a little softer, as with Google Fonts' unhinted files.
 */
const SUBSET_OPTIONS = { targetFormat: 'woff2', noHinting: true } as const;

export async function vietnameseFont(weight: FontWeight): Promise<Buffer> {
	return subsetFont(sourceFont(weight), SUBSET_TEXT, SUBSET_OPTIONS);
}

/** Changes with the source font, the kept characters, the subsetter's options or the subsetter (and the HarfBuzz build it runs), the inputs of `vietnameseFont`. */
export function vietnameseFontKey(weight: FontWeight): string {
	const subsetter = [packageVersion('subset-font'), packageVersion('harfbuzzjs', require.resolve('subset-font'))];
	return createHash('sha256').update(sourceFont(weight)).update(`\0${SUBSET_TEXT}\0${JSON.stringify(SUBSET_OPTIONS)}\0${subsetter.join('\0')}`).digest('hex');
}
