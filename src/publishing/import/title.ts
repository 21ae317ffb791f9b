/** The title (trích yếu): the line(s) under the type heading, or what stands in for it. */
import type { DocumentType } from '../../schema/vocabulary.ts';
import { fold } from './diacritics.ts';
import type { ImportWarning, SourceLine } from './types.ts';

export interface TitleInfo {
	title?: string;
	/** Index in `lines` of the last line of the title block, or -1 when there is none. */
	endIndex: number;
	warnings: ImportWarning[];
}

const STOP = /^(can cu|thuc hien|kinh gui|xet de nghi|so\s*:|cong hoa xa hoi|doc lap)/;
const MAX_LINES = 4;

const clean = (text: string) =>
	text.replace(/\*/g, '').replace(/^v\/v\s*/i, '').replace(/\s+/g, ' ').trim();

/** Read the title block starting at `start`: consecutive non-blank lines, up to a blank or a basis line. */
function readBlock(lines: SourceLine[], start: number): { text: string; end: number } | undefined {
	let i = start;
	while (i < lines.length && lines[i]!.text === '') i++;
	const parts: string[] = [];
	let end = -1;
	for (; i < lines.length && parts.length < MAX_LINES; i++) {
		const text = lines[i]!.text;
		if (text === '' || STOP.test(fold(clean(text)))) break;
		parts.push(clean(text));
		end = i;
	}
	return parts.length ? { text: parts.join(' '), end } : undefined;
}

export function findTitle(lines: SourceLine[], headingIndex: number, type: DocumentType | undefined, announcement?: string): TitleInfo {
	const warnings: ImportWarning[] = [];
	if (headingIndex >= 0) {
		const block = readBlock(lines, headingIndex + 1);
		if (!block) {
			warnings.push({ line: lines[headingIndex]!.no, field: 'title', message: 'Không thấy trích yếu dưới tên loại văn bản (title).', hint: 'Chép trích yếu từ bản gốc.' });
			return { endIndex: headingIndex, warnings };
		}
		return { title: sentenceCase(block.text, lines[headingIndex + 1]!.no, warnings), endIndex: block.end, warnings };
	}

	const firstIndex = lines.findIndex((l) => l.text !== '');
	if (firstIndex < 0) {
		warnings.push({ field: 'title', message: 'Tệp không có nội dung (title).' });
		return { endIndex: -1, warnings };
	}
	const first = lines[firstIndex]!;
	const about = announcement ? /\b(về việc\s+[^:]+?)(?:,\s*gồm|:|\.\s|$)/iu.exec(announcement)?.[1] : undefined;
	if (type === 'quyet-dinh-khen-thuong' && about) {
		warnings.push({
			line: first.no,
			field: 'title',
			message: `Không có trích yếu của quyết định; đã lấy "${about}" từ câu giới thiệu quyết định (title).`,
			hint: 'Đối chiếu với trích yếu trên quyết định gốc.',
		});
		return { title: capitalise(about), endIndex: firstIndex, warnings };
	}
	if (type === 'tin-bai') {
		return { title: clean(first.text), endIndex: firstIndex, warnings };
	}
	const block = readBlock(lines, firstIndex);
	if (!block || STOP.test(fold(clean(first.text)))) {
		warnings.push({ line: first.no, field: 'title', message: 'Không tìm thấy trích yếu (title).', hint: 'Chép trích yếu từ bản gốc.' });
		return { endIndex: -1, warnings };
	}
	warnings.push({
		line: first.no,
		field: 'title',
		message: `Không có tên loại văn bản ở đầu; đã lấy đoạn đầu tiên (dòng ${first.no}) làm trích yếu (title).`,
		hint: 'Kiểm tra trích yếu với bản gốc.',
	});
	return { title: sentenceCase(block.text, first.no, warnings), endIndex: block.end, warnings };
}

/** Titles printed in capitals become sentence case, with a warning, since proper nouns need a human. */
function sentenceCase(text: string, line: number, warnings: ImportWarning[]): string {
	const letters = text.replace(/[^\p{L}]/gu, '');
	if (letters.length < 8 || letters !== letters.toUpperCase()) return text;
	warnings.push({
		line,
		field: 'title',
		message: 'Trích yếu in hoa toàn bộ; đã chuyển sang chữ thường (title).',
		hint: 'Viết hoa lại tên riêng (địa danh, tên cơ quan) trong trích yếu.',
	});
	return capitalise(text.toLocaleLowerCase('vi'));
}

export function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
