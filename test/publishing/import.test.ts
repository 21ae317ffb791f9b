/**
 * importText on every example of ../shared (seed documents and sample awards, copied to test/fixtures/import):
 * the fields each one must yield, and the warnings it must raise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgencies } from '../../tools/publishing/import/agencies-load.ts';
import { importText } from '../../tools/publishing/import/import-text.ts';
import type { ImportResult } from '../../tools/publishing/import/types.ts';

/** Copies of the real examples of ../shared (seed documents and sample awards), kept with the benchmark's documents. */
const FIXTURES = path.resolve('test', 'fixtures', 'import');
const EXAMPLES = /^(\d{3}_|ben-tre|thua-thien-hue)/;

const agencies = loadAgencies(path.resolve('content', 'agencies'));
const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && EXAMPLES.test(f)).map((f) => path.join(FIXTURES, f));
const results = new Map<string, ImportResult>();
/** Import a file of ../shared by the start of its name ("004", "ben-tre"). */
function load(prefix: string): ImportResult {
	const file = files.find((f) => path.basename(f).startsWith(prefix));
	if (!file) throw new Error(`no example starting with ${prefix}`);
	if (!results.has(file)) results.set(file, importText(fs.readFileSync(file, 'utf8'), { agencies, fileName: path.basename(file) }));
	return results.get(file)!;
}
const warningsFor = (result: ImportResult, field: string) => result.warnings.filter((w) => w.field.split('.')[0] === field);

describe('importText on every example of ../shared', () => {
	it('finds the examples', () => {
		expect(files.length).toBeGreaterThanOrEqual(7);
	});

	it.each(files.map((f) => [path.basename(f), f]))('%s: imports with a type, a path and well-formed warnings', (_, file) => {
		const text = fs.readFileSync(file, 'utf8');
		const lineCount = text.split(/\r\n|\r|\n/).length;
		const result = importText(text, { agencies, fileName: path.basename(file) });
		expect(result.frontmatter.type).toBeDefined();
		expect(result.frontmatter.draft).toBe(true);
		expect(result.suggestedPath).toMatch(/^[a-z0-9-]+\/(\d{4}|chua-ro-nam)\/[a-z0-9-]+\.mdx$/);
		expect(result.body.trim().length).toBeGreaterThan(100);
		for (const warning of result.warnings) {
			expect(warning.message, warning.message).toMatch(/\([a-zA-Z.[\]0-9, -]+(: [^)]*)?\)/);
			expect(warning.hint, warning.message).toBeTruthy();
			expect(warning.line, warning.message).toBeGreaterThanOrEqual(1);
			expect(warning.line, warning.message).toBeLessThanOrEqual(lineCount);
		}
		expect(result.mdx.startsWith('---\n')).toBe(true);
	});

	it('004: plan of Thuận Nam with blank number and month-only date', () => {
		const r = load('004');
		const fm = r.frontmatter;
		expect(fm.type).toBe('ke-hoach');
		expect(fm.symbol).toBe('KH-UBND');
		expect(fm.number).toBeUndefined();
		expect(fm.date).toBe('2023-01');
		expect(fm.place).toBe('Thuận Nam');
		expect(fm.agency).toBe('ubnd-huyen-thuan-nam');
		expect(fm.title).toBe('Phát động phong trào thi đua cải cách hành chính huyện Thuận Nam năm 2023');
		expect(fm.signer).toEqual({ position: 'Chủ tịch', name: 'Trương Xuân Vỹ' });
		expect(fm.basis).toContainEqual(expect.objectContaining({ kind: 'Quyết định', number: '465/QĐ-UBND', date: '2022-08-16', issuer: 'Ủy ban nhân dân tỉnh' }));
		expect(fm.basis.map((b) => b.number)).toEqual(['465/QĐ-UBND', '242/KH-UBND', '296/KH-UBND']);
		expect(fm.deadlines.map((d) => d.date)).toEqual(expect.arrayContaining(['2023-11-30', '2023-12-10']));
		expect(fm.recipients.at(-1)).toBe('Lưu: VT.');
		expect(fm.recipients[0]).toBe('UBND tỉnh (báo cáo);');
		expect(fm.source.kind).toBe('ban-dien-tu');
		expect(warningsFor(r, 'number')).toEqual([expect.objectContaining({ line: 3 })]);
		expect(warningsFor(r, 'date')).toEqual([expect.objectContaining({ line: 5 })]);
		expect(warningsFor(r, 'ocr')).toEqual([]);
		expect(r.body).toContain('## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\n- Phát huy');
		expect(r.body).toContain('#### a) Đối với tập thể');
		expect(r.body).not.toContain('Căn cứ Quyết định');
		expect(r.body).not.toContain('Trương Xuân Vỹ');
		expect(r.suggestedPath).toMatch(/^ubnd-huyen-thuan-nam\/2023\/kh-/);
	});

	it('003: conclusion notice of Bình Sơn, signed TL. Chủ tịch by the office chief', () => {
		const r = load('003');
		const fm = r.frontmatter;
		expect(fm.type).toBe('thong-bao-ket-luan');
		expect(fm.symbol).toBe('TB-UBND');
		expect(fm.number).toBeUndefined();
		expect(fm.date).toBe('2023');
		expect(fm.place).toBe('Bình Sơn');
		expect(fm.agency).toBe('ubnd-huyen-binh-son');
		expect(fm.title).toMatch(/^Kết luận của đồng chí Nguyễn Tường Duy/);
		expect(fm.signer).toEqual({ prefix: 'TL.', for: 'Chủ tịch', position: 'Chánh Văn phòng', name: 'Nguyễn Thanh Thương' });
		expect(fm.recipients).toHaveLength(7);
		expect(fm.recipients.at(-1)).toBe('Lưu: VT.');
		expect(warningsFor(r, 'date')).toEqual([expect.objectContaining({ line: 11 })]);
		expect(warningsFor(r, 'agency')).toEqual([]);
		expect(r.body).toContain('## I. Đánh giá kết quả thực hiện công tác thi đua khen thưởng năm 2022');
	});

	it('002: news item of Bắc Trà My, portal chrome and spokesperson block dropped', () => {
		const r = load('002');
		const fm = r.frontmatter;
		expect(fm.type).toBe('tin-bai');
		expect(fm.agency).toBe('ubnd-huyen-bac-tra-my');
		expect(fm.title).toBe('Bắc Trà My phát động phong trào thi đua về cải cách hành chính năm 2024');
		expect(fm.signer).toBeUndefined();
		expect(fm.basis.map((b) => b.number)).toEqual(['18/KH-UBND', '4946/QĐ-UBND']);
		expect(r.body).not.toMatch(/Tin liên quan|Người phát ngôn|vuth1@/);
		expect(r.warnings).toContainEqual(expect.objectContaining({ field: 'source', line: 17, message: expect.stringContaining('Thái Hoàng Vũ') }));
		expect(warningsFor(r, 'date')).toHaveLength(1);
		expect(warningsFor(r, 'type')).toHaveLength(1);
	});

	it('000: raw OCR without diacritics is flagged line by line and marked so-hoa', () => {
		const r = load('000');
		const fm = r.frontmatter;
		expect(fm.source.kind).toBe('so-hoa');
		expect(fm.type).toBe('thong-bao-ket-luan');
		const source = r.warnings.find((w) => w.field === 'source.kind');
		expect(source?.message).toMatch(/không có dấu tiếng Việt/);
		expect(source?.hint).toMatch(/Khôi phục đầy đủ dấu/);
		expect(source?.line).toBeGreaterThan(0);
		const ocrLines = warningsFor(r, 'ocr').map((w) => w.line);
		expect(ocrLines).toEqual(expect.arrayContaining([5, 21, 164]));
		expect(r.warnings).toContainEqual(expect.objectContaining({ line: 5, message: expect.stringContaining('"s6"') }));
		expect(r.warnings).toContainEqual(expect.objectContaining({ line: 21, message: expect.stringContaining('"x4"') }));
		expect(fm.agency).toBe('ubnd-huyen-mo-duc');
		expect(warningsFor(r, 'agency')[0]?.message).toMatch(/gần đúng/);
		expect(fm.date).toBeUndefined();
		expect(warningsFor(r, 'date')[0]?.hint).toContain('19/01/2024');
		expect(warningsFor(r, 'signer')).toHaveLength(1);
		expect(fm.recipients.at(-1)).toBe('Luu: VT.');
		expect(r.mdx).toContain('source:\n  kind: so-hoa');
		expect(r.mdx).toMatch(/khôi phục đầy đủ dấu tiếng Việt/i);
	});

	it('001: OCR plan of Cổ Lễ with signature timestamps and a two-column signature block', () => {
		const r = load('001');
		const fm = r.frontmatter;
		expect(fm.source.kind).toBe('so-hoa');
		expect(fm.type).toBe('ke-hoach');
		expect(warningsFor(r, 'type')).toHaveLength(1);
		expect(fm.agency).toBe('ubnd-thi-tran-co-le');
		expect(fm.signer).toEqual({ prefix: 'TM.', for: 'Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyén Quang Trinh' });
		expect(warningsFor(r, 'signer').length).toBeGreaterThanOrEqual(2);
		expect(fm.basis.map((b) => b.number)).toEqual(expect.arrayContaining(['125/KH-UBND', '08/KH-UBND']));
		expect(fm.deadlines).toContainEqual(expect.objectContaining({ date: '2024-11-10' }));
		expect(fm.source.note).toContain('26/02/2024 14:06:51');
		expect(r.warnings.filter((w) => w.field === 'source.note').map((w) => w.line)).toEqual([206, 209]);
		expect(r.body).not.toMatch(/2024-02-2\dT/);
		expect(fm.recipients.at(-1)).toBe('Luu: VT.');
		expect(r.warnings.find((w) => w.field === 'source.kind')?.line).toBe(1);
		expect(r.body).toContain('trudc ngay 10/11/2024');
	});

	it('Huế 563/QĐ-UBND: ten collectives awarded the provincial emulation flag', () => {
		const r = load('thua-thien-hue');
		const fm = r.frontmatter;
		expect(fm.type).toBe('quyet-dinh-khen-thuong');
		expect(fm.number).toBe('563');
		expect(fm.symbol).toBe('QĐ-UBND');
		expect(fm.date).toBe('2017-03-21');
		expect(fm.agency).toBe('ubnd-tinh-thua-thien-hue');
		expect(fm.award).toBe('co-thi-dua-cap-tinh');
		expect(fm.honourees).toHaveLength(10);
		expect(fm.honourees.every((h) => h.kind === 'tap-the')).toBe(true);
		expect(fm.honourees[0]).toEqual({ kind: 'tap-the', name: 'Nhân dân và cán bộ phường Phú Hòa, thành phố Huế' });
		expect(fm.honourees[9]!.name).toBe('Nhân dân và cán bộ phường Hương Xuân, thị xã Hương Trà');
		expect(fm.source.url).toBe('https://batdkt.thuathienhue.gov.vn/?cn=28&gd=10&tc=168');
		expect(fm.basis).toEqual([expect.objectContaining({ number: '06/2015/QĐ-UBND', date: '2015-01-30' })]);
		expect(r.body).not.toMatch(/Các tin khác|Xem tin theo ngày|TĐKT|SOURCE:|KIND:|NOTE:/);
		expect(r.suggestedPath).toMatch(/^ubnd-tinh-thua-thien-hue\/2017\/qd-563-/);
	});

	it('Bến Tre: two individuals named Chiến sĩ thi đua toàn quốc, no number or date header', () => {
		const r = load('ben-tre');
		const fm = r.frontmatter;
		expect(fm.type).toBe('quyet-dinh-khen-thuong');
		expect(fm.award).toBe('chien-si-thi-dua-toan-quoc');
		expect(fm.honourees).toHaveLength(2);
		expect(fm.honourees.every((h) => h.kind === 'ca-nhan' && h.honorific === 'Ông')).toBe(true);
		expect(fm.honourees[0]).toMatchObject({ name: 'Nguyễn Văn Hiếu', position: 'Giám đốc', unit: 'Sở Thủy sản tỉnh Bến Tre' });
		expect(fm.honourees[1]).toMatchObject({ name: 'Nguyễn Quang Trị', position: 'Giám đốc', unit: 'Sở Văn hóa - Thông tin tỉnh Bến Tre' });
		expect(fm.honourees[0]!.achievement).toMatch(/^Đã có thành tích xuất sắc/);
		expect(fm.signer).toEqual({ prefix: 'KT.', for: 'Thủ tướng', position: 'Phó Thủ tướng', name: 'Nguyễn Sinh Hùng' });
		expect(fm.agency).toBe('thu-tuong-chinh-phu');
		expect(fm.number).toBeUndefined();
		expect(fm.date).toBeUndefined();
		expect(warningsFor(r, 'number')).toHaveLength(1);
		expect(warningsFor(r, 'date')).toHaveLength(1);
		expect(fm.basis.map((b) => b.kind)).toEqual(['Luật', 'Luật', 'Luật', 'Nghị định']);
		expect(fm.basis[3]).toMatchObject({ number: '121/2005/NĐ-CP', date: '2005-09-30', issuer: 'Chính phủ' });
		expect(r.body).not.toContain('Sign In');
		expect(r.warnings).toContainEqual(expect.objectContaining({ line: 5, field: 'source' }));
		expect(r.suggestedPath).toMatch(/^thu-tuong-chinh-phu\/chua-ro-nam\//);
	});
});
