/**
 * Symbols as Decree 30/2020 writes them, award codes and agency ids with the
 * nearest right value, and a symbol that names another agency than the one
 * given: each on a real document of the sample content or a real import.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { AWARD_FORMS, AWARD_FORM_KEYS } from '../../src/schema/awards.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';
import { ROOT } from '../helpers/paths.ts';

let root: string;
beforeEach(() => {
	root = copyContent();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const errorsIn = (file: string) => checkContent(root).errors.filter((p) => p.file.endsWith(file));
const edit = (file: string, change: (data: Record<string, any>) => void) => editData(root, file, change);

describe('symbols', () => {
	it.each(['QĐ-TTg', 'CT-TTg', 'NQ-CP', 'TB-VPCP', 'TTLT-BTC-BNV', 'QĐ-BTĐKT'])('%s is accepted', (symbol) => {
		// The Prime Minister's decision on Bến Tre: the number is not in the copy, the symbol is what the decree prescribes.
		edit(SEED.benTre, (d) => (d.symbol = symbol));
		// NQ-CP names the Government, not the Prime Minister: that is the agency rule's business, tested below.
		expect(errorsIn(SEED.benTre).filter((e) => e.field === 'symbol').map(formatProblem)).toEqual([]);
	});

	it('QĐ-TTG, the "fix" of a rejected QĐ-TTg, is refused with the right spelling', () => {
		edit(SEED.benTre, (d) => (d.symbol = 'QĐ-TTG'));
		const [error, ...rest] = errorsIn(SEED.benTre);
		expect(rest).toEqual([]);
		const symbolLine = fs.readFileSync(path.join(root, SEED.benTre), 'utf8').split('\n').indexOf('symbol: QĐ-TTG') + 1;
		expect(symbolLine).toBeGreaterThan(1);
		expect(error).toMatchObject({ field: 'symbol', line: symbolLine, message: expect.stringContaining('Nghị định 30/2020/NĐ-CP viết "QĐ-TTg"'), hint: 'ghi symbol: QĐ-TTg' });
	});

	it.each(['Kh-Ubnd', 'kh-ubnd', 'KH UBND', 'KH--UBND'])('%s is refused with examples', (symbol) => {
		edit(SEED.thuanNam, (d) => (d.symbol = symbol));
		const errors = errorsIn(SEED.thuanNam);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ field: 'symbol', message: expect.stringContaining('không đúng mẫu'), hint: expect.stringContaining('"QĐ-TTg"') });
	});
});

describe('award codes', () => {
	it('an unknown code gets the nearest codes and, as the fix, every code with its Vietnamese label', () => {
		edit(SEED.benTre, (d) => (d.award = 'bang-khen'));
		const [error, ...rest] = errorsIn(SEED.benTre);
		expect(rest).toEqual([]);
		expect(error!.field).toBe('award');
		expect(error!.message).toBe('mã "bang-khen" không có trong danh mục hình thức khen thưởng, danh hiệu thi đua (Luật Thi đua, khen thưởng 2022); gần nhất: bang-khen-thu-tuong (Bằng khen của Thủ tướng Chính phủ), bang-khen-cap-tinh (Bằng khen cấp bộ, ban, ngành, tỉnh), giay-khen (Giấy khen)');
		for (const key of AWARD_FORM_KEYS) expect(error!.hint).toContain(`${key} (${AWARD_FORMS[key].label})`);
		expect(formatProblem(error!)).toMatch(/\n {4}Cách sửa: ghi một mã trong danh mục: huan-chuong-sao-vang \(Huân chương Sao vàng\);/);
	});

	it('a label typed instead of the code finds the code; an honouree’s own award is checked the same way', () => {
		edit(SEED.benTre, (d) => (d.honourees[0].award = 'Chiến sĩ thi đua toàn quốc'));
		const [error] = errorsIn(SEED.benTre);
		expect(error).toMatchObject({ field: 'honourees[0].award', message: expect.stringMatching(/gần nhất: chien-si-thi-dua-toan-quoc \(Chiến sĩ thi đua toàn quốc\)/) });
	});
});

describe('agencies', () => {
	it('an unknown id gets the nearest registered ids, once, and no advice to make a folder for it', () => {
		edit(SEED.thuanNam, (d) => (d.agency = 'ubnd-huyen-thuan-bac'));
		const errors = errorsIn(SEED.thuanNam);
		expect(errors.map((e) => e.field)).toEqual(['agency']);
		expect(errors[0]!.message).toBe('không có cơ quan mã "ubnd-huyen-thuan-bac" trong content/agencies');
		expect(errors[0]!.hint).toMatch(/^mã gần nhất: ubnd-huyen-thuan-nam \(UBND huyện Thuận Nam\)/);
		expect(errors[0]!.hint).not.toMatch(/thư mục|chuyển tệp/);
	});

	it('a name typed without diacritics finds the id', () => {
		edit(SEED.coLe, (d) => (d.agency = 'thi-tran-co-le'));
		expect(errorsIn(SEED.coLe)[0]!.hint).toMatch(/^mã gần nhất: ubnd-thi-tran-co-le \(UBND thị trấn Cổ Lễ\)/);
	});

	it('the importer’s "not resolved" marker is named as such', () => {
		const target = 'documents/chua-ro-co-quan/2023/kh-thu.mdx';
		fs.mkdirSync(path.join(root, path.dirname(target)), { recursive: true });
		fs.renameSync(path.join(root, SEED.thuanNam), path.join(root, target));
		edit(target, (d) => (d.agency = 'chua-ro-co-quan'));
		const errors = errorsIn(target);
		expect(errors.map((e) => e.field)).toEqual(['agency']);
		expect(errors[0]!.message).toMatch(/cơ quan ban hành chưa được xác định \("chua-ro-co-quan"\)/);
	});

	it('a symbol of a People’s Committee under the Prime Minister, as the importer filed Hồ Chí Minh City’s plan 2242/KH-UBND', () => {
		const text = path.join(import.meta.dirname, 'check-fixtures', 'tphcm-kh-2242-ubnd-2022-opening.txt');
		const result = spawnSync(process.execPath, [path.join(ROOT, 'tools/publishing/import/cli.ts'), text, '--out', path.join(root, 'documents'), '--agency', 'thu-tuong-chinh-phu'], { encoding: 'utf8', cwd: ROOT });
		expect(result.status, result.stderr).toBe(0);
		const [file] = fs.readdirSync(path.join(root, 'documents', 'thu-tuong-chinh-phu', '2022'));
		// What the officer adds before checking; the rest is as imported.
		edit(`documents/thu-tuong-chinh-phu/2022/${file}`, (d) => (d.summary = 'Phát động phong trào thi đua chính quyền số, chuyển đổi số.'));
		const errors = errorsIn(`documents/thu-tuong-chinh-phu/2022/${file}`).filter((e) => e.field === 'agency');
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toBe('ký hiệu "KH-UBND" là của Ủy ban nhân dân, nhưng cơ quan ban hành là Thủ tướng Chính phủ (thu-tuong-chinh-phu)');
		expect(errors[0]!.hint).toMatch(/không mượn mã cơ quan khác/);
	});

	it('the same holds for a published decision whose symbol names a People’s Committee', () => {
		edit(SEED.benTre, (d) => (d.symbol = 'QĐ-UBND'));
		expect(errorsIn(SEED.benTre).map((e) => e.message)).toEqual(['ký hiệu "QĐ-UBND" là của Ủy ban nhân dân, nhưng cơ quan ban hành là Thủ tướng Chính phủ (thu-tuong-chinh-phu)']);
	});
});
