/**
 * First pass over the raw text: NFC, line numbers, and removal of what is
 * not the document (the SOURCE/KIND/NOTE preamble of collected samples, web
 * page chrome, digital-signature timestamps, separator rules).
 */
import { isoDate } from './dates.ts';
import { fold } from './diacritics.ts';
import type { ImportWarning, SourceLine } from './types.ts';

export interface Normalised {
	/** Lines that belong to the document, blank ones included, numbered as in the input. */
	lines: SourceLine[];
	/** SOURCE: line of the preamble, when it is a web address. */
	sourceUrl?: string;
	/** KIND: line of the preamble ("award-decision", "plan", …). */
	kind?: string;
	/** A portal's posting date and time ("31/08/2022 13:19", "Ngày cập nhật 30/03/2017"), ISO date. */
	postedAt?: string;
	/** Facts worth keeping in source.note (signature timestamps). */
	notes: string[];
	warnings: ImportWarning[];
}

const PREAMBLE = /^(SOURCE|KIND|NOTE)\s*:\s*(.*)$/i;
/** Web page furniture (folded): log-in, print and share buttons, view counters, font-size controls, breadcrumbs, skip links. */
const CHROME_LINE = new RegExp([
	'^(sign in|dang nhap|dang ky|in trang|ban in|in bai( viet)?|gui email|gui bai|chia se|share|like|tweet|facebook|zalo|twitter|quay lai|tro ve|len dau trang|ve dau trang|nghe doc bai( viet)?|co chu|a a a|a- a a\\+|a\\+? ?a-?|bo qua (noi dung|den noi dung)( chinh)?|skip to (main )?content|tim kiem|ngay cap nhat\\b.*|\\[?tro ve\\]?|van ban moi|tin moi nhat|tin noi bat|banner|quang cao|advertisement|menu|danh muc|(mac dinh\\s*)?co chu(\\s*mac dinh)?|gui bai viet|goi bai viet|ban in\\s+g[uo]i bai viet)\\s*[:.]?$',
	'^(chia se|luot xem|so luot xem|luot doc|binh luan|view|views|like)\\s*[:(]?\\s*\\d+\\)?$',
	'^\\d+\\s+(luot xem|luot doc|binh luan|views?)$',
	'^(trang chu|home)\\s*([>»/|›]\\s*[^>»/|›]{1,40}\\s*){1,5}$',
	'^(thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\\s*,?\\s*(ngay\\s*)?\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}\\s*[-–|]?$',
].join('|'));
/** A portal's posting stamp: "31/08/2022 13:19", "20:51, 01/01/2023", "Thứ tư, 31/08/2022 - 13:19", "(26/03/2021)", "Ngày cập nhật 30/03/2017". */
const POSTED = /^(?:\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?\s*[,|-]?\s*)?(?:(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*,?\s*)?(?:ngay (?:cap nhat|dang|dang tin|xuat ban)\s*:?\s*)?\(?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\)?(?:\s*[-|,]?\s*\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|gmt\s*\+?\s*7))?)?\s*\)?$/;
/**
 * Where one cell of a header row ends and the next begins: a "|", or a wide
 * gap before a capital ("Số:   /QĐ-UBND" and "ngày     tháng" are blanks left to fill in, not cells).
 */
export const CELL_BREAK = /\s*\|\s*|\s{3,}(?=\p{Lu})/u;
/** Header cells a web page or a text layer set side by side with "|": split so each reads as its own line. */
const HEADER_CELL = /^(cong hoa|doc lap|so\s*:|tm\.?\s|kt\.?\s|tl\.?\s|tuq\.?\s|noi nhan)|\bngay\s*\d{0,2}\s*thang\b/;
const CHROME_TAIL = /^(tin lien quan|cac tin khac|xem tin theo ngay|tin cung chuyen muc|tin moi nhat|tin da dua)\s*:?$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}(?::\d{2})?)\s*(Z|[+-]\d{2}:?\d{2})?$/;
/** Rules and cell borders: dashes, underscores, dots, pipes on a line of their own. */
const SEPARATOR = /^[_=\-–—.*•|\s]+$/;

export function normalise(raw: string): Normalised {
	const text = raw.normalize('NFC').replace(/^\uFEFF/, '').replace(/[\u200B\u200C\u200D\uFEFF]/g, '');
	const all: SourceLine[] = text.split(/\r\n|\r|\n/).map((line, i) => ({
		no: i + 1,
		// Tabs between words separate the cells of a table typed with tabs; they become the " | " of a table row.
		text: line.trim().replace(/(\S)\t+(?=\S)/g, '$1 | ').replace(/[\t\u00A0\u2000-\u200A\u202F\u3000]/g, ' ').trim(),
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

	const kept = all.slice(start, end).flatMap(splitHeaderCells);
	const documentStart = headerStart(kept);
	if (documentStart > 0) {
		const first = kept.find((l) => l.text !== '')!;
		result.warnings.push({
			line: first.no,
			field: 'source',
			message: `Đã bỏ ${documentStart} dòng đầu trang web trước phần đầu văn bản (từ dòng ${first.no}: "${first.text.slice(0, 60)}") (source).`,
			hint: 'Đó là trình đơn, đường dẫn, thông tin trang; nếu trong đó có gì thuộc văn bản, chép tay vào bản nháp.',
		});
	}
	for (const line of kept.slice(documentStart)) {
		const folded = fold(line.text);
		const stamp = TIMESTAMP.exec(line.text);
		const posted = POSTED.exec(folded);
		if (posted && result.lines.filter((l) => l.text !== '').length < 6 && !result.postedAt) {
			result.postedAt = isoDate(posted[3]!, posted[2]!, posted[1]!);
			if (result.postedAt) {
				result.warnings.push({ line: line.no, field: 'date', message: `Dòng "${line.text}" là thời điểm đăng trên cổng thông tin; đã bỏ khỏi nội dung (date).`, hint: 'Với tin bài, đó là ngày đăng; với văn bản, ngày ban hành lấy từ dòng "…, ngày … tháng … năm …".' });
				continue;
			}
		}
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

/**
 * Where the document begins when a web page put menus above it: the issuer
 * block just above the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
 * that is the run of capitals, rules and "Số:" lines before it.
 */
function headerStart(lines: SourceLine[]): number {
	const motto = lines.findIndex((l) => /cong hoa xa hoi/.test(fold(l.text)));
	if (motto <= 0 || motto > 120) return 0;
	let start = motto;
	for (let i = motto - 1; i >= 0; i--) {
		const text = lines[i]!.text;
		const letters = text.replace(/[^\p{L}]/gu, '');
		const partOfHeader = text === '' || SEPARATOR.test(text) || (letters.length > 0 && letters === letters.toUpperCase()) || /\bso\s*:/.test(fold(text));
		if (!partOfHeader) break;
		if (text !== '') start = i;
	}
	return start;
}

/** "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |" or "UBND HUYỆN X      Độc lập - Tự do - Hạnh phúc": one line per cell when a cell is part of the header or signature block; table rows stay whole. */
function splitHeaderCells(line: SourceLine): SourceLine[] {
	// Cells come apart with "|" (web tables, Word tables) or wide gaps (OCR and text layers of two-column headers).
	if (!/\||\s{3,}\p{Lu}/u.test(line.text)) return [line];
	const cells = line.text.split(CELL_BREAK).map((c) => c.trim()).filter((c) => c !== '');
	if (cells.length === 0) return [];
	const isHeader = cells.some((c) => HEADER_CELL.test(fold(c)));
	if ((cells.length === 1 && line.text.includes('|')) || isHeader) return cells.map((text) => ({ no: line.no, text }));
	return [line];
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
