/** One thing wrong with the content, in words a press officer can act on. */
export interface Problem {
	severity: 'error' | 'warning';
	/** Path relative to the repository, e.g. "content/documents/ubnd-huyen-x/2024/a.mdx". */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** Technical field path, e.g. "honourees[2].award". */
	field: string;
	message: string;
	/** How to fix it. */
	hint?: string;
}

/** Vietnamese names of fields, shown beside the technical name. */
const FIELD_LABELS: Record<string, string> = {
	type: 'loại văn bản', number: 'số', symbol: 'ký hiệu', date: 'ngày ban hành', place: 'địa danh',
	agency: 'cơ quan ban hành', title: 'trích yếu', summary: 'tóm tắt', signer: 'người ký', basis: 'căn cứ',
	recipients: 'nơi nhận', deadlines: 'thời hạn', campaign: 'phong trào', source: 'nguồn', attachments: 'tệp đính kèm',
	award: 'hình thức khen thưởng', awardAsPrinted: 'hình thức khen thưởng như in trên văn bản', honourees: 'danh sách khen thưởng', aliases: 'đường dẫn cũ', corrections: 'đính chính',
	withdrawn: 'thu hồi', draft: 'bản nháp', publishAt: 'thời điểm công bố', name: 'tên', level: 'cấp',
	province: 'tỉnh', parent: 'cơ quan cấp trên', validFrom: 'ngày bắt đầu', validTo: 'ngày kết thúc',
	successor: 'cơ quan kế nhiệm', spokespersons: 'người phát ngôn', start: 'ngày bắt đầu', end: 'ngày kết thúc',
	areas: 'lĩnh vực', slogan: 'khẩu hiệu', awardForms: 'hình thức khen thưởng', kind: 'loại',
	nominationDeadlines: 'hạn đề nghị khen thưởng', milestones: 'mốc phong trào', changes: 'ghi chú thay đổi', excerpt: 'phần văn bản có trên trang', file: 'tệp', body: 'nội dung', email: 'thư điện tử', phone: 'điện thoại',
};

/** Labels of fields inside lists and objects, where the top-level label would mislead. */
const NESTED_LABELS: Record<string, string> = {
	date: 'ngày', what: 'nội dung', name: 'tên', position: 'chức vụ', unit: 'đơn vị', email: 'thư điện tử', phone: 'điện thoại',
	award: 'hình thức khen thưởng', kind: 'loại', document: 'văn bản', prefix: 'thẩm quyền ký', reason: 'lý do', file: 'tệp',
	title: 'tên', number: 'số', issuer: 'cơ quan ban hành', from: 'từ ngày', to: 'đến ngày',
	awardAsPrinted: 'hình thức khen thưởng như in trên văn bản',
};

/** "thời hạn › ngày (deadlines[0].date)": Vietnamese first, then the technical name. */
export function fieldLabel(field: string): string {
	const parts = field.split('.').map((part) => part.replace(/\[\d+\]$/, ''));
	const top = FIELD_LABELS[parts[0] ?? ''];
	const nested = parts.length > 1 ? (NESTED_LABELS[parts.at(-1)!] ?? FIELD_LABELS[parts.at(-1)!]) : undefined;
	const label = [top, nested].filter(Boolean).join(' › ');
	return label ? `${label} (${field})` : field;
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const kind = problem.severity === 'error' ? 'LỖI' : 'CẢNH BÁO';
	const hint = problem.hint ? `\n    Cách sửa: ${problem.hint}` : '';
	return `${kind} ${where}\n    Trường ${fieldLabel(problem.field)}: ${problem.message}${hint}`;
}

export function formatReport(problems: Problem[]): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const lines = problems.map(formatProblem);
	lines.push(`\n${errors} lỗi, ${warnings} cảnh báo.`);
	return lines.join('\n');
}

/** "honourees.2.award" from a zod path. */
export function pathToField(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}
