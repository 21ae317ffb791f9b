/**
 * Text as Vietnamese offices save it, turned into Unicode: a .txt in UTF-8
 * (with or without its byte-order mark), in UTF-16 ("Unicode" in Windows
 * Notepad), or in Windows-1258 ("ANSI" on a Vietnamese Windows); and text
 * typed with the pre-Unicode fonts still found in office files: TCVN3
 * (.VnTime, .VnArial), converted here, and VNI (VNI-Times), refused with a
 * way to convert it. Anything else (a binary file renamed .txt) is refused.
 */
import { InputError } from './tools.ts';

/** How the text was read, for the import report. */
export interface DecodedText {
	text: string;
	/** Set when the text was not plain UTF-8 Unicode: says what was converted, for the report. */
	note?: string;
}

/**
 * TCVN3 (TCVN 5712:1993, the "ABC" encoding of .VnTime): each Vietnamese
 * letter sits on a Latin-1 code point. Lower case; the capitals of the
 * ".VnTimeH" fonts use the same codes, so a heading typed in them comes
 * out in lower case (the report says so).
 */
export const TCVN3_LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
	[
		'àµ', 'á¸', 'ả¶', 'ã·', 'ạ¹', 'ă¨', 'ằ»', 'ắ¾', 'ẳ¼', 'ẵ½', 'ặÆ', 'â©', 'ầÇ', 'ấÊ', 'ẩÈ', 'ẫÉ', 'ậË', 'đ®',
		'èÌ', 'éÐ', 'ẻÎ', 'ẽÏ', 'ẹÑ', 'êª', 'ềÒ', 'ếÕ', 'ểÓ', 'ễÔ', 'ệÖ', 'ì×', 'íÝ', 'ỉØ', 'ĩÜ', 'ịÞ',
		'òß', 'óã', 'ỏá', 'õâ', 'ọä', 'ô«', 'ồå', 'ốè', 'ổæ', 'ỗç', 'ộé', 'ơ¬', 'ờê', 'ớí', 'ởë', 'ỡì', 'ợî',
		'ùï', 'úó', 'ủñ', 'ũò', 'ụô', 'ư\u00AD', 'ừõ', 'ứø', 'ửö', 'ữ÷', 'ựù', 'ỳú', 'ýý', 'ỷû', 'ỹü', 'ỵþ',
		'Ă¡', 'Â¢', 'Đ§', 'Ê£', 'Ô¤', 'Ơ¥', 'Ư¦',
	].map((pair) => [pair.slice(-1), pair.slice(0, -1)]),
);

/**
 * Code points of TCVN3's most frequent letters (à á ã ạ đ ê ô ơ ư …) that neither Vietnamese Unicode
 * text nor VNI ever holds, so they tell TCVN3 apart from both.
 */
const TCVN3_ONLY = /[µ¸¶·¹¨»¾¼½©®ª«¬\u00AD×ß÷þ¡¢§£¤¥¦]/g;
/** VNI types the tone as a second Latin-1 letter after the vowel (ư is ö, ơ is ô, đ is ñ): "Vieät Nam", "hoøa", "Töï do", "Ñoäc laäp". */
const VNI_PAIR = /[aeiouyôöâêAEIOUYÔÖÂÊ][øùûõïäåöüØÙÛÕÏÄÅÖÜ]|[ñÑ][aeiouöôAEIOUÖÔ]/g;
/** Vietnamese letters outside Latin-1 (ă, đ, ơ, ư and the tone-marked vowels): a real Unicode text has many. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** Control characters other than tab, line and page breaks, and replacement characters: a text file has almost none. */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;

function bytesToText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1258' | 'legacy' } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
	// UTF-16 without its mark: every other byte of Latin text is zero.
	const sample = bytes.subarray(0, 4096);
	let zeroOdd = 0;
	let zeroEven = 0;
	for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? zeroOdd++ : zeroEven++);
	if (sample.length >= 16 && zeroOdd > sample.length / 8 && zeroEven < zeroOdd / 8) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
	if (sample.length >= 16 && zeroEven > sample.length / 8 && zeroOdd < zeroEven / 8) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// A TCVN3 or VNI file saved as "ANSI" holds the fonts' own byte values, drawn over Windows-1252, so “ ” – keep
		// their places.
		const latin1 = new TextDecoder('windows-1252').decode(bytes);
		if (legacyEncoding(latin1)) return { text: latin1, encoding: 'legacy' };
		return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
	}
}

/**
 * A text typed in TCVN3 or VNI, told by letters that only those encodings
 * produce and the lack of Unicode Vietnamese letters. Thresholds: a page
 * of Vietnamese has a marked letter in most words, so a legacy text has
 * dozens per hundred words; a Unicode text quoting "µ" or "©" once does not
 * reach them.
 */
export function legacyEncoding(text: string): 'tcvn3' | 'vni' | undefined {
	const letters = count(text, /\p{L}/gu);
	if (letters < 20) return undefined;
	const unicode = count(text, UNICODE_VIETNAMESE);
	const tcvn3 = count(text, TCVN3_ONLY);
	const vni = count(text, VNI_PAIR);
	if (tcvn3 >= Math.max(5, letters / 50) && tcvn3 > unicode * 4) return 'tcvn3';
	if (vni >= Math.max(5, letters / 50) && vni > unicode * 4) return 'vni';
	return undefined;
}

/** TCVN3 text in Unicode, NFC. */
export function tcvn3ToUnicode(text: string): string {
	return [...text].map((char) => TCVN3_LETTERS[char] ?? char).join('').normalize('NFC');
}

const TCVN3_NOTE = 'Văn bản được gõ bằng phông TCVN3 (.VnTime), đã được chuyển sang Unicode; các dòng gõ bằng phông chữ hoa (.VnTimeH) ra chữ thường: đối chiếu tên loại, trích yếu và tên riêng với bản gốc.';
const VNI_REFUSAL = 'Văn bản được gõ bằng phông VNI (VNI-Times), không phải Unicode, nên chữ có dấu đọc ra sai.\nCách sửa: mở tệp trong Word, dùng Unikey (Công cụ… → Chuyển mã, nguồn VNI Windows, đích Unicode) hoặc lưu lại bằng phông Times New Roman (Unicode), rồi nhập lại.';

/**
 * The Unicode text of a document read by any route (plain text, Word, a PDF
 * text layer): TCVN3 converted with a note, VNI refused, binary refused.
 */
export function unicodeText(text: string, file: string, note?: string): DecodedText {
	const nonText = count(text, NOT_TEXT);
	if (nonText > Math.max(3, text.length / 100)) {
		throw new InputError(`Tệp không phải văn bản đọc được (có ${nonText} ký tự lạ): ${file}\nCách sửa: mở tệp gốc trong Word hoặc Notepad, lưu lại dạng .txt (UTF-8), .docx hoặc PDF, rồi nhập lại.`);
	}
	const legacy = legacyEncoding(text);
	if (legacy === 'vni') throw new InputError(`${VNI_REFUSAL}\nTệp: ${file}`);
	if (legacy === 'tcvn3') return { text: tcvn3ToUnicode(text), note: note ? `${note} ${TCVN3_NOTE}` : TCVN3_NOTE };
	return { text: text.normalize('NFC'), note };
}

/** A .txt file's bytes as Unicode text, whatever encoding an office saved it in. */
export function decodeTextFile(bytes: Uint8Array, file: string): DecodedText {
	const { text, encoding } = bytesToText(bytes);
	const note =
		encoding === 'utf-16'
			? 'Tệp .txt được lưu dạng UTF-16 ("Unicode" của Notepad) và đã được đọc đúng; lần sau nên lưu dạng UTF-8.'
			: encoding === 'windows-1258'
				? 'Tệp .txt không phải UTF-8; đã đọc theo bảng mã Windows-1258 (ANSI tiếng Việt): đối chiếu chữ có dấu với bản gốc, lần sau nên lưu dạng UTF-8.'
				: undefined;
	return unicodeText(text, file, note);
}
