/** Pieces of the importer on small inputs: header, dates, award forms, honourees, Vietnamese text. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';
import { matchAwardForm } from '../../tools/publishing/import/award-forms.ts';
import { checkTextQuality, fold, noiseTokens } from '../../tools/publishing/import/diacritics.ts';
import { splitNumber } from '../../tools/publishing/import/header.ts';
import { parseHonouree } from '../../tools/publishing/import/honourees.ts';
import { importText } from '../../tools/publishing/import/import-text.ts';
import type { AgencyRef, ImportWarning } from '../../tools/publishing/import/types.ts';

const FIXTURES = path.resolve('test', 'publishing', 'fixtures', 'import');
const agencies: AgencyRef[] = [
	{ id: 'ubnd-huyen-mo-duc', name: 'UBND huyện Mộ Đức', level: 'huyen', validTo: '2025-06-30' },
	{ id: 'ubnd-tinh-quang-ngai', name: 'UBND tỉnh Quảng Ngãi', level: 'tinh' },
	{ id: 'ubnd-huyen-binh-son', name: 'UBND huyện Bình Sơn', level: 'huyen', validTo: '2025-06-30' },
];
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

describe('header', () => {
	it('reads a full number, place, day and the issuer under its parent', () => {
		const r = importText(fixture('ke-hoach-day-du.txt'), { agencies });
		expect(r.frontmatter).toMatchObject({ type: 'ke-hoach', number: '25', symbol: 'KH-UBND', date: '2024-01-19', place: 'Mộ Đức', agency: 'ubnd-huyen-mo-duc' });
		expect(r.frontmatter.title).toBe('Tổ chức phong trào thi đua chuyển đổi số năm 2024');
		expect(r.frontmatter.signer).toEqual({ prefix: 'KT.', for: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'Nguyễn Văn An' });
		expect(r.frontmatter.deadlines).toEqual([{ date: '2024-11-15', what: 'Các cơ quan gửi báo cáo về Phòng Văn hóa và Thông tin chậm nhất là ngày 15/11/2024 để tổng hợp.' }]);
		expect(r.warnings).toEqual([]);
		expect(r.suggestedPath).toBe('ubnd-huyen-mo-duc/2024/kh-25-to-chuc-phong-trao-thi-dua-chuyen-doi-so.mdx');
	});

	it('splits numbers and symbols as printed', () => {
		expect(splitNumber('25/KH-UBND')).toEqual({ number: '25', symbol: 'KH-UBND' });
		expect(splitNumber('/TB-UBND')).toEqual({ number: undefined, symbol: 'TB-UBND' });
		expect(splitNumber('98/2023/NĐ-CP')).toEqual({ number: '98/2023', symbol: 'NĐ-CP' });
	});

	it('normalises NFD input to NFC before reading it', () => {
		const r = importText(fixture('ke-hoach-day-du.txt').normalize('NFD'), { agencies });
		expect(r.frontmatter.place).toBe('Mộ Đức');
		expect(r.frontmatter.place!.normalize('NFC')).toBe(r.frontmatter.place);
		expect(r.frontmatter.agency).toBe('ubnd-huyen-mo-duc');
		expect(r.frontmatter.source.kind).toBe('ban-dien-tu');
	});

	it('--agency wins over matching; without agencies the printed issuer stays unresolved', () => {
		expect(importText(fixture('ke-hoach-day-du.txt'), { agencies, agency: 'ubnd-tinh-quang-ngai' }).frontmatter.agency).toBe('ubnd-tinh-quang-ngai');
		const none = importText(fixture('ke-hoach-day-du.txt'));
		expect(none.frontmatter.agency).toBe('chua-ro-co-quan');
		expect(none.suggestedPath).toMatch(/^chua-ro-co-quan\/2024\//);
		expect(none.warnings.some((w) => w.field === 'agency')).toBe(true);
		expect(none.mdx).toContain('agency: chua-ro-co-quan');
	});

	it('warns about a document type the site does not publish', () => {
		const r = importText('UBND XÃ A\n\nBÁO CÁO\nKết quả công tác năm 2023\n\nNội dung báo cáo gồm nhiều phần khác nhau về công tác thi đua khen thưởng.\n');
		expect(r.warnings).toContainEqual(expect.objectContaining({ field: 'type', line: 3 }));
		expect(r.frontmatter.type).toBeUndefined();
		expect(r.mdx).toContain('type: ""');
	});
});

describe('award decisions', () => {
	it('reads Giấy khen, individuals with honorific, position and unit, and collectives', () => {
		const r = importText(fixture('quyet-dinh-giay-khen.txt'), { agencies });
		const fm = r.frontmatter;
		expect(fm).toMatchObject({ type: 'quyet-dinh-khen-thuong', number: '102', symbol: 'QĐ-UBND', date: '2024-02-05', award: 'giay-khen', agency: 'ubnd-huyen-binh-son' });
		expect(fm.honourees.map((h) => h.kind)).toEqual(['tap-the', 'ca-nhan', 'ca-nhan']);
		expect(fm.honourees[1]).toMatchObject({ honorific: 'Bà', name: 'Lê Thị Hoa', position: 'Phó Trưởng phòng', unit: 'Phòng Văn hóa và Thông tin huyện' });
		expect(fm.signer).toEqual({ position: 'Chủ tịch', name: 'Nguyễn Tường Duy' });
		expect(r.warnings.filter((w) => w.field === 'honourees')).toEqual([]);
	});

	it('maps award wording to AWARD_FORMS keys', () => {
		const key = (text: string) => matchAwardForm(text)?.key;
		expect(key('tặng Cờ thi đua của Ủy ban nhân dân tỉnh')).toBe('co-thi-dua-cap-tinh');
		expect(key('Cờ thi đua của Chính phủ')).toBe('co-thi-dua-chinh-phu');
		expect(key('Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc')).toBe('chien-si-thi-dua-toan-quoc');
		expect(key('danh hiệu Chiến sĩ thi đua cơ sở')).toBe('chien-si-thi-dua-co-so');
		expect(key('Tặng Giấy khen của Chủ tịch UBND huyện')).toBe('giay-khen');
		expect(key('Bằng khen của Thủ tướng Chính phủ')).toBe('bang-khen-thu-tuong');
		expect(key('Bằng khen của Chủ tịch UBND tỉnh')).toBe('bang-khen-cap-tinh');
		expect(key('danh hiệu Tập thể lao động tiên tiến')).toBe('tap-the-lao-dong-tien-tien');
		expect(key('danh hiệu Lao động tiên tiến')).toBe('lao-dong-tien-tien');
		expect(key('Huân chương Lao động hạng Ba')).toBe('huan-chuong-lao-dong');
		expect(matchAwardForm('tặng Cờ thi đua xuất sắc')).toEqual({ printed: 'Cờ thi đua' });
	});

	it('warns when the award form cannot be read', () => {
		const text = 'QUYẾT ĐỊNH\nVề việc khen thưởng\n\nĐiều 1. Tặng Cờ thi đua xuất sắc cho các tập thể sau:\n\n1. Xã Đức Tân;\n2. Xã Đức Hòa.\n';
		const r = importText(text);
		expect(r.frontmatter.award).toBeUndefined();
		expect(r.frontmatter.honourees).toHaveLength(2);
		expect(r.warnings).toContainEqual(expect.objectContaining({ field: 'award', line: 4 }));
	});

	it('tells individuals, households and collectives apart', () => {
		const warnings: ImportWarning[] = [];
		expect(parseHonouree('1. Ông Nguyễn Văn Hiếu, Giám đốc Sở Thủy sản tỉnh Bến Tre;', 1, warnings)).toEqual({ kind: 'ca-nhan', honorific: 'Ông', name: 'Nguyễn Văn Hiếu', position: 'Giám đốc', unit: 'Sở Thủy sản tỉnh Bến Tre' });
		expect(parseHonouree('2. Hộ gia đình ông Lê Văn Ba, thôn 3', 2, warnings).kind).toBe('ho-gia-dinh');
		expect(parseHonouree('3. Nhân dân và cán bộ phường Phú Hòa, thành phố Huế;', 3, warnings)).toEqual({ kind: 'tap-the', name: 'Nhân dân và cán bộ phường Phú Hòa, thành phố Huế' });
		expect(warnings).toEqual([]);
	});
});

describe('Vietnamese text', () => {
	it('folds diacritics and đ without changing length', () => {
		expect(fold('Ủy ban nhân dân huyện Mộ Đức')).toBe('uy ban nhan dan huyen mo duc');
		expect(fold('hoà thuỷ').length).toBe('hoà thuỷ'.length);
	});

	it('spots OCR noise but not codes, dates or emails', () => {
		expect(noiseTokens('Chi thi s6 34-CT/TW ngay 07/4/2014 cia x4, 1a c6 XXVI11I')).toEqual(['s6', 'x4', '1a', 'c6', 'XXVI11I']);
		expect(noiseTokens('Nghị định số 98/2023/NĐ-CP, Luật 06/2022/QH15, TT&TT, vuth1@quangnam.gov.vn')).toEqual([]);
	});

	it('flags text without diacritics, with line numbers', () => {
		const lines = ['Hoi nghi tong ket phong trao thi dua nam 2023 cua huyen', '', 'Cac co quan don vi can tap trung thuc hien cac noi dung sau day'].map((text, i) => ({ no: i + 1, text }));
		const quality = checkTextQuality(lines);
		expect(quality.lacksDiacritics).toBe(true);
		expect(quality.warnings).toContainEqual(expect.objectContaining({ field: 'ocr', line: 1, message: expect.stringContaining('1–3') }));
		expect(checkTextQuality([{ no: 1, text: 'Hội nghị tổng kết phong trào thi đua năm 2023 của huyện Mộ Đức' }]).lacksDiacritics).toBe(false);
	});
});

describe('robustness', () => {
	// The real documents of the accuracy benchmark, ../shared's examples among them, and the unit
	// fixtures: the texts only (a scanned PNG goes through OCR first, tested in import-ocr tests;
	// read as UTF-8 it is 77 KB of noise that took 70 s here under load).
	const REAL = path.join(import.meta.dirname, '..', 'fixtures', 'import');
	const texts = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
	const inputs = [...texts(REAL), ...texts(FIXTURES)];

	it.each(inputs.map((f) => [path.basename(f), f]))('%s: CRLF gives the same draft; truncated copies never throw', (_, file) => {
		const text = fs.readFileSync(file, 'utf8');
		expect(importText(text.replace(/\n/g, '\r\n')).frontmatter).toEqual(importText(text).frontmatter);
		const lines = text.split('\n');
		for (let end = 0; end <= lines.length; end += 7) {
			const result = importText(lines.slice(0, end).join('\n'));
			expect(result.mdx.startsWith('---\n')).toBe(true);
			expect(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(result.mdx)![1]!)).toMatchObject({ draft: true });
		}
	});

	it('an empty text still gives a draft full of placeholders', () => {
		const result = importText('');
		expect(result.suggestedPath).toBe('chua-ro-co-quan/chua-ro-nam/tin.mdx');
		expect(result.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['title', 'date', 'agency']));
	});
});
