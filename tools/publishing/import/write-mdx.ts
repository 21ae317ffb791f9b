/**
 * The draft file: YAML frontmatter with every field read, a TODO comment for
 * each field that still needs a person, the warnings, then the body.
 */
import { yamlField } from '../../../src/lib/yaml.ts';
import { UNRESOLVED_AGENCY } from './agency.ts';
import type { DraftFrontmatter, ImportWarning } from './types.ts';

type Key = keyof DraftFrontmatter | 'campaign';

/** Field order of the finished example; `required` fields get an empty value so the schema refuses the draft until filled. */
const FIELDS: { key: Key; todo: string; required?: boolean; awardOnly?: boolean; notForNews?: boolean }[] = [
	{ key: 'type', todo: 'loại văn bản (type): ke-hoach, thong-bao-ket-luan, quyet-dinh-khen-thuong hoặc tin-bai', required: true },
	{ key: 'number', todo: 'số văn bản (number), ví dụ number: "25"; để trống nếu bản công bố không ghi số', notForNews: true },
	{ key: 'symbol', todo: 'ký hiệu (symbol), ví dụ KH-UBND', notForNews: true },
	{ key: 'date', todo: 'ngày ban hành (date), dạng "2024-01-19", "2024-01" hoặc "2024"', required: true },
	{ key: 'place', todo: 'địa danh ở đầu văn bản (place), ví dụ Thuận Nam', notForNews: true },
	{ key: 'agency', todo: 'mã cơ quan ban hành (agency): tên tệp trong content/agencies, ví dụ ubnd-huyen-mo-duc', required: true },
	{ key: 'title', todo: 'trích yếu (title) như in trên văn bản', required: true },
	{ key: 'summary', todo: 'tóm tắt (summary): một hai câu cho danh sách, kết quả tìm kiếm và ảnh chia sẻ', required: true },
	{ key: 'campaign', todo: 'mã phong trào (campaign) nếu văn bản thuộc một phong trào trong content/campaigns' },
	{ key: 'signer', todo: 'người ký (signer): prefix (TM./KT./TL./TUQ.), for, position, name', notForNews: true },
	{ key: 'basis', todo: 'căn cứ (basis): các văn bản được dẫn "Căn cứ", "Thực hiện" (kind, number, date, issuer)' },
	{ key: 'recipients', todo: 'nơi nhận (recipients), mỗi dòng một nơi, kết thúc bằng "Lưu: VT."', notForNews: true },
	{ key: 'deadlines', todo: 'thời hạn (deadlines): date và what cho từng việc có hạn' },
	{ key: 'award', todo: 'hình thức khen thưởng (award): một mã trong src/schema/awards.ts', awardOnly: true },
	{ key: 'honourees', todo: 'danh sách khen thưởng (honourees): kind, name, honorific, position, unit', awardOnly: true },
	{ key: 'source', todo: 'nguồn (source)' },
	{ key: 'draft', todo: 'bản nháp (draft)' },
];

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function warningLines(warnings: ImportWarning[]): string[] {
	if (warnings.length === 0) return [];
	const isNoise = (w: ImportWarning) => w.field === 'ocr' && w.message.startsWith('Có thể là lỗi');
	const noise = warnings.filter(isNoise);
	const lines = ['', '# CẢNH BÁO CỦA CÔNG CỤ NHẬP (xử lý xong thì xóa các dòng này):'];
	for (const w of warnings.filter((x) => !isNoise(x))) {
		lines.push(`# - ${w.line ? `dòng ${w.line}: ` : ''}${w.message}${w.hint ? ` Gợi ý: ${w.hint}` : ''}`.replace(/\s*\n\s*/g, ' '));
	}
	if (noise.length > 0) {
		const numbers = noise.map((w) => w.line).filter((n): n is number => n !== undefined);
		const shown = numbers.slice(0, 40).join(', ') + (numbers.length > 40 ? ', …' : '');
		lines.push(`# - ${noise.length} dòng có chữ nghi bị nhận dạng sai (ocr), ở các dòng ${shown} của tệp gốc; xem danh sách đầy đủ trong báo cáo của lệnh nhập.`);
	}
	return lines;
}

/** `lacksDiacritics`: the text lost its diacritics (old OCR), so the whole draft needs them restored by hand. */
export function toMdx(frontmatter: DraftFrontmatter, body: string, warnings: ImportWarning[], fileName?: string, lacksDiacritics = frontmatter.source.kind === 'so-hoa'): string {
	const lines: string[] = [
		`# Bản nháp do lệnh "npm run import" tạo${fileName ? ` từ tệp ${fileName}` : ''}. Kiểm tra từng trường với bản gốc,`,
		'# xử lý các dòng TODO và CẢNH BÁO, rồi đổi "draft: true" thành "draft: false" khi công bố.',
	];
	const record = frontmatter as unknown as Record<string, unknown>;
	const isAward = frontmatter.type === 'quyet-dinh-khen-thuong';
	for (const field of FIELDS) {
		const value = record[field.key];
		if (!isEmpty(value)) {
			if (field.key === 'agency' && value === UNRESOLVED_AGENCY) lines.push(`# TODO: ${field.todo}. Cơ quan in trên văn bản chưa có trong content/agencies: xem cảnh báo bên dưới`);
			lines.push(yamlField(field.key, value).trimEnd());
			continue;
		}
		if ((field.awardOnly && !isAward) || (field.notForNews && frontmatter.type === 'tin-bai')) continue;
		lines.push(`# TODO: ${field.todo}`);
		if (field.required) lines.push(`${field.key}: ""`);
	}
	if (lacksDiacritics) {
		lines.push('# TODO: khôi phục đầy đủ dấu tiếng Việt cho toàn bộ bản nháp trước khi công bố (bản số hóa, không dấu)');
	}
	lines.push(...warningLines(warnings));
	return `---\n${lines.join('\n')}\n---\n\n${body.trimEnd()}\n`;
}

