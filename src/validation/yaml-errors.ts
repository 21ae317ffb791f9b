/**
 * js-yaml's reasons for refusing text, in Vietnamese: its English wording
 * never reaches a press officer. Matched by prefix, since some reasons end
 * with the offending text.
 */
const REASONS: [prefix: string, message: string, hint: string][] = [
	['duplicated mapping key', 'một trường được ghi hai lần', 'giữ một dòng cho mỗi trường, xóa dòng lặp lại'],
	['bad indentation', 'thụt lề sai', 'các trường cùng cấp phải thẳng hàng; mục con thụt vào bằng đúng số dấu cách như các mục khác'],
	['deficient indentation', 'thụt lề thiếu', 'dòng tiếp theo của một giá trị phải thụt vào sâu hơn tên trường'],
	['missing indentation', 'thụt lề thiếu', 'nội dung sau dấu | hoặc > phải thụt vào sâu hơn tên trường'],
	['tab characters must not be used', 'có ký tự tab ở đầu dòng', 'thụt lề bằng dấu cách, không dùng phím Tab'],
	['can not read an implicit mapping pair', 'thiếu dấu hai chấm sau tên trường', 'viết "tên-trường: giá trị", có một dấu cách sau dấu hai chấm'],
	['can not read a block mapping entry', 'có dòng thiếu dấu hai chấm sau tên trường, hoặc tên trường bị xuống dòng', 'viết "tên-trường: giá trị" trên cùng một dòng; dòng ghi chú thì bắt đầu bằng dấu #'],
	['a whitespace character is expected after the key-value separator', 'thiếu dấu cách sau dấu hai chấm', 'viết "tên-trường: giá trị"; nếu giá trị có dấu hai chấm, đặt cả giá trị trong ngoặc kép'],
	['incomplete explicit mapping pair', 'dòng bắt đầu bằng dấu "?" không đúng cú pháp', 'xóa dấu "?" ở đầu dòng hoặc đặt giá trị trong ngoặc kép'],
	['end of the stream or a document separator is expected', 'có chữ ở chỗ không được có (thường do thụt lề hoặc thiếu ngoặc kép)', 'đặt giá trị có dấu hai chấm, dấu # hoặc dấu ngoặc trong ngoặc kép và kiểm tra thụt lề'],
	['unexpected end of the stream within a double quoted', 'thiếu dấu ngoặc kép đóng', 'thêm dấu " ở cuối giá trị'],
	['unexpected end of the document within a double quoted', 'thiếu dấu ngoặc kép đóng', 'thêm dấu " ở cuối giá trị'],
	['unexpected end of the stream within a single quoted', "thiếu dấu nháy đơn đóng", "thêm dấu ' ở cuối giá trị"],
	['unexpected end of the document within a single quoted', "thiếu dấu nháy đơn đóng", "thêm dấu ' ở cuối giá trị"],
	['unexpected end of the stream within a flow collection', 'thiếu dấu ngoặc đóng ] hoặc }', 'đóng danh sách bằng ] (hoặc }) hoặc viết mỗi mục trên một dòng bắt đầu bằng "- "'],
	['missed comma between flow collection entries', 'thiếu dấu phẩy giữa các mục trong [ ]', 'ngăn các mục bằng dấu phẩy, hoặc viết mỗi mục trên một dòng bắt đầu bằng "- "'],
	['unknown escape sequence', 'có dấu \\ không hợp lệ trong ngoặc kép', 'viết \\\\ cho một dấu \\, hoặc dùng nháy đơn'],
	['expected hexadecimal character', 'có dấu \\x hoặc \\u không hợp lệ trong ngoặc kép', 'xóa dấu \\ hoặc dùng nháy đơn'],
	['unidentified alias', 'có dấu * dẫn tới một mỏ neo (&) không có', 'đặt giá trị có dấu * trong ngoặc kép'],
	['null byte is not allowed', 'tệp có ký tự NUL (mã 0)', 'lưu lại tệp dạng văn bản UTF-8, xóa ký tự lạ'],
	['the stream contains non-printable characters', 'tệp có ký tự điều khiển không in được', 'xóa ký tự lạ (thường do sao chép từ PDF hoặc Word)'],
	['expected valid JSON character', 'có ký tự điều khiển trong ngoặc kép', 'xóa ký tự lạ (thường do sao chép từ PDF hoặc Word)'],
	['nesting exceeded maxDepth', 'lồng quá nhiều cấp', 'viết lại phần khai báo theo mẫu trong hướng dẫn'],
	['merge keys exceeded', 'dùng quá nhiều "<<"', 'viết thẳng các trường, không dùng "<<"'],
];

const TAG_OR_DIRECTIVE = 'có thẻ (!), mỏ neo (&), chỉ thị (%) hoặc cú pháp YAML nâng cao không dùng được ở đây';

/** "title: Về việc: tặng …": a plain value with ": " in it, which js-yaml reports as bad indentation. */
const COLON_IN_VALUE = /^\s*(?:-\s+)?[\w-]+:\s+[^\s"'[{|>].*?:(?:\s|$)/;

/** The Vietnamese message and fix for a js-yaml reason; the offending line, when known, sharpens it. */
export function describeYamlReason(reason: string, line = ''): { message: string; hint: string } {
	if (reason.startsWith('bad indentation of a mapping entry') && COLON_IN_VALUE.test(line)) {
		return { message: 'giá trị có dấu hai chấm (": ") mà không đặt trong ngoặc kép', hint: 'đặt cả giá trị trong ngoặc kép, ví dụ title: "Về việc: tặng Giấy khen …"' };
	}
	const found = REASONS.find(([prefix]) => reason.startsWith(prefix));
	if (found) return { message: found[1], hint: found[2] };
	return { message: TAG_OR_DIRECTIVE, hint: 'đặt giá trị bắt đầu bằng !, &, *, %, @ hoặc ` trong ngoặc kép' };
}

/** A value that opens with a quote: `title: "…`, `- "…`. */
const QUOTED_VALUE = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?(["'])(.*)$/;

/**
 * The first line, up to `upTo` (0-based), whose quoted value is never closed
 * on that line. js-yaml then reads on, across the following fields, and
 * reports the error where it gives up, often lines later and as bad
 * indentation: the line that lacks its quote is the one to show.
 */
export function unclosedQuote(lines: readonly string[], upTo: number): { index: number; message: string; hint: string } | undefined {
	for (let index = 0; index <= Math.min(upTo, lines.length - 1); index++) {
		const match = QUOTED_VALUE.exec(lines[index]!);
		if (!match) continue;
		const [, quote, rest] = match as unknown as [string, string, string];
		if (quote === '"' && !/(?:^|[^\\])(?:\\\\)*"/.test(rest)) return { index, message: 'giá trị mở dấu ngoặc kép " mà không đóng trên cùng dòng', hint: 'thêm dấu " ở cuối giá trị, hoặc bỏ dấu " ở đầu' };
		if (quote === "'" && !/'/.test(rest.replace(/''/g, ''))) return { index, message: "giá trị mở dấu nháy đơn ' mà không đóng trên cùng dòng", hint: "thêm dấu ' ở cuối giá trị, hoặc bỏ dấu ' ở đầu" };
	}
	return undefined;
}
