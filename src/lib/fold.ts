/**
 * Vietnamese folding: what a phone keyboard without diacritics produces.
 * Stripping combining marks handles every vowel, but "đ" is a letter of its
 * own with no decomposition, so it needs its own rule.
 */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');
}

/** An ASCII slug for ids and URLs: "I. MỤC ĐÍCH, YÊU CẦU" → "i-muc-dich-yeu-cau". */
export function slugify(text: string): string {
	return foldVietnamese(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
