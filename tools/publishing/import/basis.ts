/**
 * Legal basis: the documents a "Căn cứ …" or "Thực hiện …" paragraph cites,
 * each with kind, number, date, issuer and title when printed.
 */
import { dateAtStart, displayDate } from './dates.ts';
import { fold, ocrFold } from './diacritics.ts';
import { capitalise } from './title.ts';
import type { Block, Citation, ImportWarning } from './types.ts';

const KINDS: [string, string][] = [
	['bo luat', 'Bộ luật'], ['luat', 'Luật'], ['hien phap', 'Hiến pháp'], ['phap lenh', 'Pháp lệnh'],
	['nghi dinh', 'Nghị định'], ['nghi quyet', 'Nghị quyết'], ['quyet dinh', 'Quyết định'], ['ke+ hoach', 'Kế hoạch'],
	['thong tu', 'Thông tư'], ['chi thi', 'Chỉ thị'], ['cong van', 'Công văn'], ['thong bao(?: ket luan)?', 'Thông báo'],
	['huong dan', 'Hướng dẫn'], ['chuong trinh(?: hanh dong)?', 'Chương trình'], ['to trinh', 'Tờ trình'],
	['van ban', 'Văn bản'], ['quy dinh', 'Quy định'], ['bao cao', 'Báo cáo'],
];
const KIND_ALTERNATION = KINDS.map(([pattern]) => pattern).join('|');
/** "Quyết định số 465/QĐ-UBND", "Nghị quyết 13-NQ/TU" (folded, OCR "sé"/"s6" tolerated). */
const NUMBERED = new RegExp(`(?<![a-z])(${KIND_ALTERNATION})\\s+(?:s[oe]\\s+)?(\\d[a-z0-9./-]*[a-z0-9])`, 'g');
/** "Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001": laws are cited by name and date. */
const LAW = /(?<![a-z])(bo luat|luat)\s+([a-z][^;]*?)\s+ngay\s+(?=\d)/g;
const OF = /^\s*,?\s*(?:cua|ctia|cta|cia|ciia|caa)\s+/;
const ABOUT = /\s(?:ve|v\/v|quy dinh|ban hanh|huong dan|phe duyet)\s/;

export const isBasisBlock = (block: Block, ocr: boolean) =>
	/^(can cu|thuc hien)\b/.test((ocr ? ocrFold : fold)(block.text.replace(/^\*+/, '')));

interface Start {
	index: number;
	kind: string;
	numberStart?: number;
	numberEnd: number;
}

function kindLabel(folded: string): string {
	return KINDS.find(([pattern]) => new RegExp(`^(?:${pattern})$`).test(folded))?.[1] ?? capitalise(folded);
}

/** References in one paragraph, in order. */
export function citationsIn(text: string, ocr: boolean): Citation[] {
	const folded = (ocr ? ocrFold : fold)(text);
	const starts: Start[] = [];
	for (const m of folded.matchAll(NUMBERED)) {
		const numberStart = m.index + m[0].length - m[2]!.length;
		starts.push({ index: m.index, kind: kindLabel(m[1]!), numberStart, numberEnd: numberStart + m[2]!.length });
	}
	for (const m of folded.matchAll(LAW)) {
		if (/(?:cua|ctia|cta)\s+$/.test(folded.slice(0, m.index))) continue;
		if (starts.some((s) => s.index <= m.index && m.index < s.numberEnd)) continue;
		starts.push({ index: m.index, kind: kindLabel(m[1]!), numberEnd: m.index + m[1]!.length + 1 });
	}
	starts.sort((a, b) => a.index - b.index);
	const citations: Citation[] = [];
	starts.forEach((start, i) => {
		const end = Math.min(starts[i + 1]?.index ?? text.length, sentenceEnd(folded, start.numberEnd));
		const citation: Citation = { kind: start.kind };
		if (start.numberStart !== undefined) citation.number = text.slice(start.numberStart, start.numberEnd);
		let cursor = start.numberEnd;
		if (start.numberStart === undefined) {
			const name = /^(\s*)([^;]*?)\s+(?=ngay\s+\d)/.exec(folded.slice(cursor, end));
			if (name) {
				const from = cursor + name[1]!.length;
				citation.title = text.slice(from, from + name[2]!.length).trim();
				cursor += name[0].length;
			}
		}
		const dated = /^\s*,?\s*(?:ban hanh\s+)?ngay\s+/.exec(folded.slice(cursor, end));
		if (dated) {
			const date = dateAtStart(folded.slice(cursor + dated[0].length, end));
			if (date) {
				citation.date = date.date;
				cursor += dated[0].length + date.length;
			}
		}
		const of = OF.exec(folded.slice(cursor, end));
		if (of) {
			const from = cursor + of[0].length;
			const about = ABOUT.exec(folded.slice(from, end));
			const stop = /[,;(]/.exec(folded.slice(from, end));
			const to = from + Math.min(about?.index ?? end - from, stop?.index ?? end - from);
			citation.issuer = text.slice(from, to).trim();
			cursor = to;
		}
		const about = ABOUT.exec(folded.slice(cursor - 1, end));
		if (about && !citation.title && about.index <= 2) {
			const title = text.slice(cursor - 1 + about.index, end).replace(/[\s;,.]+$/u, '').replace(/\s+và$/u, '').trim();
			if (title) citation.title = capitalise(title);
		}
		if (!citation.number && !citation.date) return;
		const { kind, number, date, issuer, title } = citation;
		citations.push({ kind, ...(number && { number }), ...(date && { date }), ...(issuer && { issuer }), ...(title && { title }) });
	});
	return citations;
}

/** The end of the sentence that starts before `from`: a "; " or ". " or the end. */
function sentenceEnd(folded: string, from: number): number {
	const match = /;|\.(?=\s|$)/.exec(folded.slice(from));
	return match ? from + match.index : folded.length;
}

export function extractBasis(blocks: Block[], ocr: boolean): { basis: Citation[]; blockIndexes: number[]; warnings: ImportWarning[] } {
	const basis: Citation[] = [];
	const blockIndexes: number[] = [];
	const warnings: ImportWarning[] = [];
	blocks.forEach((block, index) => {
		if (!isBasisBlock(block, ocr)) return;
		blockIndexes.push(index);
		const found = citationsIn(block.text, ocr).filter((c) => !basis.some((b) => b.number && b.number === c.number));
		if (found.length === 0 && /\d+\s*\/|\bs[oố6]\s+\d/iu.test(block.text)) {
			warnings.push({ line: block.line, field: 'basis', message: `Không đọc được văn bản căn cứ nào ở dòng ${block.line} (basis).`, hint: 'Nếu đoạn này dẫn văn bản có số, ngày, thêm vào "basis" bằng tay.' });
		}
		for (const citation of found) {
			basis.push(citation);
			if (ocr) {
				warnings.push({
					line: block.line,
					field: 'basis',
					message: `Căn cứ "${citation.kind} ${citation.number ?? ''}${citation.date ? ` ngày ${displayDate(citation.date)}` : ''}" đọc từ bản OCR; cơ quan ban hành và trích yếu chưa có dấu (basis).`,
					hint: 'Đối chiếu số, ngày với bản gốc và khôi phục dấu.',
				});
			}
		}
	});
	return { basis, blockIndexes, warnings };
}
