/** Recipients (Nơi nhận): the dash list at the foot of the document, ending in "Lưu: VT". */
import { fold, ocrFold } from './diacritics.ts';
import type { ImportWarning, SourceLine } from './types.ts';

export interface RecipientsInfo {
	recipients: string[];
	/** Line numbers the list used, so the signature block does not read them. */
	used: Set<number>;
	/** Text sharing a line with "Nơi nhận:" (two-column layouts put the signer's position there). */
	leftover: SourceLine[];
	warnings: ImportWarning[];
}

const DASH = /^[-–—+•]\s*/;
const SIGNED = /^\((?:đã ký|da ky|ký|ky|ký tên|ky ten)[^)]*\)$/i;

export function extractRecipients(tail: SourceLine[], ocr: boolean): RecipientsInfo {
	const foldLine = ocr ? ocrFold : fold;
	const info: RecipientsInfo = { recipients: [], used: new Set(), leftover: [], warnings: [] };
	const start = tail.findIndex((l) => /^noi nhan\b/.test(foldLine(l.text.replace(/\*/g, '').trim())));
	if (start < 0) return info;
	const head = tail[start]!;
	info.used.add(head.no);
	const rest = head.text.replace(/\*/g, '').replace(/^[^:]*:?/, '').trim();
	if (rest) info.leftover.push({ no: head.no, text: rest });

	const items: { text: string; line: number }[] = [];
	let closed = false;
	const notes: SourceLine[] = [];
	for (const line of tail.slice(start + 1)) {
		const text = line.text.replace(/\*/g, '').trim();
		if (text === '') continue;
		if (/^\(.{1,40}\)$/.test(text) && !SIGNED.test(text)) {
			notes.push(line);
			info.used.add(line.no);
			continue;
		}
		if (closed) continue;
		if (DASH.test(text)) {
			const item = text.replace(DASH, '').trim();
			items.push({ text: item, line: line.no });
			info.used.add(line.no);
			if (/^luu\b/.test(foldLine(item))) closed = true;
		} else if (items.length > 0 && /^\p{Ll}/u.test(text)) {
			items.at(-1)!.text += ` ${text}`;
			info.used.add(line.no);
		}
	}
	info.recipients = items.map((i) => i.text);

	if (notes.length > 0 && info.recipients.length > 0) {
		const first = info.recipients[0]!;
		const annotation = notes.map((n) => n.text).join(' ');
		info.recipients[0] = /[;,.]$/.test(first) ? `${first.slice(0, -1)} ${annotation}${first.slice(-1)}` : `${first} ${annotation}`;
		info.warnings.push({
			line: notes[0]!.no,
			field: 'recipients',
			message: `Ghi chú "${annotation}" đứng riêng ở dòng ${notes[0]!.no}; đã gắn vào nơi nhận đầu tiên "${first}" (recipients).`,
			hint: 'Trên bản gốc ghi chú này đứng cạnh một hay vài nơi nhận (thường là cơ quan cấp trên); sửa lại nếu cần.',
		});
	}
	if (items.length === 0) {
		info.warnings.push({ line: head.no, field: 'recipients', message: 'Có dòng "Nơi nhận" nhưng không đọc được nơi nhận nào (recipients).', hint: 'Chép danh sách nơi nhận từ bản gốc, mỗi dòng một nơi.' });
	} else if (!closed) {
		info.warnings.push({ line: items.at(-1)!.line, field: 'recipients', message: 'Danh sách nơi nhận không kết thúc bằng "Lưu: VT" (recipients).', hint: 'Kiểm tra xem danh sách có bị cắt không.' });
	}
	return info;
}
