/**
 * The symbol (ký hiệu) after the number: "KH-UBND", "QĐ-TTg", "TB-VPCP",
 * "TTLT-BTC-BNV". Decree 30/2020/NĐ-CP writes the abbreviations in capitals,
 * except a few settled mixed-case ones, above all "TTg" (Thủ tướng) on every
 * Prime Minister's decision. Upper-casing a symbol whole therefore breaks it.
 */

/** Abbreviations the decree and practice write in mixed case, by their all-capitals misspelling. */
const MIXED_CASE = new Map(['TTg', 'TTr', 'CTr'].map((written) => [written.toUpperCase(), written]));

/**
 * One part between hyphens: capitals and digits ("UBND", "BTĐKT", "QH15"), or
 * at least two capitals followed by lower case ("TTg", "TTr"): never a part
 * that starts in lower case or reads like a word ("Ubnd").
 */
const PART = /^(?:[\p{Lu}\p{N}&.]+|[\p{Lu}\p{N}]{2,}[\p{L}\p{N}&.]*)$/u;

export const SYMBOL_EXAMPLES = '"KH-UBND", "QĐ-UBND", "QĐ-TTg", "NQ-CP", "TB-VPCP", ký hiệu liên tịch "TTLT-BTC-BNV"';

/** Undefined when the symbol is well formed, else what is wrong and how to write it. */
export function symbolProblem(symbol: string): { message: string; hint: string } | undefined {
	const parts = symbol.split('-');
	const corrected = parts.map((part) => MIXED_CASE.get(part) ?? part).join('-');
	if (corrected !== symbol) {
		return {
			message: `ký hiệu "${symbol}" viết sai chữ hoa, chữ thường: Nghị định 30/2020/NĐ-CP viết "${corrected}"`,
			hint: `ghi symbol: ${corrected}`,
		};
	}
	if (parts.every((part) => PART.test(part))) return undefined;
	return {
		message: `ký hiệu "${symbol}" không đúng mẫu: các chữ viết tắt viết hoa (trừ "TTg", "TTr", "CTr"), nối bằng gạch ngang, không có dấu cách`,
		hint: `chép đúng ký hiệu sau dấu "/" trên bản gốc, ví dụ ${SYMBOL_EXAMPLES}`,
	};
}

/** What an officer typed ("qđ-ttg", "kh - ubnd", "QĐ-TTG") as the symbol is written ("QĐ-TTg", "KH-UBND"). */
export function normaliseSymbol(typed: string): string {
	return typed
		.trim()
		.normalize('NFC')
		.replace(/\s*-\s*/g, '-')
		.split('-')
		.map((part) => {
			const upper = part.toLocaleUpperCase('vi');
			return MIXED_CASE.get(upper) ?? (PART.test(part) ? part : upper);
		})
		.join('-');
}
