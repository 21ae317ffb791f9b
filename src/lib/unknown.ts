/**
 * The site's only words for what a document or campaign does not tell us.
 * Every page, card and listing says an unknown the same way, so a reader
 * learns one phrase instead of three ("(không rõ số)", "…/TB-UBND",
 * "2024 – 2024" were all in use before).
 */
import { formatDateShort, parsePartialDate } from './dates.ts';

/** Appended wherever a document's sequence number is blank on the published copy. */
export const UNKNOWN_NUMBER = 'không rõ số';

/** Stands for the blank number in front of a known symbol: "…/TB-UBND". */
export const NUMBER_PLACEHOLDER = '…';

/** Folder the importer files a draft under when it cannot tell the issuing agency; the check rejects it as an agency id. */
export const UNKNOWN_AGENCY = 'chua-ro-co-quan';

/** Folder the importer files a draft under when it cannot read the year. */
export const UNKNOWN_YEAR = 'chua-ro-nam';

/** The end of a period that no document states to the day. */
export const UNKNOWN_END = 'không rõ ngày kết thúc';

/** "25/KH-UBND"; "…/TB-UBND (không rõ số)"; "(không rõ số)" when neither number nor symbol is known. */
export function describeNumber(number: string | undefined, symbol: string | undefined): string {
	if (number && symbol) return `${number}/${symbol}`;
	if (number) return number;
	return symbol ? `${NUMBER_PLACEHOLDER}/${symbol} (${UNKNOWN_NUMBER})` : `(${UNKNOWN_NUMBER})`;
}

/**
 * A period in table form. An end known only to the month or year is written
 * as unknown with the span it falls in, never as a bare "2024" that reads
 * like a day: "19/01/2024 – không rõ ngày kết thúc (trong năm 2024)".
 * A period that is one whole month or year is written as that: "năm 2024".
 */
export function formatPeriod(start: string, end: string | undefined): string {
	if (end === start) return wholeSpan(start);
	const from = formatDateShort(start);
	if (end === undefined) return `${from} – ${UNKNOWN_END}`;
	const { precision } = parsePartialDate(end);
	if (precision === 'day') return `${from} – ${formatDateShort(end)}`;
	return `${from} – ${UNKNOWN_END} (trong ${wholeSpan(end)})`;
}

/** "năm 2024", "tháng 02/2024", or the day itself. */
function wholeSpan(value: string): string {
	const { precision } = parsePartialDate(value);
	if (precision === 'year') return `năm ${value}`;
	if (precision === 'month') return `tháng ${formatDateShort(value)}`;
	return formatDateShort(value);
}
