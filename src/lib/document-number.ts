import { describeNumber, NUMBER_PLACEHOLDER } from './unknown.ts';

/** Compact form for data and search: "25/KH-UBND"; "…/TB-UBND" when only the symbol is known; undefined when neither is. */
export function formatNumber(number: string | undefined, symbol: string | undefined): string | undefined {
	if (number && symbol) return `${number}/${symbol}`;
	if (symbol) return `${NUMBER_PLACEHOLDER}/${symbol}`;
	return number;
}

/** The header line: "Số: 25/KH-UBND", "Số: …/TB-UBND (không rõ số)", "Số: (không rõ số)". */
export function numberLine(number: string | undefined, symbol: string | undefined): string {
	return `Số: ${describeNumber(number, symbol)}`;
}
