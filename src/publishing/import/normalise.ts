/**
 * First pass over the raw text: NFC, line numbers, and removal of what is
 * not the document (the SOURCE/KIND/NOTE preamble of collected samples, web
 * page chrome, digital-signature timestamps, separator rules).
 */
import { fold } from './diacritics.ts';
import type { ImportWarning, SourceLine } from './types.ts';

export interface Normalised {
	/** Lines that belong to the document, blank ones included, numbered as in the input. */
	lines: SourceLine[];
	/** SOURCE: line of the preamble, when it is a web address. */
	sourceUrl?: string;
	/** KIND: line of the preamble ("award-decision", "plan", …). */
	kind?: string;
	/** Facts worth keeping in source.note (signature timestamps). */
	notes: string[];
	warnings: ImportWarning[];
}

const PREAMBLE = /^(SOURCE|KIND|NOTE)\s*:\s*(.*)$/i;
const CHROME_LINE = /^(sign in|dang nhap|in trang|ban in|chia se|quay lai|len dau trang|ngay cap nhat\b.*)$/;
const CHROME_TAIL = /^(tin lien quan|cac tin khac|xem tin theo ngay|tin cung chuyen muc|tin moi nhat|tin da dua)\s*:?$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}(?::\d{2})?)\s*(Z|[+-]\d{2}:?\d{2})?$/;
const SEPARATOR = /^[_=\-–—.*•\s]{4,}$/;

export function normalise(raw: string): Normalised {
	const text = raw.normalize('NFC').replace(/^\uFEFF/, '').replace(/[\u200B\u200C\u200D\uFEFF]/g, '');
	const all: SourceLine[] = text.split(/\r\n|\r|\n/).map((line, i) => ({
		no: i + 1,
		text: line.replace(/[\t\u00A0\u2000-\u200A\u202F\u3000]/g, ' ').trim(),
	}));
	const result: Normalised = { lines: [], notes: [], warnings: [] };

	let start = 0;
	while (start < all.length) {
		const line = all[start]!;
		const match = PREAMBLE.exec(line.text);
		if (!match && line.text !== '') break;
		if (match) {
			const [, key, value] = match;
			if (key!.toUpperCase() === 'SOURCE' && /^https?:\/\//.test(value!.trim())) result.sourceUrl = value!.trim();
			if (key!.toUpperCase() === 'KIND') result.kind = value!.trim();
		}
		start++;
	}

	let end = all.length;
	const tailIndex = all.findIndex((l, i) => i >= start && CHROME_TAIL.test(fold(l.text)));
	if (tailIndex >= 0) {
		end = tailIndex;
		while (end > start && isTagLine(all[end - 1]!.text, all[end - 2]?.text)) end--;
		const dropped = all.slice(end);
		const first = dropped.find((l) => l.text !== '')!;
		const spokesperson = describeSpokesperson(dropped);
		result.warnings.push({
			line: first.no,
			field: 'source',
			message: `Đã bỏ phần cuối trang web từ dòng ${first.no} ("${first.text}"${spokesperson}) vì không thuộc văn bản (source).`,
			hint: `Nếu phần này có nội dung cần giữ, chép tay vào bản nháp.${spokesperson ? ' Người phát ngôn được quản lý trong hồ sơ cơ quan (content/agencies).' : ''}`,
		});
	}

	for (const line of all.slice(start, end)) {
		const folded = fold(line.text);
		const stamp = TIMESTAMP.exec(line.text);
		if (stamp) {
			const [, y, m, d, time, zone] = stamp;
			const note = `${d}/${m}/${y} ${time}${zone ? ` (${zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')})` : ''}`;
			result.notes.push(note);
			result.warnings.push({
				line: line.no,
				field: 'source.note',
				message: `Dấu thời gian chữ ký số "${line.text}" đã được chuyển vào ghi chú nguồn (source.note).`,
				hint: 'Kiểm tra ghi chú; đây là thời điểm ký số, không nhất thiết là ngày ban hành.',
			});
		} else if (CHROME_LINE.test(folded)) {
			result.warnings.push({
				line: line.no,
				field: 'source',
				message: `Đã bỏ dòng giao diện trang web "${line.text}" (source).`,
				hint: 'Dòng này thuộc trang web nơi chép văn bản, không thuộc văn bản; không cần làm gì.',
			});
		} else if (!SEPARATOR.test(line.text)) {
			result.lines.push(line);
		}
	}
	return result;
}

/** A portal's category tag just above its chrome, such as "TĐKT": short, no sentence, after the text's end. */
function isTagLine(text: string, previous: string | undefined): boolean {
	if (text === '') return true;
	return text.length <= 12 && !/\s/.test(text) && !/[.:;,]$/.test(text) && previous !== undefined && /[.;:]\s*$/.test(previous);
}

function describeSpokesperson(lines: SourceLine[]): string {
	const value = (label: RegExp) => lines.map((l) => l.text).find((t) => label.test(fold(t)))?.replace(/^[^:]*:\s*/, '').trim();
	const name = value(/^ho (va )?ten\s*:/);
	if (!name) return '';
	const position = value(/^chuc vu\s*:/);
	return `, gồm khối Người phát ngôn: ${name}${position ? `, ${position}` : ''}`;
}
