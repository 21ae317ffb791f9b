import { daysInMonth, type DatePrecision } from '../schema/partial-date.ts';

/** Parts of a partial date string "2024-01-19" / "2023-01" / "2023". */
export function parsePartialDate(value: string): { year: number; month?: number; day?: number; precision: DatePrecision } {
	const [year, month, day] = value.split('-').map(Number);
	if (day !== undefined) return { year: year!, month, day, precision: 'day' };
	if (month !== undefined) return { year: year!, month, precision: 'month' };
	return { year: year!, precision: 'year' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Prose form: "ngày 19 tháng 01 năm 2024", "tháng 01 năm 2023", "năm 2023". */
export function formatDateLong(value: string): string {
	const { year, month, day } = parsePartialDate(value);
	if (day !== undefined) return `ngày ${pad(day)} tháng ${pad(month!)} năm ${year}`;
	if (month !== undefined) return `tháng ${pad(month)} năm ${year}`;
	return `năm ${year}`;
}

/** Table form: "19/01/2024", "01/2023", "2023". */
export function formatDateShort(value: string): string {
	const { year, month, day } = parsePartialDate(value);
	if (day !== undefined) return `${pad(day)}/${pad(month!)}/${year}`;
	if (month !== undefined) return `${pad(month)}/${year}`;
	return String(year);
}

/** First and last calendar day a partial date may stand for, as "YYYY-MM-DD". */
export function dateRange(value: string): { first: string; last: string } {
	const { year, month, day } = parsePartialDate(value);
	if (day !== undefined) return { first: value, last: value };
	if (month !== undefined) return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
	return { first: `${year}-01-01`, last: `${year}-12-31` };
}

export function yearOf(value: string): number {
	return Number(value.slice(0, 4));
}

/** Sort key that puts "2024" after "2024-12-31": unknown parts count as the end of their period. */
export function sortKey(value: string): string {
	// Full dates are most of them, and sorts call this in every comparison.
	return value.length === 10 ? value : `${dateRange(value).last}~`;
}

/** Orders partial dates by sortKey; the keys are ASCII, so no collation is needed. */
export function compareDates(a: string, b: string): number {
	const keyA = sortKey(a);
	const keyB = sortKey(b);
	return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** Today's date in Vietnam, or SITE_NOW (YYYY-MM-DD) for reproducible builds and tests. */
export function today(): string {
	const override = process.env.SITE_NOW;
	if (override) return override.slice(0, 10);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** The current instant, honouring SITE_NOW so embargo tests are reproducible. */
export function now(): Date {
	const override = process.env.SITE_NOW;
	return override ? new Date(override.length === 10 ? `${override}T00:00:00+07:00` : override) : new Date();
}

/** ISO date-time in Vietnam's offset, for <time datetime> and og:article times. */
export function isoDate(value: string): string {
	return dateRange(value).first;
}
