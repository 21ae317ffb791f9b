/**
 * The signature block: "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / Nguyễn Thanh Thương"
 * → prefix TL., for "Chủ tịch", position "Chánh Văn phòng", name.
 */
import { diacriticRatio } from './diacritics.ts';
import { isKnownTitle, positionCase, trailingPosition } from './titles.ts';
import type { ImportWarning, Signer, SourceLine } from './types.ts';

/** "KT. CHỦ TỊCH", and the same without the dot ("KT THỦ TƯỚNG"), as web copies and OCR print it. */
const PREFIX = /(?:^|\s)(TM|KT|TL|TUQ)(?:\.\s*|\s+)(.*)$/u;

const clean = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** "Nguyễn Thanh Thương": two to six words, each capitalised, nothing else. */
export function isPersonName(text: string): boolean {
	const words = clean(text).split(' ');
	return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/**
 * Read the signer from the lines after the closing "./." that the recipients
 * list did not use, plus text found beside "Nơi nhận:".
 */
export function extractSigner(tail: SourceLine[], used: Set<number>, leftover: SourceLine[], ocr: boolean): { signer?: Signer; warnings: ImportWarning[] } {
	const warnings: ImportWarning[] = [];
	const candidates = [...tail.filter((l) => !used.has(l.no)), ...leftover]
		.map((l) => ({ no: l.no, text: clean(l.text) }))
		.filter((l) => l.text !== '' && !/^\(.*\)$/.test(l.text))
		.sort((a, b) => a.no - b.no);
	const nameIndex = candidates.findLastIndex((l) => isPersonName(l.text));
	if (nameIndex < 0) {
		const near = candidates.find((l) => PREFIX.test(l.text));
		warnings.push({
			line: near?.no ?? tail.find((l) => l.text !== '')?.no,
			field: 'signer',
			message: 'Không đọc được người ký (signer): không thấy chức vụ và họ tên ở cuối văn bản.',
			hint: 'Chép khối chữ ký từ bản gốc: quyền hạn ký (TM./KT./TL./TUQ.), chức vụ, họ tên.',
		});
		return { warnings };
	}
	const name = candidates[nameIndex]!;
	const above = candidates.slice(0, nameIndex);
	const signer: Partial<Signer> = {};
	const approximate: string[] = [];
	const titleCase = (printed: string) => {
		const result = positionCase(printed, ocr);
		if (result.approximate) approximate.push(`"${printed}" → "${result.text}"`);
		return result.text;
	};

	// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the last prefix is the one the signer signs under.
	const prefixIndex = above.findLastIndex((l) => PREFIX.test(l.text));
	let positionLines = above.filter((l) => isUpperOrTitle(l.text));
	if (prefixIndex >= 0) {
		const [, prefix, rest] = PREFIX.exec(above[prefixIndex]!.text)!;
		signer.prefix = `${prefix}.` as Signer['prefix'];
		let after = above.slice(prefixIndex + 1);
		let target = rest!.trim();
		if (!target && after.length > 0) {
			target = after[0]!.text;
			after = after.slice(1);
		}
		// "KT THỦ TƯỚNG PHÓ THỦ TƯỚNG" on one line: the position is the known title it ends with.
		const own = after.length === 0 ? trailingPosition(target) : undefined;
		if (own) {
			after = [{ no: above[prefixIndex]!.no, text: own }];
			target = target.slice(0, target.length - own.length).trim();
		}
		if (target) signer.for = titleCase(target);
		positionLines = after;
	}
	const position = positionLines.map((l) => l.text).join(' ').trim();
	if (position) signer.position = titleCase(position);
	else if (!signer.prefix) {
		warnings.push({ line: name.no, field: 'signer.position', message: `Không thấy chức vụ của người ký "${name.text}" (signer.position).`, hint: 'Chép chức vụ từ khối chữ ký trên bản gốc.' });
	}
	for (const [field, value] of [['position', signer.position], ['for', signer.for]] as const) {
		if (value && !isKnownTitle(value)) {
			warnings.push({ line: name.no, field: `signer.${field}`, message: `Chưa nhận ra ${field === 'position' ? 'chức vụ' : 'phần "thay mặt"'} "${value}" trong khối chữ ký (signer.${field}).`, hint: 'Đối chiếu khối chữ ký với bản gốc: quyền hạn ký (TM./KT./TL./TUQ.), chức vụ, họ tên, mỗi thứ một dòng.' });
		}
	}
	if (approximate.length > 0) {
		warnings.push({
			line: above[0]?.no ?? name.no,
			field: 'signer',
			message: `Khối chữ ký bị nhận dạng sai, đã đọc gần đúng: ${approximate.join(', ')} (signer).`,
			hint: 'Đối chiếu khối chữ ký với bản gốc.',
		});
	}
	if (ocr || diacriticRatio(name.text).ratio < 0.08) {
		warnings.push({
			line: name.no,
			field: 'signer.name',
			message: `Tên người ký "${name.text}" lấy từ bản không dấu hoặc OCR (signer.name).`,
			hint: 'Viết lại họ tên có dấu đúng như bản gốc.',
		});
	}
	const { prefix, for: onBehalfOf, position: ownPosition } = signer;
	return {
		signer: { ...(prefix && { prefix }), ...(onBehalfOf && { for: onBehalfOf }), ...(ownPosition && { position: ownPosition }), name: name.text },
		warnings,
	};
}

/** A signature-block line: printed in capitals, or a position written normally ("Phó Thủ tướng"). */
function isUpperOrTitle(text: string): boolean {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length > 0 && (letters === letters.toUpperCase() || /^(Phó |Chánh |Giám |Chủ |Trưởng |Bộ |Thứ )/u.test(text));
}
