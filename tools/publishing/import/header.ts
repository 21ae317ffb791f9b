/** The header of a document: "Số: 25/KH-UBND" and "Thuận Nam, ngày 19 tháng 01 năm 2023". */
import { dateAtStart, displayDate, isoDate } from './dates.ts';
import { fold, ocrFold } from './diacritics.ts';
import { CELL_BREAK } from './normalise.ts';
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
	/** Last input line the place and date took (the date may wrap to the next line). */
	endLine?: number;
	warnings: ImportWarning[];
}

/**
 * Decree 30/2020 symbols: segments joined by hyphens, each opening with a
 * capital or a digit; mixed case is how the decree writes some of them
 * ("QĐ-TTg", "CTr-UBND"), joint symbols just have more segments ("KH-UBND-MTTQ").
 */
export const SYMBOL = /^(?:\p{Lu}|\p{N})[\p{L}\p{N}&.]*(?:-(?:\p{Lu}|\p{N})[\p{L}\p{N}&.]*)*$/u;
/** Segments the decree writes in mixed case, as they come out of a heading or OCR printed in capitals. */
const MIXED_CASE: Record<string, string> = { TTG: 'TTg', CTR: 'CTr' };
const HEADER_LINES = 40;
/** "Số: 25/KH-UBND" anywhere on a header line ("UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND"), in any case. */
const NUMBER_LABEL = /(?:^|[\s|])so\s*:/;

const plain = (text: string) => text.replace(/\*/g, '').trim();
/** "Thuận Nam, ngày 19 tháng 01 năm 2023" (folded); day and month may be blank. */
const PLACE_DATE = /([^,|]{2,60}),\s*ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})?\s*nam\s*(\d{4})/;

/** Split "25/KH-UBND", "/TB-UBND" or "98/2023/NĐ-CP" into number and symbol. */
export function splitNumber(printed: string): { number?: string; symbol?: string } {
	const compact = printed.replace(/\s*\/\s*/g, '/').replace(/\s*-\s*/g, '-').trim();
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
		const head = NUMBER_LABEL.exec(foldLine(text));
		if (!head) continue;
		const printed = printedNumber(text.slice(head.index + head[0].length));
		const split = splitNumber(printed);
		const number = split.number;
		const symbol = split.symbol ? canonicalSymbol(split.symbol) : undefined;
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
				hint: 'Chép ký hiệu đúng như bản gốc: các nhóm chữ nối bằng gạch ngang, ví dụ "KH-UBND", "QĐ-TTg", "KH-UBND-MTTQ".',
			});
			return { number, line: line.no, warnings };
		}
		if (symbol && split.symbol !== symbol) {
			warnings.push({ line: line.no, field: 'symbol', message: `Ký hiệu in "${split.symbol}" đã được ghi theo cách viết của Nghị định 30/2020: "${symbol}" (symbol).`, hint: 'Đối chiếu với bản gốc; ví dụ văn bản của Thủ tướng viết "QĐ-TTg" (chữ g thường).' });
		}
		if (!symbol) {
			warnings.push({ line: line.no, field: 'symbol', message: `Không đọc được ký hiệu văn bản sau "Số:" (symbol).`, hint: 'Chép ký hiệu từ bản gốc, ví dụ "KH-UBND".' });
		}
		return { number, symbol, line: line.no, warnings };
	}
	return { warnings: [] };
}

/** The number and symbol after "Số:", with any spacing ("25 / KH - UBND"), up to the next column or word. */
function printedNumber(rest: string): string {
	const cell = rest.trimStart().split(CELL_BREAK)[0] ?? '';
	const match = /^\s*([\p{L}\p{N}.]*(?:\s*\/\s*[\p{L}\p{N}&.]+(?:\s*-\s*[\p{L}\p{N}&.]+)*)+|[\p{L}\p{N}.]+)/u.exec(cell);
	return match?.[1] ?? '';
}

/** Symbols printed in capitals, or in lower case by OCR, written as the decree writes them ("QĐ-TTG" → "QĐ-TTg"). */
export function canonicalSymbol(symbol: string): string {
	const upper = symbol === symbol.toLocaleUpperCase('vi') || symbol === symbol.toLocaleLowerCase('vi');
	if (!upper) return symbol;
	return symbol.toLocaleUpperCase('vi').split('-').map((part) => MIXED_CASE[part] ?? part).join('-');
}

/** "Thuận Nam, ngày tháng 01 năm 2023": place, and the date as precisely as printed. */
export function parsePlaceDate(lines: SourceLine[], ocr: boolean): PlaceDateInfo {
	const foldLine = ocr ? ocrFold : fold;
	const head = lines.slice(0, HEADER_LINES).filter((l) => l.text !== '');
	for (const [i, line] of head.entries()) {
		// "Tuyên Quang, ngày" / "12 tháng 8 năm 2022": the date line wraps in narrow header columns.
		const next = head[i + 1];
		const wraps = next !== undefined && /ngay\s*(\d{1,2}\s*)?$|,\s*$/.test(foldLine(plain(line.text)));
		const joined = wraps ? `${plain(line.text)} ${plain(next.text)}` : plain(line.text);
		let cell = joined.split(CELL_BREAK).map((c) => c.trim()).find((c) => PLACE_DATE.test(foldLine(c)));
		if (!cell) continue;
		// "Thành phố Hồ Chí" / "Minh, ngày 05 tháng 7 năm 2022": a long place name wraps before the comma.
		const previous = head[i - 1];
		if (previous && cell === joined && isPlaceStart(plain(previous.text))) cell = `${plain(previous.text)} ${cell}`;
		const text = cell;
		const match = PLACE_DATE.exec(foldLine(text))!;
		const [, , day, month, year] = match;
		// Cells merged by a web page or a text layer put the motto or the number before the place.
		const placeStart = Math.max(match.index, ...[/hanh phuc\s*/g, /\/[\p{L}\p{N}&.-]+\s+/gu].flatMap((re) => [...foldLine(text).slice(0, match.index + match[1]!.length).matchAll(re)].map((m) => m.index + m[0].length)));
		const place = text.slice(placeStart, match.index + match[1]!.length).trim();
		const endLine = wraps ? next.no : line.no;
		const warnings: ImportWarning[] = [];
		const date = isoDate(year!, month, month ? day : undefined);
		if (!date) {
			warnings.push({ line: line.no, field: 'date', message: `Ngày ban hành không có thật: "${text}" (date).`, hint: 'Chép ngày từ bản gốc dạng NNNN-TT-NN.' });
			return { place, line: line.no, endLine, warnings };
		}
		if (!day || !month) {
			warnings.push({
				line: line.no,
				field: 'date',
				message: `${!month ? 'Ngày và tháng' : 'Ngày'} ký để trống ("${text}"): chỉ ghi được ${displayDate(date)} (date: ${date}).`,
				hint: 'Để nguyên nếu bản công bố không ghi; điền đủ ngày khi có bản chính thức.',
			});
		}
		return { place, date, line: line.no, endLine, warnings };
	}
	return { warnings: [] };
}

/** The first half of a wrapped place name: a few capitalised words in mixed case, nothing else. */
function isPlaceStart(text: string): boolean {
	const words = text.split(' ');
	return words.length <= 5 && words.every((w) => /^\p{L}+$/u.test(w)) && /^\p{Lu}/u.test(text) && text !== text.toUpperCase();
}

/**
 * A portal post about a decision has no "Số:" header, but says
 * "Ngày 21 tháng 3 năm 2017 Chủ tịch … đã ký ban hành Quyết định số 563/QĐ-UBND …".
 */
export function numberFromAnnouncement(lines: SourceLine[], ocr: boolean): (NumberInfo & { date?: string; sentence?: string }) | undefined {
	const foldLine = ocr ? ocrFold : fold;
	for (const line of lines) {
		const folded = foldLine(line.text);
		const match = /(?:ky|ban hanh)[^.;]{0,60}?quyet dinh so\s+|^quyet dinh so\s+/.exec(folded);
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
		return { number, symbol: symbol && SYMBOL.test(canonicalSymbol(symbol)) ? canonicalSymbol(symbol) : undefined, date, line: line.no, warnings, sentence: line.text };
	}
	return undefined;
}
