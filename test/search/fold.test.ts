import { describe, expect, it } from 'vitest';
import { markForIndex, matchKey, prepareQuery, STROKE, unmark } from '../../src/search/fold.ts';

/** Where an indexed word and a typed word meet: what Pagefind compares after folding both. */
const indexed = (text: string) => matchKey(markForIndex(text));
const typed = (text: string) => matchKey(prepareQuery(text));

describe('folding for the index', () => {
	it('writes đ and Đ as d and D with a combining stroke, and nothing else', () => {
		expect(markForIndex('thi đua')).toBe(`thi d${STROKE}ua`);
		expect(markForIndex('ĐẢNG ỦY')).toBe(`D${STROKE}ẢNG ỦY`);
		expect(markForIndex('cải cách hành chính')).toBe('cải cách hành chính');
	});

	it('composes NFD input first, so marks stay attached to their letters', () => {
		const nfd = 'Đồng chí Phạm Ngọc Lan'.normalize('NFD');
		expect(markForIndex(nfd)).toBe(`D${STROKE}ồng chí Phạm Ngọc Lan`);
		expect(markForIndex(nfd)).toBe(markForIndex(nfd).normalize('NFC'));
	});

	it('gives back the original text, đ included, when unmarked', () => {
		for (const text of ['thi đua', 'ĐỒNG CHÍ', 'Quyết định số 563/QĐ-UBND', 'Nghị định 98/2023/NĐ-CP', 'đ Đ đđ']) {
			expect(unmark(markForIndex(text))).toBe(text);
		}
	});

	it('keeps word boundaries, so excerpt word positions stay those of the page', () => {
		const text = 'Kết luận của đồng chí Phạm Ngọc Lan, Chủ tịch UBND huyện Mộ Đức';
		expect(markForIndex(text).split(/\s+/).length).toBe(text.split(/\s+/).length);
	});
});

describe('folding for queries', () => {
	it('turns đ/Đ into d/D and keeps the other marks for exact-match ranking', () => {
		expect(prepareQuery('đồng chí')).toBe('dồng chí');
		expect(prepareQuery('465/QĐ-UBND')).toBe('465/QD-UBND');
		expect(prepareQuery('ĐÀ NẴNG')).toBe('DÀ NẴNG');
	});

	it('composes NFD input and tidies spaces', () => {
		expect(prepareQuery('  Thuận\tNam  '.normalize('NFD'))).toBe('Thuận Nam');
		expect(prepareQuery('Đồng'.normalize('NFD'))).toBe('Dồng');
	});
});

describe('index and queries meet', () => {
	it('a query without diacritics finds text with them', () => {
		expect(typed('thi dua cai cach hanh chinh')).toBe(indexed('thi đua cải cách hành chính'));
		expect(typed('dong chi')).toBe(indexed('đồng chí'));
		expect(typed('DANG UY')).toBe(indexed('Đảng ủy'));
	});

	it('a query with diacritics finds OCR text without them', () => {
		expect(typed('đồng chí')).toBe(indexed('dong chi'));
		expect(typed('Mộ Đức')).toBe(indexed('Mo Duc'));
	});

	it('đ and d meet in both directions, capitals too', () => {
		expect(typed('Đ')).toBe(indexed('d'));
		expect(typed('d')).toBe(indexed('Đ'));
		expect(typed('98/2023/ND-CP')).toBe(indexed('98/2023/NĐ-CP'));
	});

	it('both tone-mark placements meet', () => {
		for (const [old, modern] of [['hoà', 'hòa'], ['thuỷ', 'thủy'], ['uý', 'úy'], ['Khánh Hoà', 'Khánh Hòa'], ['Thuỷ Phương', 'Thủy Phương']]) {
			expect(typed(old!)).toBe(indexed(modern!));
			expect(typed(modern!)).toBe(indexed(old!));
		}
	});

	it('NFD queries meet NFC text', () => {
		expect(typed('Phạm Ngọc Lan'.normalize('NFD'))).toBe(indexed('Phạm Ngọc Lan'));
		expect(typed('đồng chí'.normalize('NFD'))).toBe(indexed('đồng chí'));
	});

	it('different words stay apart', () => {
		expect(typed('hoa')).not.toBe(indexed('hoạch'));
		expect(typed('25/KH-UBND')).not.toBe(indexed('125/KH-UBND'));
	});
});
