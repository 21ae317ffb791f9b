/**
 * Privacy guard (issue 17): personal data pasted into an honouree's name,
 * position, unit or achievement is an error, on the real Bến Tre decision;
 * ordinary figures and dates in achievements are not, and a deliberate
 * exception is marked with privacyException.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';

let root: string;
beforeEach(() => {
	root = copyContent();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const errors = () => checkContent(root).errors.filter((p) => p.file.endsWith(SEED.benTre));
const setHonouree = (change: Record<string, string>) => editData(root, SEED.benTre, (d) => Object.assign((d.honourees as object[])[0]!, change));

describe('personal data in honouree fields', () => {
	it.each([
		['name', 'Nguyễn Văn Hiếu, CCCD: 083075001234', /số giấy tờ tùy thân/],
		['name', 'Nguyễn Văn Hiếu 083075001234', /số căn cước công dân \(12 chữ số\)/],
		['name', 'Nguyễn Văn Hiếu 083.075.001.234', /số căn cước công dân \(12 chữ số\)/],
		['unit', 'Sở Thủy sản tỉnh Bến Tre, số CMND 321 456 789', /số giấy tờ tùy thân/],
		['unit', 'Sở Thủy sản tỉnh Bến Tre 321456789', /chứng minh nhân dân \(9 chữ số\)/],
		['position', 'Giám đốc, sinh ngày 12/05/1960', /ngày sinh hoặc năm sinh/],
		['name', 'Nguyễn Văn Hiếu (1960)', /ngày sinh hoặc năm sinh/],
		['name', 'Nguyễn Văn Hiếu 12-5-1960', /ngày sinh hoặc năm sinh/],
		['achievement', 'Sinh năm 1960, đã có thành tích xuất sắc.', /ngày sinh hoặc năm sinh/],
		['unit', 'Sở Thủy sản tỉnh Bến Tre, ĐT 0913 456 789', /số điện thoại/],
		['unit', 'Sở Thủy sản tỉnh Bến Tre, điện thoại 0913.456.789', /số điện thoại/],
		['position', 'Giám đốc, (+84) 275 3822 123', /số điện thoại/],
		['position', 'Giám đốc, hieunv@bentre.gov.vn', /địa chỉ thư điện tử/],
	])('%s "%s" is refused', (field, value, what) => {
		setHonouree({ [field]: value });
		const found = errors();
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ field: `honourees[0].${field}`, message: expect.stringMatching(what), hint: expect.stringContaining('privacyException') });
		expect(found[0]!.message).toContain('Nghị định 13/2023/NĐ-CP');
		expect(found[0]!.line).toBeGreaterThan(1);
	});

	it.each([
		['achievement', 'Làm lợi 1.500.000.000 đồng cho ngân sách; ngày 12/3/2008 dũng cảm cứu 3 người.'],
		['achievement', 'Vượt 150,000,000 đồng chỉ tiêu thu năm 2007 (2007).'],
		['unit', 'Tiểu đoàn 2, Trung đoàn 9, Sư đoàn 330'],
		['position', 'Giám đốc nhiệm kỳ 2005 - 2010'],
		['achievement', 'Hoàn thành xuất sắc nhiệm vụ ba năm liền 2020 - 2021 - 2022.'],
	])('%s "%s" is ordinary text', (field, value) => {
		setHonouree({ [field]: value });
		expect(errors().map(formatProblem)).toEqual([]);
	});

	it('a deliberate exception, with its reason, is accepted', () => {
		setHonouree({ unit: 'Sở Thủy sản tỉnh Bến Tre, điện thoại 0275 3822 123', privacyException: 'Số điện thoại công vụ của cơ quan, đã công bố trên cổng thông tin tỉnh' });
		expect(errors().map(formatProblem)).toEqual([]);
		setHonouree({ privacyException: '' });
		expect(errors().map((e) => e.field)).toEqual(['honourees[0].privacyException']);
	});

	it('drafts are checked too: the repository itself is public', () => {
		editData(root, SEED.benTre, (d) => {
			d.draft = true;
			(d.honourees as { name: string }[])[1]!.name = 'Nguyễn Quang Trị, CCCD 083075001234';
		});
		expect(errors().map((e) => e.field)).toEqual(['honourees[1].name']);
	});
});
