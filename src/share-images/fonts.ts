/**
 * The share-image fonts: Be Vietnam Pro 400, 600 and 700 from
 * @expo-google-fonts/be-vietnam-pro (full TTFs with every Vietnamese glyph).
 * Read once per process (or worker) and cached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseFontTables, type FontTables } from './font-tables.ts';

export const FONT_FAMILY = 'Be Vietnam Pro';
export const FONT_WEIGHTS = [400, 600, 700] as const;
export type ShareFontWeight = (typeof FONT_WEIGHTS)[number];

const FILES: Record<ShareFontWeight, string> = {
	400: '400Regular/BeVietnamPro_400Regular.ttf',
	600: '600SemiBold/BeVietnamPro_600SemiBold.ttf',
	700: '700Bold/BeVietnamPro_700Bold.ttf',
};

/** One entry of satori's `fonts` option. */
export interface SatoriFont {
	name: string;
	data: Buffer;
	weight: ShareFontWeight;
	style: 'normal';
}

let packageDir: string | undefined;
const buffers = new Map<ShareFontWeight, Buffer>();
const tables = new Map<ShareFontWeight, FontTables>();

function fontPackageDir(): string {
	if (packageDir) return packageDir;
	const id = '@expo-google-fonts/be-vietnam-pro/package.json';
	let resolved: string;
	try {
		resolved = createRequire(import.meta.url).resolve(id);
	} catch {
		// Bundled copies of this module may live outside the project tree.
		resolved = createRequire(path.join(process.cwd(), 'package.json')).resolve(id);
	}
	packageDir = path.dirname(resolved);
	return packageDir;
}

/** The TTF files of every weight, as absolute paths: part of the cards' cache key (template-digest.ts). */
export function fontFiles(): string[] {
	return FONT_WEIGHTS.map((weight) => path.join(fontPackageDir(), FILES[weight]));
}

/** The TTF bytes of one weight. */
export function fontData(weight: ShareFontWeight): Buffer {
	let data = buffers.get(weight);
	if (!data) {
		data = readFileSync(path.join(fontPackageDir(), FILES[weight]));
		buffers.set(weight, data);
	}
	return data;
}

let satoriFontList: SatoriFont[] | undefined;

/** The fonts in satori's `fonts` option format; always the same array, so satori's per-array font cache hits. */
export function satoriFonts(): SatoriFont[] {
	satoriFontList ??= FONT_WEIGHTS.map((weight) => ({ name: FONT_FAMILY, data: fontData(weight), weight, style: 'normal' }));
	return satoriFontList;
}

/** Parsed cmap and advance widths of one weight. */
export function fontTables(weight: ShareFontWeight): FontTables {
	let parsed = tables.get(weight);
	if (!parsed) {
		parsed = parseFontTables(fontData(weight));
		tables.set(weight, parsed);
	}
	return parsed;
}

/**
 * Characters of `text` (NFC, whitespace excluded, each listed once) that at
 * least one of the fonts cannot draw. An empty list means no tofu boxes.
 */
export function fontCoverage(text: string): string[] {
	const missing: string[] = [];
	for (const char of new Set(text.normalize('NFC'))) {
		if (/\s/u.test(char)) continue;
		const code = char.codePointAt(0) ?? 0;
		if (FONT_WEIGHTS.some((weight) => !fontTables(weight).cmap.has(code))) missing.push(char);
	}
	return missing;
}
