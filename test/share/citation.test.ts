import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentCitation } from '../../src/share/citation.ts';
import { checkContent } from '../../src/validation/index.ts';
import { ROOT } from '../helpers/paths.ts';

const content = checkContent(path.join(ROOT, 'content')).content;
const cite = (id: string) => {
	const doc = content.documents.get(id)!;
	return documentCitation(doc.data, content.agencies.get(doc.data.agency)!.data.name, `https://example.vn/van-ban/${id}/`);
};

describe('the citation line', () => {
	it('gives issuer, type and number as known, date as known, quoted title and address', () => {
		expect(cite('ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh')).toBe(
			'UBND huyện Thuận Nam, Kế hoạch …/KH-UBND, tháng 01 năm 2023, “Phát động phong trào thi đua cải cách hành chính huyện Thuận Nam năm 2023”, https://example.vn/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
		);
		expect(cite('ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd')).toMatch(/^[^,]+, Quyết định khen thưởng số 563\/QĐ-UBND, ngày 21 tháng 03 năm 2017, “.+”, https:\/\/example\.vn\/van-ban\/ubnd-tinh-thua-thien-hue\/2017\/563-qd-ubnd\/$/);
	});

	it('leaves out a number that is not known instead of writing "không rõ số"', () => {
		const line = cite('thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre');
		expect(line).not.toContain('không rõ số');
		expect(line).toContain(', năm 2008, “');
	});

	it('carries no access date, so it is the same on every build', () => {
		for (const id of content.documents.keys()) {
			expect(cite(id)).not.toMatch(/truy cập/);
			expect(cite(id)).toBe(cite(id).normalize('NFC'));
		}
	});
});
