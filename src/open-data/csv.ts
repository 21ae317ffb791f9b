/**
 * CSV as RFC 4180 describes it (comma, CRLF, quotes doubled inside quoted
 * fields), starting with a UTF-8 byte order mark: without it Excel reads
 * the file in the machine's legacy code page and garbles Vietnamese.
 */
const BOM = '\uFEFF';

type Cell = string | number | boolean | string[] | null | undefined;

function cellText(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.join('; ');
	return String(value);
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
	const lines = [columns, ...rows.map((row) => columns.map((column) => cellText(row[column])))];
	return BOM + lines.map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}
