import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from '../../src/lib/fold.ts';

describe('Vietnamese folding', () => {
	it('drops every tone and vowel mark', () => {
		expect(foldVietnamese('cải cách hành chính')).toBe('cai cach hanh chinh');
		expect(foldVietnamese('Ủy ban nhân dân')).toBe('Uy ban nhan dan');
	});

	it('turns đ and Đ into d and D, which have no decomposition', () => {
		expect(foldVietnamese('đồng chí')).toBe('dong chi');
		expect(foldVietnamese('thi đua')).toBe('thi dua');
		expect(foldVietnamese('ĐẢNG')).toBe('DANG');
	});

	it('gives the same result for NFD input and for both tone placements', () => {
		expect(foldVietnamese('hòa'.normalize('NFD'))).toBe('hoa');
		expect(foldVietnamese('hoà')).toBe(foldVietnamese('hòa'));
		expect(foldVietnamese('thuỷ')).toBe(foldVietnamese('thủy'));
	});

	it('makes readable ASCII slugs for anchors and URLs', () => {
		expect(slugify('I. MỤC ĐÍCH, YÊU CẦU')).toBe('i-muc-dich-yeu-cau');
		expect(slugify('  Đối với tập thể  ')).toBe('doi-voi-tap-the');
	});
});
