/**
 * Positions and bodies as printed in capitals in signature blocks
 * ("CHÁNH VĂN PHÒNG"), written the way the site shows them ("Chánh Văn phòng").
 */
import { fold } from './diacritics.ts';
import { closest } from './fuzzy.ts';

const POSITIONS = [
	'Chủ tịch', 'Phó Chủ tịch', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch nước',
	'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Giám đốc', 'Phó Giám đốc', 'Trưởng ban', 'Phó Trưởng ban',
	'Trưởng phòng', 'Phó Trưởng phòng', 'Bộ trưởng', 'Thứ trưởng', 'Cục trưởng', 'Phó Cục trưởng',
	'Chi cục trưởng', 'Phó Chi cục trưởng', 'Viện trưởng', 'Hiệu trưởng', 'Tổng Giám đốc', 'Phó Tổng Giám đốc',
	'Chánh Thanh tra', 'Phó Chánh Thanh tra', 'Bí thư', 'Phó Bí thư', 'Trưởng Ban Thi đua - Khen thưởng',
	'Chuyên viên', 'Chuyên viên chính', 'Chuyên viên cao cấp', 'Công chức', 'Nhân viên', 'Kế toán', 'Giáo viên',
	'Trưởng thôn', 'Tổ trưởng tổ dân phố', 'Trưởng Công an', 'Chỉ huy trưởng',
] as const;
const BODIES = ['Ủy ban nhân dân', 'Hội đồng nhân dân', 'Chính phủ', 'Văn phòng', 'Thường trực', 'Hội đồng Thi đua - Khen thưởng'] as const;
const KNOWN = [...POSITIONS, ...BODIES];

const positionsByFold = new Map(POSITIONS.map((title) => [fold(title), title]));
const byFold = new Map(KNOWN.map((title) => [fold(title), title]));

export interface TitleCase {
	text: string;
	/** True when an OCR misreading was matched to a known title by similarity. */
	approximate: boolean;
}

/** "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng"; unknown capitals → sentence case; mixed case is kept. */
export function positionCase(printed: string, ocr: boolean): TitleCase {
	const text = printed.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
	const key = fold(text);
	const known = byFold.get(key);
	if (known) return { text: known, approximate: false };
	if (ocr) {
		const near = closest(key, KNOWN, fold);
		if (near) return { text: near, approximate: true };
	}
	const letters = text.replace(/[^\p{L}]/gu, '');
	if (letters && letters === letters.toUpperCase()) {
		const lower = text.toLocaleLowerCase('vi');
		return { text: lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1), approximate: false };
	}
	return { text, approximate: false };
}

/** The known position a phrase starts with ("Giám đốc Sở Thủy sản …" → "Giám đốc"), longest first. */
export function leadingPosition(text: string): string | undefined {
	const key = fold(text);
	let best: string | undefined;
	for (const [folded, title] of positionsByFold) {
		if ((key === folded || key.startsWith(`${folded} `)) && (!best || folded.length > fold(best).length)) best = title;
	}
	return best ? text.slice(0, best.length) : undefined;
}

/** Whether a position or body, as written for the site, is one the importer knows. */
export function isKnownTitle(text: string): boolean {
	return byFold.has(fold(text)) || /^(Chủ tịch|Phó Chủ tịch|Trưởng|Phó Trưởng|Giám đốc|Phó Giám đốc|Bộ trưởng|Thứ trưởng|Chánh|Phó Chánh) \p{L}/u.test(text);
}

/** The known position printed at the end of a signature line ("THỦ TƯỚNG PHÓ THỦ TƯỚNG" → "PHÓ THỦ TƯỚNG"), longest first. */
export function trailingPosition(printed: string): string | undefined {
	const key = fold(printed);
	let best: string | undefined;
	for (const folded of positionsByFold.keys()) {
		if (key.endsWith(` ${folded}`) && (!best || folded.length > best.length)) best = folded;
	}
	return best ? printed.slice(printed.length - best.length) : undefined;
}
