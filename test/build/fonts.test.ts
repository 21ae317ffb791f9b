import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { testDist } from '../helpers/paths.ts';
import { builtPages } from '../helpers/site.ts';
import { SUBSET_TEXT } from '../../src/fonts/vietnamese-subset.ts';
import { fontCoverage } from '../../src/share-images/fonts.ts';

describe('the site’s own fonts', () => {
	it('are served from the site as one woff2 per weight', () => {
		for (const weight of [400, 700]) {
			const file = path.join(testDist(), 'fonts', `be-vietnam-pro-${weight}.woff2`);
			expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('wOF2');
		}
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
