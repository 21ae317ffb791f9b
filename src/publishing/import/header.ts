/** The header of a document: "Số: 25/KH-UBND" and "Thuận Nam, ngày 19 tháng 01 năm 2023". */
import { dateAtStart, displayDate, isoDate } from './dates.ts';
import { fold, ocrFold } from './diacritics.ts';
import type { ImportWarning, SourceLine } from './types.ts';

export interface NumberInfo {
	number?: string;
	symbol?: string;
	line?: number;
	warnings: ImportWarning[];
}

export interface PlaceDateInfo {
	place?: string;
	date?: string;
	line?: number;
	warnings: ImportWarning[];
}

const SYMBOL = /^[\p{Lu}\p{N}&.]+(?:-[\p{Lu}\p{N}&.]+)*$/u;
const HEADER_LINES = 40;

const plain = (text: string) => text.replace(/\*/g, '').trim();

/** Split "25/KH-UBND", "/TB-UBND" or "98/2023/NĐ-CP" into number and symbol. */
export function splitNumber(printed: string): { number?: string; symbol?: string } {
	const compact = printed.replace(/\s*\/\s*/g, '/').trim();
	const parts = compact.split('/');
	const last = parts.at(-1) ?? '';
	if (parts.length < 2 || !/\p{L}/u.test(last)) return { number: compact || undefined };
	const number = parts.slice(0, -1).join('/').trim();
	return { number: number || undefined, symbol: last };
}

export function parseNumber(lines: SourceLine[], ocr: boolean): NumberInfo {
	const foldLine = ocr ? ocrFold : fold;
	for (const line of lines.slice(0, HEADER_LINES)) {
		const text = plain(line.text);
		const head = /^so\s*:/.exec(foldLine(text));
		if (!head) continue;
		const printed = /^\s*([\p{L}\p{N}.]*\s*\/\s*[\p{L}\p{N}&./-]+|[\p{L}\p{N}.]+)/u.exec(text.slice(head[0].length))?.[1] ?? '';
		const { number, symbol } = splitNumber(printed);
		const warnings: ImportWarning[] = [];
		if (!number) {
			warnings.push({
				line: line.no,
				field: 'number',
				message: `Số văn bản để trống ("${text}"): không ghi số (number).`,
				hint: 'Bản công bố chưa có số. Điền "number" nếu có bản chính thức đã cấp số; nếu không, để trống.',
			});
		}
		if (symbol && !SYMBOL.test(symbol)) {
			warnings.push({
				line: line.no,
				field: 'symbol',
				message: `Không đọc được ký hiệu văn bản "${symbol}" (symbol).`,
				hint: 'Ký hiệu viết hoa, nối bằng gạch ngang, ví dụ "KH-UBND".',
			});
			return { number, line: line.no, warnings };
		}
		if (!symbol) {
			warnings.push({ line: line.no, field: 'symbol', message: `Không đọc được ký hiệu văn bản sau "Số:" (symbol).`, hint: 'Chép ký hiệu từ bản gốc, ví dụ "KH-UBND".' });
		}
		return { number, symbol, line: line.no, warnings };
	}
	return { warnings: [] };
}

/** "Thuận Nam, ngày tháng 01 năm 2023": place, and the date as precisely as printed. */
export function parsePlaceDate(lines: SourceLine[], ocr: boolean): PlaceDateInfo {
	const foldLine = ocr ? ocrFold : fold;
	for (const line of lines.slice(0, HEADER_LINES)) {
		const text = plain(line.text);
		const match = /^([^,]{2,60}),\s*ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})?\s*nam\s*(\d{4})/.exec(foldLine(text));
		if (!match) continue;
		const [, , day, month, year] = match;
		const place = text.slice(match.index, match.index + match[1]!.length).replace(/^.*\/[\p{L}\p{N}&.-]+\s+/u, '').trim();
		const warnings: ImportWarning[] = [];
		const date = isoDate(year!, month, month ? day : undefined);
		if (!date) {
			warnings.push({ line: line.no, field: 'date', message: `Ngày ban hành không có thật: "${text}" (date).`, hint: 'Chép ngày từ bản gốc dạng NNNN-TT-NN.' });
			return { place, line: line.no, warnings };
		}
		if (!day || !month) {
			warnings.push({
				line: line.no,
				field: 'date',
				message: `${!month ? 'Ngày và tháng' : 'Ngày'} ký để trống ("${text}"): chỉ ghi được ${displayDate(date)} (date: ${date}).`,
				hint: 'Để nguyên nếu bản công bố không ghi; điền đủ ngày khi có bản chính thức.',
			});
		}
		return { place, date, line: line.no, warnings };
	}
	return { warnings: [] };
}

/**
 * A portal post about a decision has no "Số:" header, but says
 * "Ngày 21 tháng 3 năm 2017 Chủ tịch … đã ký ban hành Quyết định số 563/QĐ-UBND …".
 */
export function numberFromAnnouncement(lines: SourceLine[], ocr: boolean): (NumberInfo & { date?: string; sentence?: string }) | undefined {
	const foldLine = ocr ? ocrFold : fold;
	for (const line of lines) {
		const folded = foldLine(line.text);
		const match = /(?:ky|ban hanh)[^.;]{0,60}?quyet dinh so\s+/.exec(folded);
		if (!match) continue;
		const rest = line.text.slice(match.index + match[0].length);
		const printed = /^[\p{L}\p{N}.]*\s*\/\s*[\p{L}\p{N}&./-]*\p{L}/u.exec(rest)?.[0];
		if (!printed) continue;
		const { number, symbol } = splitNumber(printed);
		const sentenceStart = Math.max(folded.lastIndexOf('. ', match.index) + 1, 0);
		const before = folded.slice(sentenceStart, match.index);
		const dateMatch = /(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})/.exec(before);
		const date = dateMatch ? dateAtStart(dateMatch[1]!)?.date : undefined;
		const warnings: ImportWarning[] = [{
			line: line.no,
			field: 'number',
			message: `Bản này không có phần đầu "Số: …"; số, ký hiệu${date ? ' và ngày' : ''} lấy từ câu ở dòng ${line.no}: ${number ?? ''}/${symbol ?? ''}${date ? `, ${displayDate(date)}` : ''} (number, symbol${date ? ', date' : ''}).`,
			hint: 'Đối chiếu với bản quyết định gốc.',
		}];
		return { number, symbol: symbol && SYMBOL.test(symbol) ? symbol : undefined, date, line: line.no, warnings, sentence: line.text };
	}
	return undefined;
}
