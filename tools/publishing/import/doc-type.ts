/** Which kind of document this is: from its type heading, a KIND: line, or a tell-tale sentence. */
import { DOCUMENT_TYPES, type DocumentType } from '../../../src/schema/vocabulary.ts';
import { fold, ocrFold } from './diacritics.ts';
import type { ImportWarning, SourceLine } from './types.ts';

export interface TypeInfo {
	type?: DocumentType;
	/** Index in `lines` of the type heading ("KẾ HOẠCH"), or -1. */
	headingIndex: number;
	warnings: ImportWarning[];
}

const SUPPORTED: Record<string, DocumentType> = {
	'ke hoach': 'ke-hoach',
	'thong bao': 'thong-bao-ket-luan',
	'thong bao ket luan': 'thong-bao-ket-luan',
	'quyet dinh': 'quyet-dinh-khen-thuong',
};
const UNSUPPORTED = ['bao cao', 'huong dan', 'chuong trinh', 'to trinh', 'nghi quyet', 'chi thi', 'cong van', 'cong dien', 'giay moi', 'bien ban', 'quy che', 'quy dinh'];
const KINDS: Record<string, DocumentType> = {
	'award-decision': 'quyet-dinh-khen-thuong',
	decision: 'quyet-dinh-khen-thuong',
	plan: 'ke-hoach',
	'conclusion-notice': 'thong-bao-ket-luan',
	notice: 'thong-bao-ket-luan',
	news: 'tin-bai',
};
/** Sentences that give the kind away when the heading is missing (folded text). */
const TELLTALES: [RegExp, DocumentType][] = [
	[/ban hanh ke hoach[^.]{0,160}nhu sau|tren day (?:la|ia) ke hoach|trien khai ke hoach nay/, 'ke-hoach'],
	[/nay,? thong bao ket luan/, 'thong-bao-ket-luan'],
	[/quyet dinh nay co hieu luc|thi hanh quyet dinh nay/, 'quyet-dinh-khen-thuong'],
	// A portal's listing of an award decision: "Quyết định số 1034/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen cho …".
	[/^quyet dinh so \S+\/q[^ ]*[^.]{0,200}?\b(tang|khen thuong|cong nhan|phong tang|truy tang)\b/, 'quyet-dinh-khen-thuong'],
];

const label = (type: DocumentType) => DOCUMENT_TYPES[type].label;

export function detectType(lines: SourceLine[], kind: string | undefined, ocr: boolean): TypeInfo {
	const warnings: ImportWarning[] = [];
	const fromKind = kind ? KINDS[kind.toLowerCase()] : undefined;
	const heading = findHeading(lines);
	if (heading) {
		const { index, key } = heading;
		const line = lines[index]!;
		const type = SUPPORTED[key];
		if (!type) {
			warnings.push({
				line: line.no,
				field: 'type',
				message: `Loại văn bản "${line.text.replace(/\*/g, '')}" chưa có trên trang (type).`,
				hint: `Trang chỉ đăng: ${Object.values(DOCUMENT_TYPES).map((t) => t.label).join(', ')}. Chọn loại phù hợp hoặc không đăng văn bản này.`,
			});
			return { type: fromKind, headingIndex: index, warnings };
		}
		if (fromKind && fromKind !== type) {
			warnings.push({
				line: line.no,
				field: 'type',
				message: `Dòng KIND ghi "${kind}" nhưng tên loại in trên văn bản là "${line.text}"; đã theo văn bản: ${label(type)} (type).`,
				hint: 'Kiểm tra lại loại văn bản với bản gốc.',
			});
		}
		return { type, headingIndex: index, warnings };
	}
	if (fromKind) return { type: fromKind, headingIndex: -1, warnings };

	const foldLine = ocr ? ocrFold : fold;
	const text = lines.map((l) => foldLine(l.text)).join(' ');
	for (const [pattern, type] of TELLTALES) {
		const match = pattern.exec(text);
		if (!match) continue;
		const line = lineAtOffset(lines, match.index);
		warnings.push({
			line,
			field: 'type',
			message: `Không thấy tên loại văn bản ở phần đầu; đoán là ${label(type)} từ câu ở dòng ${line} (type).`,
			hint: 'Kiểm tra lại loại văn bản với bản gốc.',
		});
		return { type, headingIndex: -1, warnings };
	}
	warnings.push({
		line: lines[0]?.no,
		field: 'type',
		message: 'Không thấy tên loại văn bản (KẾ HOẠCH, THÔNG BÁO, QUYẾT ĐỊNH) ở phần đầu: coi là tin bài (type: tin-bai).',
		hint: 'Nếu đây là văn bản có chữ ký chứ không phải tin đăng trên cổng thông tin, sửa "type".',
	});
	return { type: 'tin-bai', headingIndex: -1, warnings };
}

/**
 * The type heading among the first lines: a line that is only a type name, in
 * any case ("QUYẾT ĐỊNH", "Quyết định", "THÔNG BÁO KẾT LUẬN"); "QUYẾT ĐỊNH:"
 * (the enacting word before the articles) is not one.
 */
function findHeading(lines: SourceLine[]): { index: number; key: string } | undefined {
	let seen = 0;
	for (let i = 0; i < lines.length && seen < 30; i++) {
		const plain = lines[i]!.text.replace(/\*/g, '').replace(/^#+\s*/, '').trim();
		if (plain === '') continue;
		seen++;
		if (plain.endsWith(':')) continue;
		const key = fold(plain).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
		if (key in SUPPORTED || UNSUPPORTED.includes(key)) return { index: i, key };
	}
	return undefined;
}

/** Line number of a character offset in the lines joined with single spaces. */
export function lineAtOffset(lines: SourceLine[], offset: number): number | undefined {
	let position = 0;
	for (const line of lines) {
		if (offset < position + line.text.length + 1) return line.no;
		position += line.text.length + 1;
	}
	return lines.at(-1)?.no;
}
