import { describe, expect, it } from 'vitest';
import { nameAfterHonorific, searchedQuery } from '../../src/search/honorifics.ts';

describe('a name after an honorific or a title', () => {
	it('is searched alone, with or without diacritics, đ typed as d or as đ/c', () => {
		const cases: [string, string][] = [
			['đồng chí Phạm Ngọc Lan', 'Phạm Ngọc Lan'],
			['dong chi Pham Ngoc Lan', 'Pham Ngoc Lan'],
			['dong chi pham ngoc lan', 'pham ngoc lan'],
			['Đồng chí Nguyễn Tường Duy', 'Nguyễn Tường Duy'],
			['đ/c Nguyễn Văn Hiếu', 'Nguyễn Văn Hiếu'],
			['Ông Trần Văn Bình', 'Trần Văn Bình'],
			['bà Hồ Thị Mai', 'Hồ Thị Mai'],
			['Phó Chủ tịch Phạm Ngọc Lan', 'Phạm Ngọc Lan'],
			['pho truong phong le van hung', 'le van hung'],
			['đồng chí Phó Trưởng phòng Lê Văn Hùng', 'Lê Văn Hùng'],
		];
		for (const [query, name] of cases) expect(nameAfterHonorific(query), query).toBe(name);
	});

	it('leaves every other query as typed', () => {
		for (const query of [
			'đồng chí',
			'dong chi',
			'Phó Trưởng phòng',
			'Kết luận của đồng chí Nguyễn Tường Duy',
			'Phạm Ngọc Lan',
			'Bà Rịa Vũng Tàu',
			'Chu Văn An',
			'Anh Sơn',
			'ông già Noel',
			'chi bo thon',
			'Trung tâm Y tế',
		]) {
			expect(nameAfterHonorific(query), query).toBeUndefined();
			expect(searchedQuery(query)).toBe(query);
		}
	});
});
