/** The Vietnamese report the CLI prints: where the draft went, what was read, what needs a person. */
import { AWARD_FORMS } from '../../../src/schema/awards.ts';
import { DOCUMENT_TYPES, SOURCE_KINDS } from '../../../src/schema/vocabulary.ts';
import { displayDate } from './dates.ts';
import type { ImportResult, ImportWarning } from './types.ts';

const MAX_NOISE_LINES = 15;
const none = '— (chưa có)';

function fieldLines(result: ImportResult): string[] {
	const fm = result.frontmatter;
	const signer = fm.signer ? [fm.signer.prefix, fm.signer.for, fm.signer.position ? `/ ${fm.signer.position}` : '', `/ ${fm.signer.name}`].filter(Boolean).join(' ') : none;
	const rows: [string, string][] = [
		['Loại văn bản (type)', fm.type ? `${DOCUMENT_TYPES[fm.type].label} (${fm.type})` : none],
		['Số (number)', fm.number ?? none],
		['Ký hiệu (symbol)', fm.symbol ?? none],
		['Ngày ban hành (date)', fm.date ? `${fm.date} (${displayDate(fm.date)})` : none],
		['Địa danh (place)', fm.place ?? none],
		['Cơ quan ban hành (agency)', fm.agency ?? none],
		['Trích yếu (title)', fm.title ?? none],
		['Người ký (signer)', signer],
		['Căn cứ (basis)', fm.basis.length ? fm.basis.map((b) => [b.kind, b.number, b.date ? `ngày ${displayDate(b.date)}` : ''].filter(Boolean).join(' ')).join('; ') : none],
		['Nơi nhận (recipients)', fm.recipients.length ? `${fm.recipients.length} nơi, dòng cuối "${fm.recipients.at(-1)}"` : none],
		['Thời hạn (deadlines)', fm.deadlines.length ? fm.deadlines.map((d) => displayDate(d.date)).join(', ') : none],
	];
	if (fm.type === 'quyet-dinh-khen-thuong') {
		rows.push(['Hình thức khen thưởng (award)', fm.award ? `${AWARD_FORMS[fm.award].label} (${fm.award})` : none]);
		const individuals = fm.honourees.filter((h) => h.kind === 'ca-nhan').length;
		rows.push(['Người, tập thể được khen (honourees)', fm.honourees.length ? `${fm.honourees.length} (${individuals} cá nhân, ${fm.honourees.length - individuals} tập thể/hộ)` : none]);
	}
	rows.push(['Nguồn (source)', `${SOURCE_KINDS[fm.source.kind]} (${fm.source.kind})${fm.source.url ? `, ${fm.source.url}` : ''}`]);
	return rows.map(([label, value]) => `  ${label}: ${value}`);
}

function warningLine(w: ImportWarning): string {
	return `  - ${w.line ? `Dòng ${w.line}: ` : ''}${w.message}${w.hint ? `\n      → ${w.hint}` : ''}`;
}

export function formatReport(result: ImportResult, target: { path: string; written: boolean }): string {
	const out: string[] = [];
	out.push(target.written ? `Đã tạo bản nháp: ${target.path}` : `Chạy thử (--dry-run), chưa ghi tệp. Tệp sẽ được ghi vào: ${target.path}`);
	out.push('', 'Đã đọc được:', ...fieldLines(result));
	const isNoise = (w: ImportWarning) => w.field === 'ocr' && w.message.startsWith('Có thể là lỗi');
	const main = result.warnings.filter((w) => !isNoise(w));
	const noise = result.warnings.filter(isNoise);
	out.push('', `Cần kiểm tra (${result.warnings.length} cảnh báo):`);
	if (result.warnings.length === 0) out.push('  Không có cảnh báo.');
	out.push(...main.map(warningLine));
	if (noise.length > 0) {
		out.push(`  - ${noise.length} dòng có chữ nghi bị nhận dạng sai (ocr):`);
		out.push(...noise.slice(0, MAX_NOISE_LINES).map((w) => `      dòng ${w.line}: ${w.message.replace(/^Có thể là lỗi nhận dạng chữ \(ocr\): /, '')}`));
		if (noise.length > MAX_NOISE_LINES) out.push(`      … và ${noise.length - MAX_NOISE_LINES} dòng khác.`);
	}
	out.push(
		'',
		'Việc tiếp theo: mở tệp, đối chiếu với bản gốc, xử lý các dòng "# TODO" và "# CẢNH BÁO",',
		'viết tóm tắt (summary), rồi đổi "draft: true" thành "draft: false" khi công bố.',
	);
	return out.join('\n');
}
