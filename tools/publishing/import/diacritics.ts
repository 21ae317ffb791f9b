/**
 * Vietnamese text helpers: diacritic-insensitive folding, and detection of
 * text that lost its diacritics or carries OCR noise.
 */
import type { ImportWarning, SourceLine } from './types.ts';

const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/**
 * Lowercase, without diacritics, "đ" as "d". Keeps the length (one output
 * code unit per input code unit), so a match in the folded text is also a
 * match at the same offsets in the original.
 */
export function fold(text: string): string {
	let out = '';
	for (const unit of text.split('')) {
		if (unit === 'đ' || unit === 'Đ') out += 'd';
		else out += unit.normalize('NFD')[0]!.toLowerCase();
	}
	return out;
}

/** Look-alikes OCR puts inside words: "s6" số, "x4" xã, "1a" là, "t6t" tốt, "hi¢u" hiệu. */
const OCR_LOOKALIKES: Record<string, string> = { '6': 'o', '0': 'o', '4': 'a', '3': 'a', '1': 'l', '¢': 'e', '€': 'e' };

/** fold(), then read digits and symbols inside words as the letters OCR mistook them for. Same length as the input. */
export function ocrFold(text: string): string {
	return fold(text).replace(/[a-z0-9¢€]+/g, (token) =>
		/[a-z]/.test(token) && /[0-9¢€]/.test(token) ? token.replace(/[0-9¢€]/g, (c) => OCR_LOOKALIKES[c] ?? c) : token,
	);
}

/**
 * Share of letters that carry a Vietnamese diacritic (about 0.27 in ordinary
 * Vietnamese prose). With `strict`, "é" does not count: OCR of unaccented
 * scans sprinkles it everywhere while real Vietnamese uses it rarely.
 */
export function diacriticRatio(text: string, strict = false): { ratio: number; letters: number } {
	let letters = 0;
	let marked = 0;
	for (const char of text) {
		if (!/\p{L}/u.test(char)) continue;
		letters++;
		if (VIETNAMESE_MARKED.test(char) && !(strict && (char === 'é' || char === 'É'))) marked++;
	}
	return { ratio: letters === 0 ? 0 : marked / letters, letters };
}

const STRAY = /[¢€£¥©®§~|\\^`{}<>ﬁﬂ@]/u;
const EDGE_PUNCTUATION = /^[.,;:!?()"“”'‘’«»[\]*]+|[.,;:!?()"“”'‘’«»[\]*]+$/gu;

/** Letters Vietnamese does not use; in an OCR copy they are misreadings ("thwéng", "Nghj"). */
const FOREIGN_LETTERS = /[fjwz]/;
const FOREIGN_WORDS = new Set(['email', 'web', 'website', 'online', 'wifi', 'zalo', 'facebook', 'file', 'fax', 'showroom', 'video', 'fanpage']);

/**
 * Tokens of a line that look like OCR misreadings: "s6", "x4", "1a", "XXVI11I",
 * "L&", stray symbols; with `ocr`, also words with f, j, w or z.
 */
export function noiseTokens(line: string, ocr = false): string[] {
	const found: string[] = [];
	for (const raw of line.split(/\s+/)) {
		const token = raw.replace(EDGE_PUNCTUATION, '');
		if (!token) continue;
		if (/^https?:|^[\w.+-]+@[\w-]+\.[\w.]+$/u.test(token)) continue;
		const foreign = ocr && /^\p{Lu}?\p{Ll}+$/u.test(token) && FOREIGN_LETTERS.test(fold(token)) && !FOREIGN_WORDS.has(fold(token));
		if (STRAY.test(token) || isNoisyWord(token) || foreign) found.push(token);
	}
	return found;
}

function isNoisyWord(token: string): boolean {
	if (/\p{Ll}&|&\p{Ll}|^\p{L}&$|^&\p{L}$/u.test(token)) return true;
	return token.split(/[-/&.]/).some((part) => {
		if (!/\p{L}/u.test(part) || !/\d/.test(part)) return false;
		if (/\p{Ll}/u.test(part)) return true;
		return /\p{L}\d+\p{L}/u.test(part);
	});
}

export interface TextQuality {
	/** True when the text as a whole has far fewer diacritics than Vietnamese has: an OCR or typed-without-accents copy. */
	lacksDiacritics: boolean;
	ratio: number;
	warnings: ImportWarning[];
}

const DOCUMENT_THRESHOLD = 0.12;
const LINE_THRESHOLD = 0.08;

/** Check the lines for missing diacritics and OCR noise; every finding carries its line number. */
export function checkTextQuality(lines: SourceLine[]): TextQuality {
	const all = diacriticRatio(lines.map((l) => l.text).join('\n'));
	const lacksDiacritics = all.letters >= 80 && all.ratio < DOCUMENT_THRESHOLD;
	const warnings: ImportWarning[] = [];
	const lowLines = lines.filter((l) => wordCount(l.text) >= 5 && diacriticRatio(l.text, true).ratio < LINE_THRESHOLD);
	const percent = (value: number) => `${Math.round(value * 100)}%`;
	if (lacksDiacritics) {
		warnings.push({
			line: lowLines[0]?.no ?? lines[0]?.no,
			field: 'source.kind',
			message: `Văn bản gần như không có dấu tiếng Việt (chỉ ${percent(all.ratio)} chữ cái có dấu, văn bản thường khoảng 27%): đây là bản nhận dạng chữ (OCR) hoặc gõ không dấu, nên nguồn được ghi là số hóa (source.kind: so-hoa).`,
			hint: 'Khôi phục đầy đủ dấu tiếng Việt (đối chiếu bản gốc có chữ ký) cho trích yếu, nội dung, người ký và nơi nhận trước khi công bố.',
		});
	}
	for (const range of groupRanges(lowLines.map((l) => l.no), lines)) {
		warnings.push({
			line: range[0],
			field: 'ocr',
			message: range[0] === range[1]
				? `Dòng ${range[0]} không có dấu tiếng Việt (ocr).`
				: `Các dòng ${range[0]}–${range[1]} không có dấu tiếng Việt (ocr).`,
			hint: 'Gõ lại có dấu theo bản gốc.',
		});
	}
	for (const line of lines) {
		const tokens = noiseTokens(line.text, lacksDiacritics);
		if (tokens.length === 0) continue;
		warnings.push({
			line: line.no,
			field: 'ocr',
			message: `Có thể là lỗi nhận dạng chữ (ocr): ${tokens.map((t) => `"${t}"`).join(', ')}.`,
			hint: 'Đối chiếu bản gốc và sửa (ví dụ "s6" là "số", "x4" là "xã", "c6" là "có", "1a" là "là").',
		});
	}
	return { lacksDiacritics, ratio: all.ratio, warnings };
}

/** Group line numbers into ranges; only a line with enough words and normal diacritics breaks a range. */
function groupRanges(numbers: number[], lines: SourceLine[]): [number, number][] {
	const breaking = lines.filter((l) => wordCount(l.text) >= 5 && diacriticRatio(l.text, true).ratio >= LINE_THRESHOLD).map((l) => l.no);
	const ranges: [number, number][] = [];
	for (const no of numbers) {
		const last = ranges.at(-1);
		if (last && !breaking.some((b) => b > last[1] && b < no)) last[1] = no;
		else ranges.push([no, no]);
	}
	return ranges;
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
