import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { testDist } from '../helpers/paths.ts';
import { builtPages } from '../helpers/site.ts';
import { SUBSET_TEXT } from '../../src/fonts/vietnamese-subset.ts';
import { fontFileName, fontPath } from '../../src/fonts/font-files.ts';
import { fontCoverage } from '../../src/share-images/fonts.ts';

/** Known table tags of WOFF2's table directory, by the index in a table entry's flags (W3C WOFF2, 5.1). */
const WOFF2_KNOWN_TAGS = 'cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB'.match(/.{4}\s?/g)!.map((tag) => tag.slice(0, 4));

/** The table tags of a WOFF2 file, read from its table directory. */
function woff2Tables(font: Buffer): string[] {
	const tags: string[] = [];
	let at = 48;
	const base128 = () => {
		let value = 0;
		for (let i = 0; i < 5; i++) {
			const byte = font[at++]!;
			value = value * 128 + (byte & 0x7f);
			if (!(byte & 0x80)) break;
		}
		return value;
	};
	for (let table = 0; table < font.readUInt16BE(12); table++) {
		const flags = font[at++]!;
		const known = flags & 0x3f;
		const tag = known === 0x3f ? font.toString('latin1', at, (at += 4)) : WOFF2_KNOWN_TAGS[known]!;
		tags.push(tag);
		base128();
		const transformed = tag === 'glyf' || tag === 'loca' ? (flags >> 6) !== 3 : (flags >> 6) !== 0;
		if (transformed) base128();
	}
	return tags;
}

describe('the site’s own fonts', () => {
	it('are served from the site as one woff2 per weight, named by a digest so hosts can cache them for good', () => {
		const served = fs.readdirSync(path.join(testDist(), 'fonts')).sort();
		expect(served).toEqual([fontFileName(400), fontFileName(700)].sort());
		for (const name of served) {
			expect(name).toMatch(/^be-vietnam-pro-(400|700)\.[0-9a-f]{10}\.woff2$/);
			expect(fs.readFileSync(path.join(testDist(), 'fonts', name)).subarray(0, 4).toString('latin1')).toBe('wOF2');
		}
	});

	it('carry no TrueType hinting, half of each file, which phones ignore', () => {
		for (const weight of [400, 700] as const) {
			const font = fs.readFileSync(path.join(testDist(), fontPath(weight)));
			const tables = woff2Tables(font);
			expect(tables, `${fontPath(weight)}`).toEqual(expect.arrayContaining(['cmap', 'glyf', 'GPOS']));
			expect(tables.filter((tag) => ['fpgm', 'prep', 'cvt '].includes(tag)), fontPath(weight)).toEqual([]);
			// Unhinted, each weight's subset is about 12-13 KB; hinted it was 23-26 KB.
			expect(font.length).toBeLessThan(16_000);
		}
	});

	it('are the files the site stylesheet and the preload link name', async () => {
		const { loadPage } = await import('../helpers/site.ts');
		const home = loadPage('/');
		const stylesheets = home('link[rel="stylesheet"]').map((_, link) => home(link).attr('href')).get();
		expect(stylesheets).toHaveLength(1);
		const css = fs.readFileSync(path.join(testDist(), stylesheets[0]!), 'utf8');
		const fontUrls = [...css.matchAll(/url\(["']?(\/fonts\/[^"')]+)/g)].map((match) => match[1]).sort();
		expect(fontUrls).toEqual([fontPath(400), fontPath(700)].sort());
		// Both weights: with font-display: optional, a font not there within 100 ms of the first paint is not used on that page.
		expect(home('link[rel="preload"][as="font"]').map((_, link) => home(link).attr('href')).get()).toEqual([fontPath(400), fontPath(700)]);
		expect(css.match(/font-display:\s*optional/g)).toHaveLength(2);
	});

	it('are the fonts of the web editor’s preview pane too, which used to fall back to a serif', () => {
		const preview = fs.readFileSync(path.join(testDist(), 'quan-tri', 'xem-truoc.css'), 'utf8');
		// global.css sets font-family: var(--font-sans); the preview must define it, with Be Vietnam Pro first.
		expect(preview).toMatch(/--font-sans:\s*"Be Vietnam Pro",/);
		for (const weight of [400, 700] as const) {
			expect(preview).toContain(`url('${fontPath(weight)}')`);
			expect(fs.existsSync(path.join(testDist(), fontPath(weight)))).toBe(true);
		}
		expect(preview).not.toMatch(/be-vietnam-pro-\d+\.woff2/);
	});

	it('keep every letter Vietnamese needs, in both cases and all tones', () => {
		const vowels = 'aăâeêioôơuưy';
		const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
		const letters = [...vowels].flatMap((v) => ['', ...tones].map((t) => (v + t).normalize('NFC')));
		for (const letter of [...letters, ...letters.map((l) => l.toUpperCase()), 'đ', 'Đ']) expect(SUBSET_TEXT, letter).toContain(letter);
		expect(fontCoverage(SUBSET_TEXT)).toEqual([]);
	});

	it('cover every character on every built page’s visible text', async () => {
		const { loadPage } = await import('../helpers/site.ts');
		const missing = new Set<string>();
		for (const page of builtPages()) {
			const text = loadPage(page)('body').text();
			for (const char of text) if (!/\s/.test(char) && !SUBSET_TEXT.includes(char)) missing.add(`${char} U+${char.codePointAt(0)!.toString(16)} (${page})`);
		}
		expect([...missing]).toEqual([]);
	});
});
