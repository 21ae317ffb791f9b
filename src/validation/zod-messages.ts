/**
 * Vietnamese words for every kind of zod issue. The schemas give their own
 * message where they can; this map fills in the rest at check time (a
 * per-parse error map ranks below a schema's own message), so zod's English
 * defaults ("Invalid input: expected array, received string") never reach a
 * press officer.
 */
import type { z } from 'astro/zod';

type RawIssue = z.core.$ZodRawIssue;

/** What the officer wrote, in their words. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'bỏ trống';
	if (value === null) return 'để trống';
	if (typeof value === 'string') return 'một đoạn chữ';
	if (typeof value === 'number' || typeof value === 'bigint') return 'một số';
	if (typeof value === 'boolean') return 'true/false';
	if (value instanceof Date) return 'một ngày giờ';
	if (Array.isArray(value)) return 'một danh sách (các dòng "- ")';
	return 'một nhóm trường';
}

const EXPECTED: Record<string, string> = {
	string: 'một đoạn chữ', number: 'một số', int: 'một số nguyên', boolean: 'true (có) hoặc false (không)',
	array: 'một danh sách, mỗi mục một dòng bắt đầu bằng "- "', object: 'một nhóm trường (các dòng "tên: giá trị" thụt vào)',
	date: 'một ngày', null: 'để trống', bigint: 'một số nguyên', tuple: 'một danh sách', record: 'một nhóm trường', map: 'một nhóm trường', set: 'một danh sách',
};

const FORMATS: Record<string, string> = {
	email: 'không phải địa chỉ thư điện tử hợp lệ',
	url: 'không phải địa chỉ web hợp lệ (https://…)',
	regex: 'không đúng dạng quy định cho trường này',
	date: 'phải là ngày dạng NNNN-TT-NN',
	datetime: 'phải là thời điểm dạng 2026-12-01T08:00:00+07:00',
	time: 'phải là giờ dạng 08:00:00',
	starts_with: 'không bắt đầu đúng như quy định',
	ends_with: 'không kết thúc đúng như quy định',
	includes: 'thiếu phần chữ bắt buộc',
	lowercase: 'phải viết chữ thường',
	uppercase: 'phải viết chữ hoa',
};

const unit = (origin: string) => (origin === 'string' ? ' ký tự' : origin === 'array' || origin === 'set' ? ' mục' : '');

/** The Vietnamese message for any zod issue. */
export function vietnameseIssue(issue: RawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'thiếu trường bắt buộc';
			return `phải là ${EXPECTED[issue.expected] ?? 'giá trị khác'}, không phải ${describeValue(issue.input)}`;
		case 'too_small':
			return `cần ít nhất ${String(issue.minimum)}${unit(issue.origin)}`;
		case 'too_big':
			return `chỉ được nhiều nhất ${String(issue.maximum)}${unit(issue.origin)}`;
		case 'invalid_format':
			return FORMATS[issue.format] ?? 'không đúng định dạng quy định cho trường này';
		case 'not_multiple_of':
			return `phải là bội số của ${issue.divisor}`;
		case 'unrecognized_keys':
			return `có trường không được phép: ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
		case 'invalid_union':
			return 'không khớp với dạng nào được phép cho trường này';
		case 'invalid_key':
			return 'có tên trường không hợp lệ';
		case 'invalid_element':
			return 'có một mục không hợp lệ';
		case 'invalid_value':
			return issue.values.length === 1 ? `chỉ được là ${String(issue.values[0])}` : `chỉ được là một trong: ${issue.values.map(String).join(', ')}`;
		default:
			return 'giá trị không hợp lệ';
	}
}

const TYPE_HINTS: Record<string, string> = {
	array: 'viết mỗi mục trên một dòng, thụt vào và bắt đầu bằng "- "',
	object: 'viết các trường con trên các dòng tiếp theo, mỗi dòng "tên: giá trị", thụt vào hai dấu cách',
	string: 'viết giá trị bằng chữ; nếu chỉ gồm chữ số hoặc là true/false, đặt trong ngoặc kép',
	boolean: 'ghi true hoặc false, không đặt trong ngoặc kép',
};
const GENERAL_HINT = 'sửa theo mô tả trên; mẫu và giải thích từng trường có trong docs/huong-dan-bien-tap.md';

/** How to fix any zod issue. */
export function issueHint(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'unrecognized_keys': return 'kiểm tra chính tả tên trường (phân biệt chữ hoa, chữ thường) hoặc xóa trường này';
		case 'invalid_type': return issue.input === undefined ? 'thêm trường này vào phần khai báo đầu tệp' : (TYPE_HINTS[issue.expected] ?? GENERAL_HINT);
		case 'invalid_value': return 'chép đúng một giá trị trong danh sách trên, giữ nguyên chữ hoa, chữ thường';
		case 'too_small': return issue.origin === 'array' ? 'thêm mục vào danh sách, mỗi mục một dòng bắt đầu bằng "- "' : GENERAL_HINT;
		default: return GENERAL_HINT;
	}
}
