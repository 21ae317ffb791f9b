/** "25/KH-UBND"; "…/TB-UBND" when only the symbol is known; undefined when neither is. */
export function formatNumber(number: string | undefined, symbol: string | undefined): string | undefined {
	if (number && symbol) return `${number}/${symbol}`;
	if (symbol) return `…/${symbol}`;
	return number;
}

/** The header line: "Số: 25/KH-UBND", or a plain statement that the copy carries no number. */
export function numberLine(number: string | undefined, symbol: string | undefined): string {
	const formatted = formatNumber(number, symbol);
	if (!formatted) return 'Không rõ số, ký hiệu';
	return number ? `Số: ${formatted}` : `Số: ${formatted} (bản công khai để trống số)`;
}
