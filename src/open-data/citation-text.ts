import type { DocumentData } from '../schema/document.ts';
import { formatDateLong } from '../lib/dates.ts';

type TextCitation = Extract<DocumentData['basis'][number], { kind: string }>;

/** A cited document that is not on the site, in one line: "Quyết định số 06/2015/QĐ-UBND ngày 30 tháng 01 năm 2015 của …: …". */
export function citationText(citation: TextCitation): string {
	const main = [citation.kind, citation.number && `số ${citation.number}`, citation.date && formatDateLong(citation.date), citation.issuer && `của ${citation.issuer}`]
		.filter(Boolean)
		.join(' ');
	return citation.title ? `${main}: ${citation.title}` : main;
}
