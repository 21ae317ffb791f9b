/**
 * The check holds bodies that use components to the allow-list, with the
 * same parser the build compiles them with: every refusal names the file,
 * the line and the component, in Vietnamese, with a fix.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { DECISION, FILES, PLAN, writeTree } from '../content/fixture-tree.ts';
import { PNG } from '../content/valid-hard.ts';

const FOLDER = 'documents/ubnd-huyen-binh-lam/2024';
const PHOTO = `${FOLDER}/le-trao.png`;
const PLAN_ID = 'ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua';

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

/** The decision with `lines` after its body; returns the file line of the first one. */
function decisionWith(lines: string[], extra: Record<string, string | Buffer> = {}): number {
	const source = `${FILES[DECISION]!.replace(/\n*$/, '\n\n')}`;
	root = writeTree({ [DECISION]: `${source}${lines.join('\n')}\n`, [PHOTO]: PNG, ...extra });
	return source.split('\n').length;
}

const bodyErrors = () => checkContent(root!).errors.filter((p) => p.field === 'body');

describe('bodies with components', () => {
	it('accepts every component, written as the guide shows', () => {
		decisionWith([
			'<Note title="Ghi chú của trang">',
			'',
			'Danh sách lấy từ bản **số hóa**.',
			'',
			'</Note>',
			'',
			'<Note>Lưu ý ngắn.</Note>',
			'',
			'<Photo src="./le-trao.png" alt="Lễ trao Giấy khen" caption="Lễ trao Giấy khen năm 2024" credit="Văn phòng UBND huyện" />',
			'',
			'<Honourees />',
			'',
			'<Chart />',
			'',
			`<DocumentCard id="${PLAN_ID}" />`,
			'',
			'Muốn viết dấu ngoặc thì thoát: \\{ và \\<.',
		]);
		expect(checkContent(root!).errors.map(formatProblem)).toEqual([]);
	});

	it.each([
		['an import', [`import X from './x.astro'`], 0, /dòng lệnh import\/export/, /không cần import/],
		['an export', ['export const a = 1'], 0, /dòng lệnh import\/export/, /không cần import/],
		['an expression in text', ['Tổng số {1 + 1} đơn vị.'], 0, /biểu thức \{1 \+ 1\}/, /\\\{/],
		['an expression as a prop', ['<Note title={"x"}>Chữ.</Note>'], 0, /thuộc tính title của <Note> viết bằng biểu thức/, /title="…"/],
		['a spread of props', ['<Note {...props}>Chữ.</Note>'], 0, /<Note> có thuộc tính viết bằng biểu thức \{\.\.\.props\}/, /ngoặc kép/],
		['a prop without a value', ['<Note title>Chữ.</Note>'], 0, /thuộc tính title của <Note> không có giá trị/, /title="…"/],
		['a prop the component does not take', ['<Note tieuDe="Lưu ý">Chữ.</Note>'], 0, /<Note> không có thuộc tính "tieuDe"/, /<Note> chỉ nhận: title/],
		['an unknown component', ['', '<Notes>Chữ.</Notes>'], 1, /không có thành phần <Notes> trong danh sách được phép/, /có phải <Note>\?.*<Photo src=/],
		['a lower-case HTML tag', ['<b>Điều 1.</b>'], 0, /thẻ HTML <b> không dùng được/, /<Honourees \/>/],
		['a photo without alt', ['<Photo src="./le-trao.png" />'], 0, /<Photo> thiếu thuộc tính bắt buộc alt/, /alt="…"/],
		['a photo with an empty alt', ['<Photo src="./le-trao.png" alt="  " />'], 0, /thuộc tính alt của <Photo> đang để trống/, /mô tả ngắn/],
		['a photo without src', ['<Photo alt="Lễ trao" />'], 0, /<Photo> thiếu thuộc tính bắt buộc src/, /cùng thư mục/],
		['a photo in a parent folder', ['<Photo src="../anh.png" alt="Ảnh" />'], 0, /ảnh src="\.\.\/anh\.png" nằm ngoài thư mục của văn bản/, /cùng thư mục/],
		['a photo in a subfolder', ['<Photo src="./anh/le-trao.png" alt="Ảnh" />'], 0, /nằm ngoài thư mục của văn bản/, /cùng thư mục/],
		['a photo on another site', ['<Photo src="https://example.gov.vn/a.png" alt="Ảnh" />'], 0, /nằm ngoài thư mục của văn bản/, /trang khác/],
		['a photo that is not there', ['<Photo src="./khong-co.png" alt="Ảnh" />'], 0, /không tìm thấy tệp khong-co\.png/, /cùng thư mục/],
		['a photo that is not an image', ['<Photo src="./12-kh-ubnd.pdf" alt="Ảnh" />'], 0, /"12-kh-ubnd\.pdf" không phải tệp ảnh/, /JPEG/],
		['a photo with text inside', ['<Photo src="./le-trao.png" alt="Ảnh">Chú thích</Photo>'], 0, /<Photo> không chứa nội dung bên trong/, /tự đóng/],
		['a card without id', ['<DocumentCard />'], 0, /<DocumentCard> thiếu thuộc tính bắt buộc id/, /content\/documents/],
		['a card to an unknown document', ['<DocumentCard id="ubnd-huyen-binh-lam/2024/ke-hoach-thi-du" />'], 0, /<DocumentCard id="ubnd-huyen-binh-lam\/2024\/ke-hoach-thi-du">: không có văn bản mã này/, new RegExp(`mã gần nhất: ${PLAN_ID}`)],
		['an unclosed component', ['<Note title="Lưu ý">', '', 'Chữ.'], 0, /thẻ <Note> chưa có thẻ đóng <\/Note>/, /<Note title=/],
		// A "<" or "{" that a Markdown body shows as written starts a tag or an expression in MDX: each mistake gets its own fix.
		['a "<" before a number', ['Thời hạn xử lý <5 ngày làm việc.'], 0, /dấu "<" ở đây \(<5 ngày/, /ghi \\< thay cho </],
		['a "<" between words', ['Tỉ lệ a<b.'], 0, /dấu "<" ở đây/, /thêm một dấu cách sau dấu </],
		['a "<=" sign', ['Điểm <= 5.'], 0, /dấu "<" ở đây \(<= 5/, /dưới 5 ngày/],
		['a web address in angle brackets', ['Xem <https://binhlam.gov.vn/thi-dua>.'], 0, /liên kết đặt trong dấu < > \(<https:\/\/binhlam\.gov\.vn\/thi-dua>\)/, /\[tên trang\]\(https:\/\/binhlam\.gov\.vn\/thi-dua\)/],
		['an e-mail address in angle brackets', ['Gửi về <vp@binhlam.gov.vn>.'], 0, /liên kết đặt trong dấu < > \(<vp@binhlam\.gov\.vn>\)/, /\[vp@binhlam\.gov\.vn\]\(mailto:vp@binhlam\.gov\.vn\)/],
		['a prop value without quotes', ['<Note title=Lưu>Chữ.</Note>'], 0, /thẻ thành phần viết sai: mỗi thuộc tính phải có dạng ten="giá trị"/, /<Note title=/],
		['a component inside a sentence', ['Xem ghi chú <Note title="Lưu ý">Chữ.</Note> dưới đây.'], 0, /thành phần <Note> nằm giữa một câu/, /trên một dòng riêng, có một dòng trống trước và sau/],
		['a card in a list item', ['- Kế hoạch: <DocumentCard id="ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua" />'], 0, /thành phần <DocumentCard> nằm giữa một câu, một mục danh sách/, /dòng riêng/],
		['an unclosed brace', ['Mục {{ viết tay.'], 0, /dấu \{ chưa có dấu \} đóng/, /ghi \\\{/],
	])('refuses %s, naming the line and the fix', (_name, lines, offset, message, hint) => {
		const first = decisionWith(['<Honourees />', '', ...lines]);
		const errors = bodyErrors();
		expect(errors.map(formatProblem)).toHaveLength(1);
		expect(errors[0]!.file).toMatch(/qd-khen-thuong\.mdx$/);
		expect(errors[0]!.line).toBe(first + 2 + offset);
		expect(errors[0]!.message).toMatch(message);
		expect(errors[0]!.hint).toMatch(hint);
		expect(formatProblem(errors[0]!)).toMatch(/Cách sửa: /);
	});

	// The decision's own text links to the plan too; that link is reported by rules-body-links.ts.
	const cardErrors = () => bodyErrors().filter((e) => e.message.includes('DocumentCard')).map((e) => e.message);

	it('refuses a card to a draft, and to an embargoed document from a document public now', () => {
		decisionWith([`<DocumentCard id="${PLAN_ID}" />`], { [PLAN]: FILES[PLAN]!.replace('type: ke-hoach', 'type: ke-hoach\ndraft: true') });
		expect(cardErrors()).toEqual([`<DocumentCard id="${PLAN_ID}">: văn bản này chưa được đăng (bản nháp hoặc chưa đến giờ công bố)`]);
		fs.rmSync(root!, { recursive: true, force: true });
		decisionWith([`<DocumentCard id="${PLAN_ID}" />`], { [PLAN]: FILES[PLAN]!.replace('type: ke-hoach', 'type: ke-hoach\npublishAt: "2999-01-01T08:00:00+07:00"') });
		expect(cardErrors()).toEqual([`<DocumentCard id="${PLAN_ID}">: văn bản này chưa được đăng (bản nháp hoặc chưa đến giờ công bố)`]);
	});

	it('refuses the honourees table or the chart twice, and either in a document without honourees', () => {
		decisionWith(['<Honourees />', '', '<Honourees />', '', '<Chart />', '', '<Chart />']);
		expect(bodyErrors().map((e) => e.message)).toEqual(['thành phần <Honourees /> được dùng 2 lần', 'thành phần <Chart /> được dùng 2 lần']);
		fs.rmSync(root!, { recursive: true, force: true });
		root = writeTree({ [PLAN]: `${FILES[PLAN]}\n<Chart />\n` });
		expect(bodyErrors().map((e) => e.message)).toEqual(['<Chart /> cần danh sách khen thưởng (honourees) của văn bản, nhưng văn bản không có']);
	});

	it('reports each problem of a body at once, every one on its own line', () => {
		const first = decisionWith(['<Note titel="a">Chữ {x}.</Note>', '', '<Photo src="../a.png" />', '', '<Ghi />']);
		expect(bodyErrors().map((e) => [e.line, e.message.split(':')[0]])).toEqual([
			[first, 'biểu thức {x} không dùng được trong nội dung văn bản'],
			[first, 'thành phần <Note> không có thuộc tính "titel"'],
			[first + 2, 'thành phần <Photo> thiếu thuộc tính bắt buộc alt'],
			[first + 2, 'ảnh src="../a.png" nằm ngoài thư mục của văn bản'],
			[first + 4, 'không có thành phần <Ghi> trong danh sách được phép'],
		]);
	});

	it('leaves plain Markdown bodies to the Markdown rules', () => {
		const first = decisionWith(['Tỷ lệ < 5% và {a} giữ nguyên; <b>đậm</b>.']);
		expect(bodyErrors().map((e) => [e.line, e.message])).toEqual([[first, 'thẻ <b> sẽ hiện nguyên văn trên trang']]);
	});

	it('reads an escaped bracket beside components as text', () => {
		decisionWith(['<Honourees />', '', 'Ví dụ: \\<Note> là một thành phần, \\{x\\} là chữ.']);
		expect(bodyErrors()).toEqual([]);
	});

	it('accepts in a draft a card to another draft', () => {
		decisionWith([`<DocumentCard id="${PLAN_ID}" />`], {
			[PLAN]: FILES[PLAN]!.replace('type: ke-hoach', 'type: ke-hoach\ndraft: true'),
		});
		fs.writeFileSync(`${root}/${DECISION}`, fs.readFileSync(`${root}/${DECISION}`, 'utf8').replace('type: quyet-dinh-khen-thuong', 'type: quyet-dinh-khen-thuong\ndraft: true'));
		expect(cardErrors()).toEqual([]);
	});
});
