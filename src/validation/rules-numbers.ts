/**
 * The number field holds only what precedes the symbol ("45", "08",
 * "98/2023"): the page prints number/symbol, so "45/QĐ-UBND" written as
 * the number would print "45/QĐ-UBND/QĐ-UBND".
 */
import type { ValidContent } from './schema-check.ts';
import type { Problem } from './problem.ts';

/** A slash followed by letters: a symbol ("/QĐ-UBND", "/KH"), never a year ("/2023"). */
const SYMBOL_IN_NUMBER = /\/\s*\p{L}/u;

export const numberWithoutSymbol = (content: ValidContent): Problem[] => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		const { number, symbol } = doc.data;
		if (!number || !SYMBOL_IN_NUMBER.test(number)) continue;
		const [digits, ...rest] = number.split('/');
		const written = rest.join('/').trim();
		out.push({
			severity: 'error', file: doc.raw.file, line: doc.raw.lineOf(['number']), field: 'number',
			message: symbol ? `số "${number}" đã có ký hiệu, trang sẽ in thành "${number}/${symbol}"` : `số "${number}" có cả ký hiệu`,
			hint: `chỉ ghi phần số: number: "${digits!.trim()}"${symbol ? '' : `, và ghi ký hiệu riêng: symbol: ${written}`}`,
		});
	}
	return out;
};
