/**
 * Nothing unreviewed goes out. `npm run new` and `npm run import` write drafts
 * full of TODO notes, examples and warnings for the officer; a document that
 * is no longer a draft must hold none of them. These are errors, not
 * warnings: a TODO line or a template note on a public page is a published
 * mistake. Drafts may hold all of it (they never reach any output).
 */
import type { RawEntry } from './load.ts';
import { pathToField, type Problem } from './problem.ts';
import { foldForMatch } from '../schema/nearest.ts';

/** Notes left for a person: the tools' "TODO", and what editors everywhere write for the same. */
const TODO_MARKER = /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD)(?![\p{L}\p{N}])/iu;
/**
 * In a YAML comment, a note rather than a mention: "# TODO: …", "# - FIXME …".
 * The tools' header comments mention "các dòng TODO" and may stay.
 */
const TODO_NOTE = /^\s*(?:[-*]\s*)?(?:TODO|FIXME|TBD)\b|(?:TODO|FIXME|TBD)\s*:/iu;
/** The header `npm run import` writes above its warnings ("# CẢNH BÁO CỦA CÔNG CỤ NHẬP …"), matched with or without diacritics. */
const IMPORT_WARNINGS = /canh bao cua cong cu nhap/;
/** A value that only holds a place: "…", "...", "___", "xxx", "???", "[số]", "<họ tên>". */
const PLACEHOLDER_VALUE = /^(?:[.…_\s]+|x{3,}|\?+|\[[^\]]*\]|<[^>]*>)$/iu;
/** A value that says it is not known yet: "chưa rõ", "không rõ", "chưa xác định", "chua-ro-co-quan" (matched folded). */
const NOT_KNOWN_VALUE = /^(?:chua ro|khong ro|chua xac dinh|chua biet|can xac dinh|unknown|n a)(?: co quan| nam| nguoi ky)?$/;
/**
 * "Nguyễn Văn A", "Trần Thị B.": the usual stand-in for a person's name. A
 * one-letter given name without diacritics is never real ("Ý" is, so is the
 * Ê Đê "Y", which comes first).
 */
const STAND_IN_NAME = /\S\s+[A-XZ]\.?$/u;
/** MDX comments: the body is not compiled as MDX, so `{/* … *\/}` is printed as typed. */
const MDX_COMMENT = /\{\/\*[\s\S]*?(?:\*\/\}|$)/g;

/** A document that will be published: not a draft (embargoed ones count, they go out on their own). */
export function isPublishable(entry: RawEntry): boolean {
	const data = entry.data as { draft?: unknown } | null | undefined;
	return entry.collection === 'documents' && typeof data === 'object' && data !== null && data.draft !== true;
}

const error = (entry: RawEntry, line: number | undefined, field: string, message: string, hint: string): Problem =>
	({ severity: 'error', file: entry.file, line, field, message, hint });

/** The comment of one YAML line, if any: a whole-line `# …` or a ` # …` after the value, outside quotes. */
export function yamlComment(line: string): string | undefined {
	const whole = /^\s*#(.*)$/.exec(line);
	if (whole) return whole[1];
	let quote: string | undefined;
	for (let i = 1; i < line.length; i++) {
		const c = line[i]!;
		if (quote) {
			if (c === quote && line[i - 1] !== '\\') quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '#' && /\s/.test(line[i - 1]!)) return line.slice(i + 1);
	}
	return undefined;
}

/** The technical field a tool's TODO note names in brackets, "(summary)", so the message shows the field. */
const namedField = (note: string) => /\(([a-z][A-Za-z.]*)\)/.exec(note)?.[1] ?? '(khai báo)';

function frontmatterComments(entry: RawEntry): Problem[] {
	const out: Problem[] = [];
	// Lines between the opening and the closing "---" (bodyLine is the closing one).
	const lines = entry.source.split(/\r?\n/).slice(1, entry.bodyLine - 1);
	let inWarningBlock = false;
	lines.forEach((line, index) => {
		const comment = yamlComment(line);
		const lineNumber = index + 2;
		if (comment === undefined) {
			inWarningBlock = false;
			return;
		}
		if (IMPORT_WARNINGS.test(foldForMatch(comment))) {
			inWarningBlock = true;
			out.push(error(entry, lineNumber, '(khai báo)', 'còn khối "CẢNH BÁO CỦA CÔNG CỤ NHẬP": các cảnh báo của lệnh nhập chưa được xử lý',
				'đối chiếu từng cảnh báo với bản gốc, sửa trường tương ứng, rồi xóa cả khối (dòng tiêu đề và các dòng "# - …" dưới nó); hoặc giữ "draft: true" nếu chưa xử lý xong'));
		} else if (TODO_NOTE.test(comment) && !inWarningBlock) {
			out.push(error(entry, lineNumber, namedField(comment), `còn ghi chú chưa xử lý: "# ${comment.trim().slice(0, 100)}"`,
				'điền trường mà ghi chú nhắc (hoặc bỏ trường nếu bản gốc không có), rồi xóa dòng ghi chú này'));
		}
	});
	return out;
}

type Path = (string | number)[];

/** Calls visit with every string in the data and its path; the path array is reused, so copy it to keep it. */
function eachString(value: unknown, visit: (path: Path, text: string) => void, path: Path = []): void {
	if (typeof value === 'string') visit(path, value);
	else if (value && typeof value === 'object') {
		for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
			path.push(key);
			eachString(item, visit, path);
			path.pop();
		}
	}
}

/** Where a person's name stands: the signer, and individuals honoured. */
function isPersonName(path: Path, data: { honourees?: { kind?: unknown }[] }): boolean {
	if (path.join('.') === 'signer.name') return true;
	return path[0] === 'honourees' && path[2] === 'name' && data.honourees?.[path[1] as number]?.kind === 'ca-nhan';
}

const isExampleUrl = (text: string) => {
	// Most values are not addresses: a failed URL parse throws, and throwing for each one cost 2 ms a document.
	if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return false;
	try {
		return new URL(text.trim()).hostname.split('.').includes('example');
	} catch {
		return false;
	}
};

/** Ids of other files: an unresolved one ("chua-ro-co-quan") is reported by the reference rules, with the nearest ids. */
const REFERENCES = new Set(['agency', 'campaign', 'parent', 'successor']);

function placeholderValues(entry: RawEntry): Problem[] {
	const out: Problem[] = [];
	const data = entry.data as { honourees?: { kind?: unknown }[] };
	eachString(entry.data, (path, text) => {
		if (path.length === 1 && REFERENCES.has(String(path[0]))) return;
		const value = text.trim();
		let message: string | undefined;
		if (TODO_MARKER.test(value)) message = `còn chữ "TODO" hoặc ghi chú cho người biên tập: "${value.slice(0, 100)}"`;
		else if (value !== '' && (PLACEHOLDER_VALUE.test(value) || (value.length <= 24 && NOT_KNOWN_VALUE.test(foldForMatch(value))))) message = `"${value}" chỉ là chỗ trống để điền`;
		else if (isPersonName(path, data) && STAND_IN_NAME.test(value)) message = `"${value}" là tên mẫu, không phải họ tên thật`;
		else if (isExampleUrl(value)) message = `"${value}" là địa chỉ mẫu`;
		if (message) out.push(error(entry, entry.lineOf(path), pathToField(path), message, 'ghi giá trị thật như trên bản gốc, hoặc xóa trường này nếu bản gốc không có'));
	});
	return out;
}

/** 1-based line of an offset in the body, as a line of the file. */
const bodyLineAt = (entry: RawEntry, offset: number) => entry.bodyLine + entry.body.slice(0, offset).split('\n').length - 1;

function bodyNotes(entry: RawEntry): Problem[] {
	const out: Problem[] = [];
	for (const match of entry.body.matchAll(MDX_COMMENT)) {
		out.push(error(entry, bodyLineAt(entry, match.index), 'body', `ghi chú {/* … */} sẽ hiện nguyên văn trên trang: "${match[0].slice(0, 80).replace(/\s+/g, ' ')}"`,
			'làm theo hướng dẫn trong ghi chú (nếu có), rồi xóa cả ghi chú từ "{/*" tới "*/}"'));
	}
	entry.body.split('\n').forEach((line, index) => {
		if (TODO_MARKER.test(line) && !line.includes('{/*')) {
			out.push(error(entry, entry.bodyLine + index, 'body', `còn dòng ghi chú chưa xử lý trong toàn văn: "${line.trim().slice(0, 100)}"`,
				'làm theo ghi chú rồi xóa dòng này; toàn văn chỉ gồm chữ của văn bản'));
		}
	});
	const text = entry.body.replace(MDX_COMMENT, '').replace(/<!--[\s\S]*?(?:-->|$)/g, '').split('\n').filter((line) => !TODO_MARKER.test(line)).join('\n');
	if (!/\p{L}/u.test(text)) {
		out.push(error(entry, entry.bodyLine + 1, 'body', 'chưa có toàn văn: phần dưới dòng "---" thứ hai trống hoặc chỉ có ghi chú, chỗ trống',
			'dán toàn văn văn bản dưới dòng "---" thứ hai (xem mục "Phần toàn văn" trong hướng dẫn biên tập), hoặc giữ "draft: true" cho tới khi có'));
	}
	return out;
}

/** Errors for every TODO, template note, importer warning, placeholder value and empty body left in a document about to be published. */
export function checkPlaceholders(entries: RawEntry[]): Problem[] {
	return entries.filter(isPublishable).flatMap((entry) => [...frontmatterComments(entry), ...placeholderValues(entry), ...bodyNotes(entry)]);
}
