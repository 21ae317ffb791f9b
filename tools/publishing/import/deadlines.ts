/** Deadlines the document sets: "chậm nhất là ngày 30/11/2023", "trước ngày 10/11/2024". */
import { dateAtStart, displayDate } from './dates.ts';
import { fold, ocrFold } from './diacritics.ts';
import type { Block, ImportWarning } from './types.ts';

const PHRASE = /(?<![a-z])(?:cham nhat (?:la )?(?:vao )?(?:ngay|den ngay|truoc ngay)|han (?:cuoi|chot) (?:la )?(?:ngay)?|khong muon hon ngay|truoc ngay|tru\w?oc ngay)\s*/g;
const OCR_PHRASE = /(?<![a-z])(?:cham nhat (?:la )?ngay|tr\w{1,3}c ngay)\s*/g;
const MAX_WHAT = 280;

export interface Deadline {
	date: string;
	what: string;
}

export function extractDeadlines(blocks: Block[], ocr: boolean): { deadlines: Deadline[]; warnings: ImportWarning[] } {
	const deadlines: Deadline[] = [];
	const warnings: ImportWarning[] = [];
	for (const block of blocks) {
		const text = block.text.replace(/\*/g, '');
		const folded = (ocr ? ocrFold : fold)(text);
		for (const match of folded.matchAll(ocr ? OCR_PHRASE : PHRASE)) {
			const found = dateAtStart(folded.slice(match.index + match[0].length));
			if (!found) continue;
			const what = sentenceAround(text, match.index);
			if (deadlines.some((d) => d.date === found.date && d.what === what)) continue;
			deadlines.push({ date: found.date, what });
			if (ocr) {
				warnings.push({
					line: block.line,
					field: 'deadlines',
					message: `Thời hạn ${displayDate(found.date)} đọc từ bản OCR (deadlines).`,
					hint: 'Đối chiếu ngày với bản gốc và viết lại mô tả "what" có dấu.',
				});
			}
		}
	}
	return { deadlines, warnings };
}

/** The sentence holding the deadline, without list markers, ending with a full stop. */
function sentenceAround(text: string, index: number): string {
	const before = text.slice(0, index);
	const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
	const start = boundary < 0 ? 0 : boundary + 2;
	const after = /\.(?:\s|$)|;\s/.exec(text.slice(index));
	const end = after ? index + after.index : text.length;
	let sentence = text.slice(start, end).replace(/^(?:[-–—+•]\s*|\d{1,2}\.\s+|[a-zđ]\)\s+)/u, '').replace(/\s+/g, ' ').trim();
	if (sentence.length > MAX_WHAT) sentence = `…${sentence.slice(Math.max(0, sentence.length - MAX_WHAT))}`;
	sentence = sentence.replace(/\.\/\.?$/, '.');
	return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
