import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { testDist } from '../helpers/paths.ts';
import { builtPages } from '../helpers/site.ts';
import { SUBSET_TEXT } from '../../src/fonts/vietnamese-subset.ts';
import { fontFileName, fontPath } from '../../src/fonts/font-files.ts';
import { fontCoverage } from '../../src/share-images/fonts.ts';

describe('the site’s own fonts', () => {
	it('are served from the site as one woff2 per weight, named by a digest so hosts can cache them for good', () => {
		const served = fs.readdirSync(path.join(testDist(), 'fonts')).sort();
		expect(served).toEqual([fontFileName(400), fontFileName(700)].sort());
		for (const name of served) {
			expect(name).toMatch(/^be-vietnam-pro-(400|700)\.[0-9a-f]{10}\.woff2$/);
			expect(fs.readFileSync(path.join(testDist(), 'fonts', name)).subarray(0, 4).toString('latin1')).toBe('wOF2');
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
