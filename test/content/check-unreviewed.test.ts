/**
 * "The check lets nothing unreviewed out": what `npm run new` and
 * `npm run import` leave in a draft (TODO notes, the importer's warning
 * block, placeholder values and bodies, MDX comments) and anything that would
 * render as code is an error once the document is no longer a draft, with
 * its line and a "Cách sửa"; the same file as a draft passes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import type { Problem } from '../../src/validation/problem.ts';
import { copyContent, writeFile } from '../helpers/content-fixture.ts';
import { ROOT } from '../helpers/paths.ts';

const FILE = 'documents/ubnd-huyen-truc-ninh/2024/kh-thu.mdx';

/** A minimal plan that passes every check; each case adds one unreviewed thing. */
const HEAD = [
	'type: ke-hoach',
	'number: "31"',
	'symbol: KH-UBND',
	'date: "2024-03-04"',
	'agency: ubnd-huyen-truc-ninh',
	'title: Phát động phong trào thi đua chuyển đổi số năm 2024',
	'summary: UBND huyện Trực Ninh phát động phong trào thi đua chuyển đổi số năm 2024.',
	'source:',
	'  kind: ban-dien-tu',
];
const BODY = '## I. MỤC ĐÍCH, YÊU CẦU\n\nĐẩy mạnh chuyển đổi số trong các cơ quan, đơn vị trên địa bàn huyện.\n';

const documentText = ({ head = HEAD, body = BODY, draft = false } = {}) => `---\n${[...head, `draft: ${draft}`].join('\n')}\n---\n\n${body}`;

let root: string;
beforeEach(() => {
	root = copyContent();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const errorsIn = (file: string): Problem[] => checkContent(root).errors.filter((p) => p.file.endsWith(file));

/** Writes the file published, checks it has exactly the expected errors, then as a draft, that it has none. */
function expectErrors(options: { head?: string[]; body?: string }, expected: { line: number; field: string; message: RegExp }[]) {
	writeFile(root, FILE, documentText(options));
	const errors = errorsIn(FILE);
	expect(errors.map((e) => ({ line: e.line, field: e.field, message: e.message }))).toEqual(
		expected.map((e) => ({ line: e.line, field: e.field, message: expect.stringMatching(e.message) })),
	);
	for (const error of errors) expect(error.hint, formatProblem(error)).toMatch(/\S{3}/);
	writeFile(root, FILE, documentText({ ...options, draft: true }));
	expect(errorsIn(FILE).map(formatProblem)).toEqual([]);
}

describe('a published document holds nothing left for the editor', () => {
	it('the minimal document passes', () => {
		writeFile(root, FILE, documentText());
		expect(errorsIn(FILE).map(formatProblem)).toEqual([]);
	});

	it('TODO notes in front-matter comments, whole-line or after a value, naming the field they are about', () => {
		const head = [...HEAD.slice(0, 6), '# TODO: người ký (signer): prefix, for, position, name', ...HEAD.slice(6, 7), '  # fixme: kiểm tra lại', ...HEAD.slice(7)];
		head[1] = 'number: "31" # TODO kiểm tra số';
		expectErrors({ head }, [
			{ line: 3, field: '(khai báo)', message: /còn ghi chú chưa xử lý: "# TODO kiểm tra số"/ },
			{ line: 8, field: 'signer', message: /còn ghi chú chưa xử lý: "# TODO: người ký/ },
			{ line: 10, field: '(khai báo)', message: /"# fixme: kiểm tra lại"/ },
		]);
	});

	it('the header comments of the tools, which only mention TODO, may stay', () => {
		const head = ['# Bản nháp do lệnh "npm run import" tạo. Kiểm tra từng trường với bản gốc,', '# xử lý các dòng TODO và CẢNH BÁO, rồi đổi "draft: true" thành "draft: false" khi công bố.', ...HEAD];
		writeFile(root, FILE, documentText({ head }));
		expect(errorsIn(FILE).map(formatProblem)).toEqual([]);
	});

	it('the importer warning block, once for the block, with or without diacritics', () => {
		const block = ['# CẢNH BÁO CỦA CÔNG CỤ NHẬP (xử lý xong thì xóa các dòng này):', '# - dòng 8: Phần đầu văn bản không ghi cơ quan ban hành; đoán là …', '# - dòng 37: Không đọc được người ký (signer). Gợi ý: TODO'];
		expectErrors({ head: [...HEAD, ...block] }, [{ line: 11, field: '(khai báo)', message: /còn khối "CẢNH BÁO CỦA CÔNG CỤ NHẬP"/ }]);
		expectErrors({ head: [...HEAD, '# canh bao cua cong cu nhap:', '# - dong 3: ...'] }, [{ line: 11, field: '(khai báo)', message: /CẢNH BÁO CỦA CÔNG CỤ NHẬP/ }]);
	});

	it('placeholder and TODO values, stand-in names and example addresses, at the field’s line', () => {
		const head = [
			...HEAD.slice(0, 1), 'number: "…"', ...HEAD.slice(2, 6), 'summary: "TODO: viết tóm tắt"',
			'signer:', '  position: Chưa rõ', '  name: Nguyễn Văn A',
			'recipients:', '  - "[nơi nhận]"', '  - "Lưu: VT."',
			'source:', '  kind: ban-dien-tu', '  url: https://example.gov.vn/van-ban/25-kh-ubnd',
		];
		expectErrors({ head }, [
			{ line: 3, field: 'number', message: /"…" chỉ là chỗ trống để điền/ },
			{ line: 8, field: 'summary', message: /còn chữ "TODO"/ },
			{ line: 10, field: 'signer.position', message: /"Chưa rõ" chỉ là chỗ trống để điền/ },
			{ line: 11, field: 'signer.name', message: /"Nguyễn Văn A" là tên mẫu/ },
			{ line: 13, field: 'recipients[0]', message: /"\[nơi nhận\]" chỉ là chỗ trống/ },
			{ line: 17, field: 'source.url', message: /địa chỉ mẫu/ },
		]);
	});

	it('an honoured person with a stand-in name; a collective named with a letter, and the given name Ý, are real', () => {
		const head = [
			'type: quyet-dinh-khen-thuong', 'number: "40"', 'symbol: QĐ-UBND', ...HEAD.slice(3, 5), 'title: Về việc tặng Giấy khen', 'summary: Tặng Giấy khen.',
			'award: giay-khen', 'honourees:', '  - kind: ca-nhan', '    name: Trần Thị B', '  - kind: tap-the', '    name: Đội C', '  - kind: ca-nhan', '    name: Nguyễn Thị Ý', ...HEAD.slice(7),
		];
		expectErrors({ head }, [{ line: 12, field: 'honourees[0].name', message: /"Trần Thị B" là tên mẫu/ }]);
	});

	it('MDX comments and TODO lines in the body, at their lines', () => {
		const body = `${BODY}\n{/* TODO: dán phần II\n   vào đây */}\n\nTODO: kiểm tra phụ lục\n`;
		expectErrors({ body }, [
			{ line: 18, field: 'body', message: /ghi chú \{\/\* … \*\/\} sẽ hiện nguyên văn/ },
			{ line: 21, field: 'body', message: /còn dòng ghi chú chưa xử lý trong toàn văn: "TODO: kiểm tra phụ lục"/ },
		]);
	});

	it.each([
		['empty', ''],
		['blank lines only', '\n\n  \n'],
		['only an MDX comment', '{/* TODO: dán toàn văn */}\n'],
		['only TODO lines', 'TODO: dán toàn văn vào đây.\n'],
		['only an HTML comment', '<!-- toàn văn -->\n'],
	])('a body that is %s has no text to publish', (_, body) => {
		writeFile(root, FILE, documentText({ body }));
		const errors = errorsIn(FILE);
		expect(errors.filter((e) => /chưa có toàn văn/.test(e.message))).toHaveLength(1);
		expect(errors.find((e) => /chưa có toàn văn/.test(e.message))!.line).toBe(HEAD.length + 4);
		writeFile(root, FILE, documentText({ body, draft: true }));
		expect(errorsIn(FILE).filter((e) => /chưa có toàn văn/.test(e.message))).toEqual([]);
	});
});

describe('text that would render as code', () => {
	it('fenced blocks, indented paragraphs and backticks, each at its line', () => {
		const body = `${BODY}\n\`\`\`\nĐiều 1. Tặng Giấy khen\n\`\`\`\n\n    Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành.\n\nSố \`25/KH-UBND\` ngày 20/02/2024.\n\n~~~\nhết\n~~~\n`;
		expectErrors({ body }, [
			{ line: 18, field: 'body', message: /khối giữa hai dòng ``` hoặc ~~~ .*"Điều 1. Tặng Giấy khen"/ },
			{ line: 22, field: 'body', message: /thụt đầu dòng bốn dấu cách .*"Điều 2. Chánh Văn phòng/ },
			{ line: 24, field: 'body', message: /"25\/KH-UBND" đặt giữa hai dấu ` sẽ hiện thành mã máy tính/ },
			{ line: 26, field: 'body', message: /khối giữa hai dòng/ },
		]);
	});

	it('a tab-indented paragraph is code; lines indented inside a list item or continuing a paragraph are not', () => {
		expectErrors({ body: `${BODY}\n\tKhen thưởng đột xuất.\n` }, [{ line: 18, field: 'body', message: /phím Tab/ }]);
		const fine = `${BODY}\n- Nội dung thứ nhất:\n\n    giải thích thêm cho nội dung thứ nhất.\n\nĐoạn văn dài\n    tiếp tục ở dòng sau.\n`;
		writeFile(root, FILE, documentText({ body: fine }));
		expect(errorsIn(FILE).map(formatProblem)).toEqual([]);
	});
});

describe('drafts the tools write cannot be published unreviewed', () => {
	it('`npm run new`: the file passes as a draft, and with draft: false the check refuses its TODO body; the body is not code', async () => {
		const result = spawnSync(process.execPath, [path.join(ROOT, 'tools/publishing/new/cli.ts'), '--type', 'ke-hoach', '--agency', 'ubnd-huyen-truc-ninh', '--number', '31',
			'--date', '04/03/2024', '--title', 'Phát động phong trào thi đua chuyển đổi số năm 2024', '--summary', 'Tóm tắt kế hoạch.', '--yes'], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, CONTENT_DIR: root } });
		expect(result.status, result.stderr).toBe(0);
		const file = path.join(root, 'documents/ubnd-huyen-truc-ninh/2024/kh-31-phat-dong-phong-trao-thi-dua-chuyen-doi-so.mdx');
		const relative = path.relative(root, file);
		expect(errorsIn(relative).map(formatProblem)).toEqual([]);
		fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false'));
		const messages = errorsIn(relative).map((e) => e.message);
		expect(messages).toContainEqual(expect.stringMatching(/chưa có toàn văn/));
		expect(messages.filter((m) => /còn dòng ghi chú chưa xử lý trong toàn văn/.test(m)).length).toBeGreaterThanOrEqual(1);
		expect(messages.filter((m) => /còn ghi chú chưa xử lý: "# TODO/.test(m)).length).toBeGreaterThanOrEqual(4);
		expect(messages.join('\n')).not.toMatch(/mã máy tính/);
	});

	it('`npm run import` of a real plan: published without review, every TODO and the warning block are errors', () => {
		const seed = path.join(import.meta.dirname, 'check-fixtures', 'thuan-nam-kh-cchc-2023.txt');
		const out = path.join(root, 'documents');
		fs.rmSync(path.join(out, 'ubnd-huyen-thuan-nam', '2023'), { recursive: true });
		const result = spawnSync(process.execPath, [path.join(ROOT, 'tools/publishing/import/cli.ts'), seed, '--out', out], { encoding: 'utf8', cwd: ROOT });
		expect(result.status, result.stderr).toBe(0);
		const relative = 'documents/ubnd-huyen-thuan-nam/2023/kh-phat-dong-phong-trao-thi-dua-cai-cach-hanh-chinh.mdx';
		const file = path.join(root, relative);
		const source = fs.readFileSync(file, 'utf8');
		fs.writeFileSync(file, source.replace(/^draft: true$/m, 'draft: false').replace('summary: ""', 'summary: Phát động thi đua cải cách hành chính năm 2023.'));
		const errors = errorsIn(relative);
		const todoLines = source.split('\n').flatMap((line, i) => (/^# TODO/.test(line) ? [i + 1] : []));
		expect(todoLines.length).toBeGreaterThan(0);
		expect(errors.filter((e) => /còn ghi chú chưa xử lý/.test(e.message)).map((e) => e.line)).toEqual(todoLines);
		const blockLine = source.split('\n').findIndex((line) => line.startsWith('# CẢNH BÁO CỦA CÔNG CỤ NHẬP')) + 1;
		expect(errors.filter((e) => /CẢNH BÁO CỦA CÔNG CỤ NHẬP/.test(e.message)).map((e) => e.line)).toEqual([blockLine]);
	});
});
