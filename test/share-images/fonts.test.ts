import { describe, expect, it } from 'vitest';
import { FONT_WEIGHTS, fontCoverage, fontTables, satoriFonts } from '../../src/share-images/fonts.ts';
import { SITE } from '../../src/site.config.ts';

const VOWELS = 'aăâeêioôơuưy';
/** Grave, acute, hook above, tilde, dot below. */
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Every Vietnamese letter, with every tone mark, in both cases, as NFC. */
function vietnameseAlphabet(): string {
	const lower = [...VOWELS].flatMap((vowel) => [vowel, ...TONES.map((tone) => vowel + tone)]);
	const letters = [...lower, ...'bcdđghklmnpqrstvx'].join('').normalize('NFC');
	return letters + letters.toLocaleUpperCase('vi');
}

describe('fonts', () => {
	it('loads Regular, SemiBold and Bold once', () => {
		const fonts = satoriFonts();
		expect(fonts.map((font) => font.weight)).toEqual([400, 600, 700]);
		expect(new Set(fonts.map((font) => font.name))).toEqual(new Set(['Be Vietnam Pro']));
		expect(satoriFonts()[0]?.data).toBe(fonts[0]?.data);
		for (const font of fonts) expect(font.data.readUInt32BE(0)).toBe(0x00010000);
	});

	it('reads a cmap with the Latin and Vietnamese ranges', () => {
		for (const weight of FONT_WEIGHTS) {
			const { cmap, advances, unitsPerEm } = fontTables(weight);
			expect(unitsPerEm).toBeGreaterThan(0);
			expect(cmap.get(0x41)).toBeGreaterThan(0);
			expect(advances[cmap.get(0x1ec7) ?? 0]).toBeGreaterThan(0); // ệ
		}
	});
});

describe('fontCoverage', () => {
	it('checks all 89 letter forms (12 vowels × 6 tones, 17 consonants) in both cases', () => {
		expect(new Set(vietnameseAlphabet()).size).toBe(2 * (12 * 6 + 17));
	});

	it('covers every Vietnamese letter, tone and the punctuation the cards use', () => {
		const text = `${vietnameseAlphabet()} “ ” ‘ ’ – — … / · 0123456789 ( ) , . ; : ? ! % - ${SITE.name} ${SITE.url}`;
		expect(fontCoverage(text)).toEqual([]);
	});

	it('covers text written in decomposed form (NFD)', () => {
		expect(fontCoverage(vietnameseAlphabet().normalize('NFD'))).toEqual([]);
	});

	it('reports characters the fonts lack, once each, ignoring whitespace', () => {
		expect(fontCoverage('Khen thưởng 表彰 表\t\n')).toEqual(['表', '彰']);
		expect(fontCoverage('Cờ thi đua 🏆')).toEqual(['🏆']);
	});
});
