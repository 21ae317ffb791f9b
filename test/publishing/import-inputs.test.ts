/**
 * What press officers really have: the office's .docx, a PDF with a text
 * layer, a scan read by Tesseract's Vietnamese model; and clear Vietnamese
 * messages when a tool or the model is missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAgencies } from '../../tools/publishing/import/agencies-load.ts';
import { importText } from '../../tools/publishing/import/import-text.ts';
import { docxText } from '../../tools/publishing/import/input/docx.ts';
import { readInput } from '../../tools/publishing/import/input/read-input.ts';
import { buildDocx } from '../fixtures/import/generate/docx.ts';

const BENCH = path.resolve('test', 'fixtures', 'import');
const CLI = path.resolve('tools', 'publishing', 'import', 'cli.ts');
const agencies = loadAgencies(path.join(BENCH, 'agencies'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-inputs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('.docx', () => {
	it('reads the real 345/QĐ-TTg as typed in Word, header table included', () => {
		const read = readInput(path.join(BENCH, 'ttg-345-2008-qd-ttg-word.docx'));
		expect(read.via).toBe('docx');
		const r = importText(read.text, { agencies });
		expect(r.frontmatter).toMatchObject({ type: 'quyet-dinh-khen-thuong', number: '345', symbol: 'QĐ-TTg', date: '2008-04-03', place: 'Hà Nội', agency: 'thu-tuong-chinh-phu', award: 'bang-khen-thu-tuong' });
		expect(r.frontmatter.signer).toEqual({ prefix: 'KT.', for: 'Thủ tướng', position: 'Phó Thủ tướng', name: 'Nguyễn Sinh Hùng' });
	});

	it('a Word table of honourees becomes rows, and each row an honouree with its own award', () => {
		const file = path.join(tmp, 'bang.docx');
		fs.writeFileSync(file, buildDocx([
			'ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN', 'Số: 25/QĐ-UBND', 'Nghệ An, ngày 12 tháng 8 năm 2022', 'QUYẾT ĐỊNH', 'Về việc khen thưởng', 'QUYẾT ĐỊNH:',
			'Điều 1. Khen thưởng các tập thể, cá nhân sau:',
			[['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Hình thức khen thưởng'], ['1', 'Nguyễn Văn An', 'Chủ tịch UBND xã Nghi Phong', 'Bằng khen của Chủ tịch UBND tỉnh'], ['2', 'Trường Tiểu học\nNghi Phong', 'huyện Nghi Lộc', 'Tập thể lao động xuất sắc']],
			'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
		]));
		expect(docxText(fs.readFileSync(file))).toContain('1 | Nguyễn Văn An | Chủ tịch UBND xã Nghi Phong | Bằng khen của Chủ tịch UBND tỉnh');
		const r = importText(readInput(file).text, { agencies });
		expect(r.frontmatter.honourees).toEqual([
			{ kind: 'ca-nhan', name: 'Nguyễn Văn An', position: 'Chủ tịch', unit: 'UBND xã Nghi Phong', award: 'bang-khen-cap-tinh' },
			{ kind: 'tap-the', name: 'Trường Tiểu học Nghi Phong', unit: 'huyện Nghi Lộc', award: 'tap-the-lao-dong-xuat-sac' },
		]);
	});

	it('a file that is not a Word document gets a Vietnamese message with the fix', () => {
		const file = path.join(tmp, 'hong.docx');
		fs.writeFileSync(file, 'không phải tệp Word');
		const result = cli([file, '--dry-run']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/Không đọc được tệp Word \(\.docx\)/);
		expect(result.stderr).toMatch(/Cách sửa/);
	});
});

describe('PDF with a text layer', () => {
	it('reads the real Nghệ An plan without OCR', () => {
		const read = readInput(path.join(BENCH, 'nghe-an-594-2021-kh-ubnd-pdf.pdf'));
		expect(read.via).toBe('pdf');
		const r = importText(read.text, { agencies });
		expect(r.frontmatter).toMatchObject({ type: 'ke-hoach', number: '594', symbol: 'KH-UBND', date: '2021-10-21', place: 'Nghệ An', agency: 'ubnd-tinh-nghe-an' });
		expect(r.frontmatter.source.kind).toBe('ban-dien-tu');
	});
});

describe('scans through Tesseract with the Vietnamese model', () => {
	it('OCR keeps the diacritics: the header of the real Quảng Ninh decision, marked so-hoa without a restore-diacritics TODO', () => {
		const result = cli([path.resolve('test', 'publishing', 'fixtures', 'import', 'quang-ninh-dau-van-ban-quet.png'), '--dry-run']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		for (const read of ['Số (number): 2896', 'Ký hiệu (symbol): QĐ-UBND', 'Ngày ban hành (date): 2014-12-05', 'Địa danh (place): Quảng Ninh', 'kind: so-hoa']) {
			expect(result.stdout).toContain(read);
		}
		expect(result.stdout).not.toMatch(/khôi phục đầy đủ dấu/);
	});

	it('a missing tesseract names the Debian packages to install', () => {
		const result = cli([path.resolve('test', 'publishing', 'fixtures', 'import', 'quang-ninh-dau-van-ban-quet.png'), '--dry-run'], { IMPORT_TESSERACT: '/khong/co/tesseract' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Không tìm thấy chương trình "/khong/co/tesseract"');
		expect(result.stderr).toContain('apt-get install -y tesseract-ocr tesseract-ocr-vie');
	});

	it('a tesseract without the Vietnamese model says to install tesseract-ocr-vie', () => {
		const fake = path.join(tmp, 'tesseract-khong-vie');
		fs.writeFileSync(fake, '#!/bin/sh\nprintf "List of available languages in \\"/usr/share\\" (2):\\neng\\nosd\\n"\n', { mode: 0o755 });
		const result = cli([path.resolve('test', 'publishing', 'fixtures', 'import', 'quang-ninh-dau-van-ban-quet.png'), '--dry-run'], { IMPORT_TESSERACT: fake });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/chưa có dữ liệu tiếng Việt \(vie\)/);
		expect(result.stderr).toContain('apt-get install -y tesseract-ocr-vie');
	});

	it('a missing pdftotext names poppler-utils', () => {
		const result = cli([path.join(BENCH, 'nghe-an-594-2021-kh-ubnd-pdf.pdf'), '--dry-run'], { IMPORT_PDFTOTEXT: '/khong/co/pdftotext' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('apt-get install -y poppler-utils');
	});
});
