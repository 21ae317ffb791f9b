/** The title (trích yếu): the line(s) under the type heading, or what stands in for it. */
import type { DocumentType } from '../../../src/schema/vocabulary.ts';
import { fold } from './diacritics.ts';
import type { ImportWarning, SourceLine } from './types.ts';

export interface TitleInfo {
	title?: string;
	/** Index in `lines` of the last line of the title block, or -1 when there is none. */
	endIndex: number;
	warnings: ImportWarning[];
}

const STOP = /^(can cu|thuc hien|kinh gui|xet de nghi|theo de nghi|so\s*:|cong hoa xa hoi|doc lap|dieu \d|quyet dinh\s*:|[ivx]+\.\s)/;
/** The authority that enacts, printed under the title ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "CHỦ TỊCH UBND HUYỆN …"): never part of it. */
const AUTHORITY = /^(uy ban nhan dan|ubnd|chu tich|thu tuong|bo truong|hoi dong|giam doc|truong ban|ban thuong vu|thuong truc)\b/;
/** Badges portals append to a headline. */
const BADGE = /\s+(tin có hình|tin có video|tin có ảnh|\(ảnh\)|\(video\))$/iu;

const isCapitals = (text: string) => {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length > 0 && letters === letters.toUpperCase();
};
/** "Thực hiện …" opens a basis line, but a title in capitals may start with it ("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG …"). */
const stops = (text: string, first: boolean) => {
	const folded = fold(clean(text));
	if (!first && AUTHORITY.test(folded) && isCapitals(text)) return true;
	return STOP.test(folded) && !(first && isCapitals(text) && /^thuc hien/.test(folded));
};
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
		// "Ban hành Quy định công tác thi đua, khen thưởng" / "" / "trên địa bàn tỉnh Bắc Giang": a blank line inside a title.
		const resumes = text === '' && parts.length > 0 && !/[.:;]$/.test(parts.at(-1)!) && /^\p{Ll}/u.test(lines[i + 1]?.text ?? '');
		if (resumes) continue;
		if (text === '' || stops(text, parts.length === 0)) break;
		parts.push(clean(text));
		end = i;
	}
	return parts.length ? { text: parts.join(' '), end } : undefined;
}

/** `headingIndex`: the type heading, or with `headingMissing` the header's last line, which the title follows. */
export function findTitle(lines: SourceLine[], headingIndex: number, type: DocumentType | undefined, announcement?: string, headingMissing = false): TitleInfo {
	const warnings: ImportWarning[] = [];
	if (headingIndex >= 0) {
		const block = readBlock(lines, headingIndex + 1);
		if (!block) {
			warnings.push({ line: lines[headingIndex]!.no, field: 'title', message: `Không thấy trích yếu ${headingMissing ? 'sau phần đầu văn bản' : 'dưới tên loại văn bản'} (title).`, hint: 'Chép trích yếu từ bản gốc.' });
			return { endIndex: headingIndex, warnings };
		}
		if (headingMissing) {
			warnings.push({ line: lines[headingIndex + 1]?.no, field: 'title', message: 'Bản này không in tên loại văn bản; đã lấy đoạn ngay sau số, ngày làm trích yếu (title).', hint: 'Đối chiếu trích yếu với bản gốc.' });
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
		const headline = clean(first.text).replace(BADGE, '');
		// A headline has a few words; one or two words, or a line ending in ":", is more likely page furniture.
		if (headline.split(' ').length < 4 || /:$/.test(headline)) {
			warnings.push({ line: first.no, field: 'title', message: `Tiêu đề tin lấy từ dòng đầu "${headline}" có vẻ không phải tiêu đề (title).`, hint: 'Chép tiêu đề tin từ trang gốc; nếu dòng đầu là phần giao diện trang web, xóa nó khỏi tệp rồi nhập lại.' });
		}
		return { title: headline, endIndex: firstIndex, warnings };
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
