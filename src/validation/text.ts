import type { RawEntry } from './load.ts';
import type { Problem } from './problem.ts';

const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/giu;
const LETTERS = /\p{L}/gu;

/** Share of letters that carry Vietnamese marks; normal prose sits well above 0.15. */
export function diacriticRatio(text: string): number {
	const letters = text.match(LETTERS)?.length ?? 0;
	if (letters === 0) return 1;
	return (text.match(VIETNAMESE_MARKED)?.length ?? 0) / letters;
}

/** Warnings that do not block publishing but deserve a second look. */
export function checkText(entries: RawEntry[]): Problem[] {
	const out: Problem[] = [];
	for (const entry of entries) {
		if (entry.source !== entry.source.normalize('NFC')) {
			out.push({
				severity: 'warning', file: entry.file, field: 'body',
				message: 'tệp có chữ tiếng Việt dạng tổ hợp (không phải NFC); trang sẽ tự chuẩn hóa khi hiển thị',
				hint: 'lưu tệp bằng trình soạn thảo hỗ trợ Unicode dựng sẵn (NFC)',
			});
		}
		if (entry.collection !== 'documents') continue;
		const body = entry.body.replace(/[#*_>`-]/g, ' ');
		if (body.length > 400 && diacriticRatio(body) < 0.08) {
			out.push({
				severity: 'warning', file: entry.file, line: entry.bodyLine, field: 'body',
				message: 'nội dung gần như không có dấu tiếng Việt (có thể là bản nhận dạng ký tự chưa sửa)',
				hint: 'khôi phục dấu tiếng Việt trước khi công bố',
			});
		}
		const title = (entry.data as { title?: unknown } | undefined)?.title;
		if (typeof title === 'string' && title.length > 300) {
			out.push({
				severity: 'warning', file: entry.file, line: entry.lineOf(['title']), field: 'title',
				message: `trích yếu dài ${title.length} ký tự`, hint: 'trích yếu nên ngắn gọn như dòng dưới tên loại văn bản',
			});
		}
	}
	return out;
}
