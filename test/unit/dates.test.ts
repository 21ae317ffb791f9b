import { describe, expect, it } from 'vitest';
import { dateRange, formatDateLong, formatDateShort, sortKey } from '../../src/lib/dates.ts';
import { isValidPartialDate, partialDate } from '../../src/schema/partial-date.ts';

describe('Vietnamese dates', () => {
	it('reads a full date in prose and in tables', () => {
		expect(formatDateLong('2024-01-19')).toBe('ngày 19 tháng 01 năm 2024');
		expect(formatDateShort('2024-01-19')).toBe('19/01/2024');
	});

	it('shows only what is known when the day or month is blank', () => {
		expect(formatDateLong('2023-01')).toBe('tháng 01 năm 2023');
		expect(formatDateLong('2023')).toBe('năm 2023');
		expect(formatDateShort('2023-01')).toBe('01/2023');
	});

	it('spans a partial date over its whole period', () => {
		expect(dateRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
		expect(dateRange('2023')).toEqual({ first: '2023-01-01', last: '2023-12-31' });
	});

	it('sorts a date known to the year after every day of that year', () => {
		expect(['2024', '2024-12-31', '2024-01'].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(['2024-01', '2024-12-31', '2024']);
	});

	it('rejects dates that are not in the calendar', () => {
		expect(isValidPartialDate('2023-02-29')).toBe(false);
		expect(isValidPartialDate('2024-02-29')).toBe(true);
		expect(isValidPartialDate('2024-13')).toBe(false);
		expect(partialDate.safeParse('19/01/2024').success).toBe(false);
	});

	it('accepts what YAML makes of unquoted dates and years', () => {
		expect(partialDate.parse(new Date('2024-01-19T00:00:00Z'))).toBe('2024-01-19');
		expect(partialDate.parse(2023)).toBe('2023');
	});
});
