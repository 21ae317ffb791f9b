/** Dates as Vietnamese documents print them: "16/8/2022", "ngày 25 tháng 12 năm 2001". */
import { isValidPartialDate } from '../../../src/schema/partial-date.ts';

/** Folded (diacritic-free, lowercase) date patterns, anchored at the start of the text given. */
const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const WORDED = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})(?!\d)/;

/** Any date in folded text, with its offset and length. */
export const ANY_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)|(?<![\p{L}\d])(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})(?!\d)/gu;

export function isoDate(year: string | number, month?: string | number, day?: string | number): string | undefined {
	const parts = [String(year).padStart(4, '0')];
	if (month !== undefined) parts.push(String(month).padStart(2, '0'));
	if (month !== undefined && day !== undefined) parts.push(String(day).padStart(2, '0'));
	const iso = parts.join('-');
	return isValidPartialDate(iso) ? iso : undefined;
}

/** A full date at the start of folded text ("16/8/2022 ...", "25 thang 12 nam 2001 ..."), with its length. */
export function dateAtStart(folded: string): { date: string; length: number } | undefined {
	const match = NUMERIC.exec(folded) ?? WORDED.exec(folded);
	if (!match) return undefined;
	const date = isoDate(match[3]!, match[2]!, match[1]!);
	return date ? { date, length: match[0].length } : undefined;
}

/** Every full date in folded text, in order. */
export function allDates(folded: string): { date: string; index: number; length: number }[] {
	const found: { date: string; index: number; length: number }[] = [];
	for (const match of folded.matchAll(ANY_DATE)) {
		const date = match[1] ? isoDate(match[3]!, match[2]!, match[1]) : isoDate(match[6]!, match[5]!, match[4]!);
		if (date) found.push({ date, index: match.index, length: match[0].length });
	}
	return found;
}

/** "2024-01-19" as "19/01/2024", "2023-01" as "tháng 01/2023", for messages. */
export function displayDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	if (day) return `${day}/${month}/${year}`;
	if (month) return `tháng ${month}/${year}`;
	return `năm ${year}`;
}
