import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { copyContent, SEED } from '../helpers/content-fixture.ts';
import { ROOT } from '../helpers/paths.ts';

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

/** Appends lines to a seed document's body; returns the line number of the first one. */
function appendToBody(file: string, lines: string[]): number {
	root = copyContent();
	const full = path.join(root, file);
	const source = fs.readFileSync(full, 'utf8').replace(/\n*$/, '\n\n');
	fs.writeFileSync(full, source + lines.join('\n') + '\n');
	return source.split('\n').length;
}

const bodyErrors = () => checkContent(root!).errors.filter((p) => p.field === 'body');

describe('HTML and MDX syntax in document bodies', () => {
	it.each([
		['an HTML tag', '<b>Điều 1.</b> Tặng Bằng khen', /thẻ <b> sẽ hiện nguyên văn/],
		// A body with a component is compiled as MDX and checked against the allow-list (test/validation/mdx-check.test.ts).
		['an MDX component with a prop it does not take', '<Chart data="x" />', /thành phần <Chart> không có thuộc tính "data"/],
		['a component not on the allow-list', '<Bieu />', /không có thành phần <Bieu> trong danh sách được phép/],
		['a hidden comment', '<!-- còn chờ lãnh đạo duyệt -->', /ghi chú ẩn/],
		['an import line', "import Chart from '../chart.astro'", /import\/export/],
		['an export line', 'export const meta = { a: 1 }', /import\/export/],
		['a tag whose attributes run on to the next line', 'Ảnh <img', /thẻ <img sẽ hiện nguyên văn/],
		['a declaration', '<!DOCTYPE html>', /thẻ <!DOCTYPE html> sẽ hiện nguyên văn/],
		['a link to javascript:', '[Xem](javascript:alert(1))', /liên kết tới "javascript:alert\(1\)" \(dạng javascript:\) sẽ bị bỏ/],
		['a link to another scheme', 'Tải [tại đây](ftp://files.example.vn/a.pdf)', /liên kết tới "ftp:\/\/files\.example\.vn\/a\.pdf" \(dạng ftp:\) sẽ bị bỏ/],
		['an image from another site', 'Ảnh hội nghị: ![Hội nghị](https://baochinhphu.vn/anh/hoi-nghi.jpg)', /ảnh "https:\/\/baochinhphu\.vn\/anh\/hoi-nghi\.jpg" lấy từ trang khác sẽ không hiện/],
		['an image by a protocol-relative address', '![Cờ thi đua](//cdn.example.vn/co.png)', /ảnh "\/\/cdn\.example\.vn\/co\.png" lấy từ trang khác/],
	])('rejects %s with the file and line', (_name, line, message) => {
		const first = appendToBody(SEED.benTre, ['Đoạn văn bình thường.', '', line]);
		const errors = bodyErrors();
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toMatch(/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre\.mdx$/);
		expect(errors[0]!.line).toBe(first + 2);
		expect(errors[0]!.message).toMatch(message);
		expect(checkContent(root!).errors).toHaveLength(1);
	});

	it('prints what the press officer guide quotes', () => {
		const guide = fs.readFileSync(path.join(ROOT, 'docs', 'huong-dan-bien-tap.md'), 'utf8');
		for (const line of ['<b>Điều 1.</b>', '<!-- còn chờ -->']) {
			appendToBody(SEED.benTre, [line]);
			const quoted = formatProblem(bodyErrors()[0]!).split('\n').find((row) => row.includes('Trường nội dung'))!.trim();
			expect(guide).toContain(quoted);
			fs.rmSync(root!, { recursive: true, force: true });
		}
	});

	it('accepts the characters ordinary text uses, code and escaped brackets', () => {
		const first = appendToBody(SEED.benTre, [
			'Tỷ lệ hồ sơ trễ hạn < 5% và > 1%; công thức {a} giữ nguyên.',
			'Liên hệ <https://dichvucong.gov.vn> hoặc <vanthu@hue.gov.vn>.',
			'Ký hiệu `<b>` trong mã, và \\<b> đã thoát.',
			'Mục <Danh sách khen thưởng> và lớp <A1 và A2>; điểm a <b và c> d.',
			'export hàng hóa tăng 5%.',
			'',
			'    <div>mẫu thụt lề bốn dấu cách</div>',
			'```',
			'<div>mẫu trong khối mã</div>',
			'```',
		]);
		// No tag is reported inside code; the code itself is, as text a published page would show as code (rules-code.ts).
		expect(bodyErrors().map((e) => [e.line, /mã máy tính/.test(e.message)])).toEqual([[first + 2, true], [first + 6, true], [first + 7, true]]);
	});

	it('reads tags as the renderer does: a tag running over two lines once, none in code inside a list item', () => {
		const first = appendToBody(SEED.benTre, [
			'Ảnh hội nghị <img',
			'src="hoi-nghi.jpg" alt="Hội nghị"> ở đây.',
			'',
			'- Mục một',
			'',
			'      <div>khối mã trong mục danh sách</div>',
		]);
		expect(bodyErrors().map((e) => [e.line, e.message.split(' sẽ')[0]])).toEqual([
			[first, 'thẻ <img'],
			// The list item's indented block is code on the page, reported as code, not as a tag.
			[first + 5, 'đoạn thụt đầu dòng bốn dấu cách (hoặc phím Tab)'],
		]);
	});

	it("does not take a body's first line, indented, for code: Astro renders the body trimmed", () => {
		root = copyContent();
		const full = path.join(root, SEED.benTre);
		const source = fs.readFileSync(full, 'utf8');
		const closing = source.indexOf('\n---\n', 4) + 5;
		fs.writeFileSync(full, `${source.slice(0, closing)}\n    ${source.slice(closing).trimStart()}`);
		expect(bodyErrors()).toEqual([]);
	});
});
