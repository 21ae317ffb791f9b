import { describe, expect, it } from 'vitest';
import { compareByGivenName, compareVietnamese } from '../../src/lib/collate.ts';

describe('Vietnamese collation', () => {
	it('orders letters as the Vietnamese alphabet does (a ă â … d đ e ê …)', () => {
		const words = ['Đức', 'Dũng', 'Ân', 'An', 'Ăn', 'Bình', 'Ê', 'E'];
		expect([...words].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đức', 'E', 'Ê']);
	});

	it('orders people by given name first, then family and middle names', () => {
		const names = ['Nguyễn Quang Trị', 'Trần Văn An', 'Nguyễn Văn Hiếu', 'Lê Thị Hiếu'];
		expect([...names].sort(compareByGivenName)).toEqual(['Trần Văn An', 'Lê Thị Hiếu', 'Nguyễn Văn Hiếu', 'Nguyễn Quang Trị']);
	});
});
