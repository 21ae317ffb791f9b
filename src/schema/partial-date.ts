import { z } from 'astro/zod';

/**
 * A date that may be known only to the month or the year, written as
 * "2024-01-19", "2023-01" or "2023". The string's length is its precision,
 * so a press officer never types a precision separately.
 */
export type DatePrecision = 'day' | 'month' | 'year';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YAML turns 2024-01-19 into a Date and 2023 into a number: bring both back to text. */
function toText(value: unknown): unknown {
	// A Date with a time of day is not a date: left as it is, the schema refuses it.
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().endsWith('T00:00:00.000Z') ? value.toISOString().slice(0, 10) : value;
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	return typeof value === 'string' ? value.trim() : value;
}

export function isValidPartialDate(text: string): boolean {
	const match = PATTERN.exec(text);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const d = Number(day);
	return d >= 1 && d <= daysInMonth(Number(year), m);
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const partialDate = z.preprocess(
	toText,
	z
		.string({ error: 'phải là ngày dạng NNNN-TT-NN, NNNN-TT hoặc NNNN (ví dụ 2024-01-19, 2023-01, 2023)' })
		.refine(isValidPartialDate, {
			message: 'ngày không hợp lệ: viết NNNN-TT-NN, NNNN-TT hoặc NNNN (ví dụ 2024-01-19, 2023-01, 2023)',
		}),
);

/** A date known to the day, for deadlines and events that always have one. */
export const fullDate = z.preprocess(
	toText,
	z
		.string({ error: 'phải là ngày dạng NNNN-TT-NN (ví dụ 2024-01-19)' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'phải là ngày đủ ngày, tháng, năm dạng NNNN-TT-NN (ví dụ 2024-01-19)' })
		.refine(isValidPartialDate, { message: 'ngày không có thật trong lịch' }),
);

/** "2026-02-30T08:00:00+07:00" parses in JavaScript (as 2 March): the calendar and clock are checked by hand. */
export function isRealInstant(text: string): boolean {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(text);
	if (!match) return false;
	const [, day, hour, minute, second = '00', offsetHours = '00', offsetMinutes = '00'] = match;
	return isValidPartialDate(day!) && Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offsetHours) <= 14 && Number(offsetMinutes) <= 59;
}
