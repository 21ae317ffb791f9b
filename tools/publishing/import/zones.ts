/**
 * Cut the lines into header (issuer, number, date, type, title), body, and
 * tail (everything after the closing "./.": recipients and signature block).
 */
import { fold } from './diacritics.ts';
import type { SourceLine } from './types.ts';

export interface Zones {
	/** Issuer lines: before the type heading, and capitals right after the title ("THỦ TƯỚNG CHÍNH PHỦ"). */
	headerLines: SourceLine[];
	bodyLines: SourceLine[];
	tail: SourceLine[];
	/** An annex after the signature ("DANH SÁCH … (Kèm theo Quyết định số …)"), where award decisions list honourees. */
	annex: SourceLine[];
}

/** The heading of an annex: "DANH SÁCH …", "PHỤ LỤC …", or the "(Kèm theo Quyết định số …)" line under it. */
const ANNEX = /^(danh sach|phu luc)\b|^\(?kem theo (quyet dinh|ke hoach|thong bao)/;

const plain = (text: string) => text.replace(/\*/g, '').trim();

/** An issuer line printed in capitals, not a heading of the body and not "QUYẾT ĐỊNH:". */
function isIssuerLine(text: string): boolean {
	const value = plain(text);
	const letters = value.replace(/[^\p{L}]/gu, '');
	return letters.length >= 3 && letters === letters.toUpperCase() && !value.endsWith(':') && !/^([IVXLC]+|\d+)\./.test(value) && value.length <= 80;
}

/** Header lines that are not the issuer: number, national motto, place and date. */
const isHeaderNoise = (text: string) => /^(so\s*:|cong hoa|chu nghia viet nam|doc lap\s*-)|,\s*ngay\b|^[^a-z]*$/.test(fold(plain(text)));

export function splitZones(lines: SourceLine[], headingIndex: number, titleEnd: number): Zones {
	const headerLines = lines.slice(0, Math.max(headingIndex, 0)).filter((l) => l.text !== '' && !isHeaderNoise(l.text));
	let bodyStart = Math.max(titleEnd + 1, headingIndex + 1, 0);
	while (bodyStart < lines.length && (lines[bodyStart]!.text === '' || (titleEnd >= 0 && isIssuerLine(lines[bodyStart]!.text)))) {
		if (lines[bodyStart]!.text !== '') headerLines.push(lines[bodyStart]!);
		bodyStart++;
	}
	let tailStart = -1;
	for (let i = lines.length - 1; i >= bodyStart; i--) {
		if (/\/\.\s*\**$/.test(plain(lines[i]!.text))) {
			tailStart = i + 1;
			break;
		}
	}
	if (tailStart < 0) {
		const recipients = lines.findIndex((l, i) => i >= bodyStart && /^noi nhan\b/.test(fold(plain(l.text))));
		tailStart = recipients >= 0 ? recipients : lines.length;
	}
	const tail = lines.slice(tailStart);
	const annexStart = tail.findIndex((l) => ANNEX.test(fold(plain(l.text))) && (isIssuerLine(l.text) || /^\(?kem theo/.test(fold(plain(l.text)))));
	return {
		headerLines,
		bodyLines: lines.slice(bodyStart, tailStart),
		tail: annexStart >= 0 ? tail.slice(0, annexStart) : tail,
		annex: annexStart >= 0 ? tail.slice(annexStart) : [],
	};
}
