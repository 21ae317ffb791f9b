import { wordForms } from './words.ts';

/** Vietnamese family names, folded. */
const SURNAMES = new Set(
	'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh dao doan lam mai trinh luong cao ha ta thai kieu quach lai luu chu chau tong thach khuc'.split(' '),
);

/**
 * Common middle names (tên đệm), folded. Typed in lower case, "tong ket thi
 * dua" or "ho so de nghi" start with a family name too ("Tống", "Hồ"); a
 * middle name in second place is what tells "tran thanh truong" apart.
 */
const MIDDLE_NAMES = new Set(
	'van thi huu duc minh thanh quang ngoc thu hoai xuan kim hoang hong tuong sinh anh dinh cong quoc trung manh tien hai my phuong bao gia nhat thanh tan trong viet ba khanh dieu thuy nhu tuan duy dang phu thai dai hoa'.split(' '),
);

const capitalised = (word: string) => /^\p{Lu}\p{Ll}*$/u.test(word);

/**
 * Whether a query looks like a Vietnamese personal name: two to five words
 * after a family name, each capitalised ("Nguyễn Văn Hiếu", "Thái Hoàng
 * Vũ"), or, typed in lower case, three to five with a middle name second
 * ("nguyen quang trinh", "truong xuan vy").
 */
export function looksLikeName(query: string): boolean {
	const words = query.trim().split(/\s+/);
	if (words.length < 2 || words.length > 5) return false;
	if (!words.every((word) => /^\p{L}+$/u.test(word))) return false;
	const folded = words.map((word) => wordForms(word).folded);
	if (!SURNAMES.has(folded[0]!)) return false;
	if (words.every(capitalised)) return true;
	return words.length >= 3 && MIDDLE_NAMES.has(folded[1]!);
}
