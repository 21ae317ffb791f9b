/**
 * The press officers' guide says what the check does: its award-code list is
 * the schema's own, its examples use real codes, and the messages it quotes
 * for unreviewed content, codes, agencies and privacy are the ones
 * `npm run check` prints.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { AWARD_FORMS, AWARD_FORM_KEYS, isAwardFormKey } from '../../src/schema/awards.ts';
import { GUIDE, withAwardCodes } from '../../tools/publishing/award-codes-doc.ts';
import { copyContent, editData, SEED, writeFile } from '../helpers/content-fixture.ts';

const guide = fs.readFileSync(GUIDE, 'utf8');

describe('award codes in the guide', () => {
	it('the list is the one the schema checks, with every code and its Vietnamese label', () => {
		expect(withAwardCodes(guide)).toBe(guide);
		for (const key of AWARD_FORM_KEYS) expect(guide).toContain(`| \`${key}\` | ${AWARD_FORMS[key].label} |`);
		expect(guide).not.toContain('src/schema/awards.ts');
	});

	it('every award code the guide’s examples use exists', () => {
		const used = [...guide.matchAll(/\baward: ([a-z-]+)/g)].map((match) => match[1]!);
		expect(used.length).toBeGreaterThanOrEqual(2);
		expect(used.filter((code) => !isAwardFormKey(code))).toEqual([]);
	});
});

/** Phrases of the messages these rules print; the guide's table rows quoting them are checked against the real output. */
const QUOTED = ['còn ghi chú', 'CẢNH BÁO CỦA CÔNG CỤ NHẬP"', 'tên mẫu', 'chỗ trống để điền', 'địa chỉ mẫu', 'chưa có toàn văn', 'ghi chú {/*', 'mã máy tính',
	'viết sai chữ hoa', 'không đúng mẫu', 'gần nhất', 'chưa được xác định', 'là của Ủy ban nhân dân', 'có vẻ chứa', 'trùng với'];

describe('messages the guide quotes are the checker’s', () => {
	let root: string;
	let printed: string;
	beforeAll(() => {
		root = copyContent();
		// One unreviewed document with everything the guide's second table lists…
		writeFile(root, 'documents/ubnd-huyen-truc-ninh/2024/kh-thu.mdx', [
			'---', 'type: ke-hoach', 'number: "…"', 'date: "2024-03-04"', 'agency: ubnd-huyen-truc-ninh', 'title: Phát động thi đua', 'summary: ""',
			'signer:', '  name: Nguyễn Văn A', 'source:', '  kind: ban-dien-tu', '  url: https://example.gov.vn/van-ban/25-kh-ubnd', 'draft: false', '---', '',
			'TODO: dán toàn văn văn bản vào đây, thay cho các đoạn TODO này.', '', '{/* ghi chú */}', '',
		].join('\n'));
		writeFile(root, 'documents/ubnd-huyen-truc-ninh/2024/kh-thu-2.mdx', [
			'---', 'type: ke-hoach', 'number: "32"', 'symbol: Kh-Ubnd', 'date: "2024-03-04"', 'agency: ubnd-huyen-truc-ninh', 'title: Phát động thi đua',
			'# TODO: tóm tắt (summary): một hai câu cho danh sách, kết quả tìm kiếm và ảnh chia sẻ', 'summary: Tóm tắt.', 'source:', '  kind: ban-dien-tu', 'draft: false',
			'# CẢNH BÁO CỦA CÔNG CỤ NHẬP (xử lý xong thì xóa các dòng này):', '---', '', 'Toàn văn.', '', '    Điều 1.', '',
		].join('\n'));
		// …and one of each code, agency and privacy message on the sample documents.
		editData(root, SEED.benTre, (d) => {
			d.symbol = 'QĐ-TTG';
			d.award = 'bang-khen';
		});
		editData(root, SEED.hue, (d) => ((d.honourees as { name: string }[])[0]!.name = 'Phường Phú Hòa, CCCD 046075001234'));
		editData(root, SEED.moDuc, (d) => (d.symbol = 'TB-UBND'));
		editData(root, SEED.binhSon, (d) => (d.agency = 'ubnd-huyen-thuan-bac'));
		editData(root, SEED.coLe, (d) => (d.agency = 'chua-ro-co-quan'));
		editData(root, SEED.thuanNam, (d) => (d.agency = 'thu-tuong-chinh-phu'));
		fs.copyFileSync(`${root}/${SEED.thuanNam}`, `${root}/documents/ubnd-huyen-thuan-nam/2023/ban-sao.mdx`);
		printed = checkContent(root).problems.map(formatProblem).join('\n');
	});
	afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

	it('each quoted message, up to its "…", is printed', () => {
		const section = guide.slice(guide.indexOf('## 6. Lỗi thường gặp'), guide.indexOf('## 7.'));
		const cells = [...section.matchAll(/`(Trường [^`]+)`/g)].map((match) => match[1]!).filter((cell) => QUOTED.some((phrase) => cell.includes(phrase)));
		expect(cells.length).toBeGreaterThanOrEqual(QUOTED.length);
		for (const cell of cells) {
			for (const fragment of cell.split('…').map((part) => part.trim()).filter((part) => part.length > 3)) expect(printed, cell).toContain(fragment);
		}
	});
});
