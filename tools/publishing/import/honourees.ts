/**
 * Honourees of an award decision: the list under "Điều 1" (or under the
 * sentence announcing the decision), collective or individual, and the award.
 */
import { AWARD_FORMS, type AwardFormKey } from '../../../src/schema/awards.ts';
import { HONOUREE_KINDS } from '../../../src/schema/vocabulary.ts';
import { matchAwardForm } from './award-forms.ts';
import { isTableRow } from './blocks.ts';
import { fold } from './diacritics.ts';
import { headingColumns, type ListContext, parseRow, readContext } from './honouree-table.ts';
import { isPersonName } from './signer.ts';
import { leadingPosition } from './titles.ts';
import type { Block, Honouree, ImportWarning } from './types.ts';

const ITEM = /^(?:\d{1,3}[.)]|[-–—+•])\s*/;
const ACHIEVEMENT = /^(?:vì:? )?(?:đã )?(?:có thành tích|hoàn thành)/iu;
/** "Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh, đã hoàn thành xuất sắc …": where the name ends and the achievement begins. */
const ACHIEVEMENT_TAIL = /\s*[,;:]\s*(?:vì:?\s+)?(?:đã\s+)?(?:có\s+)?(?:thành tích|hoàn thành)\b/iu;
/** A block that closes the list: the next article, a heading, or the signature area. */
const LIST_END = /^(?:điều|dieu)\s+\d|^(?:nơi nhận|noi nhan)\b/iu;

export interface HonoureesInfo {
	honourees: Honouree[];
	award?: AwardFormKey;
	/** Indexes of the blocks that hold the list, so the body can render them as plain items. */
	listBlocks: Set<number>;
	/** Input lines of the list, which agency matching must ignore. */
	listLines: Set<number>;
	warnings: ImportWarning[];
}

function isLeadIn(block: Block): boolean {
	const folded = fold(block.text.replace(/\*/g, '')).trim();
	if (/^dieu 1\b/.test(folded)) return true;
	return /(?:gom|sau|cho)\s*:?$|:$/.test(folded) && matchAwardForm(block.text) !== undefined;
}

export function parseHonouree(printed: string, line: number, warnings: ImportWarning[]): Honouree {
	const whole = printed.replace(ITEM, '').replace(/[\s;,.]+$/u, '').replace(/\s+/g, ' ').trim();
	const tail = ACHIEVEMENT_TAIL.exec(whole);
	const text = tail && tail.index > 0 ? whole.slice(0, tail.index) : whole;
	const achievement = tail && tail.index > 0 ? capitalise(whole.slice(tail.index).replace(/^[\s,;:]+/, '')) : undefined;
	const honouree = parseName(text, line, warnings);
	if (achievement) honouree.achievement = achievement;
	return honouree;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

function parseName(text: string, line: number, warnings: ImportWarning[]): Honouree {
	// "Ông Nguyễn Văn A, Giám đốc …", and in a list of individuals the bare "Nguyễn Văn A, Chủ tịch …".
	const person = /^(?:(Ông|Bà|ông|bà|Đồng chí|đồng chí)\s+)?([^,]+?)(?:\s*[,–-]\s+(.+))?$/u.exec(text);
	if (person && isPersonName(person[2]!)) {
		const [, title, name, detail] = person;
		const honouree: Honouree = { kind: 'ca-nhan', name: name! };
		if (title && /^(ông|bà)$/i.test(title)) honouree.honorific = title!.charAt(0).toUpperCase() === 'Ô' ? 'Ông' : 'Bà';
		if (detail) {
			const position = leadingPosition(detail);
			const unit = position ? detail.slice(position.length).replace(/^[\s,]+/, '').trim() : '';
			if (position) honouree.position = position;
			if (unit) honouree.unit = unit;
			if (!position) {
				honouree.position = detail;
				warnings.push({ line, field: 'honourees', message: `Không tách được chức vụ và đơn vị của "${name}": đã ghi cả cụm "${detail}" vào chức vụ (honourees.position).`, hint: 'Tách phần đơn vị sang "unit" nếu cần.' });
			}
		}
		return honouree;
	}
	if (/^(?:hộ gia đình|gia đình)\s/iu.test(text)) return { kind: 'ho-gia-dinh', name: text };
	return { kind: 'tap-the', name: text };
}

/** Items, table rows and part headings from `start` on, up to the next article: the list's blocks. */
function collectList(blocks: Block[], start: number, info: HonoureesInfo, context: ListContext): void {
	let columns: ReturnType<typeof headingColumns>;
	for (let index = start; index < blocks.length; index++) {
		const block = blocks[index]!;
		if (LIST_END.test(block.text.replace(/\*/g, '').trim())) break;
		let honouree: Honouree | undefined;
		if (readContext(block, context)) {
			// a part heading ("II. CÁ NHÂN") or an award heading: part of the list, names no one
		} else if (isTableRow(block.text)) {
			const heading = headingColumns(block.text);
			if (heading) columns = heading;
			else honouree = parseRow(block, columns ?? ['number', 'name', 'positionUnit', 'award'], context, (name) => parseHonouree(name, block.line, info.warnings), info.warnings);
		} else if (ITEM.test(block.text)) {
			honouree = parseHonouree(block.text, block.line, info.warnings);
			if (context.kind && !(context.kind === 'tap-the' && honouree.kind !== 'tap-the' && honouree.honorific)) honouree.kind = context.kind;
			const own = matchAwardForm(block.text)?.key ?? context.award;
			if (own) honouree.award = own;
		} else if (info.honourees.length > 0) {
			break;
		} else {
			continue;
		}
		info.listBlocks.add(index);
		for (let n = block.line; n <= block.endLine; n++) info.listLines.add(n);
		if (honouree) info.honourees.push(honouree);
	}
}

/** `annexStart`: index of the first block of the annex after the signature, where the list may be instead. */
export function extractHonourees(blocks: Block[], title: string | undefined, annexStart = blocks.length): HonoureesInfo {
	const info: HonoureesInfo = { honourees: [], listBlocks: new Set(), listLines: new Set(), warnings: [] };
	const leadIndex = blocks.findIndex(isLeadIn);
	const lead = blocks[leadIndex];
	if (!lead) {
		info.warnings.push({ field: 'honourees', message: 'Không thấy danh sách khen thưởng (Điều 1) (honourees).', hint: 'Quyết định khen thưởng phải có danh sách: thêm "honourees" bằng tay, hoặc đính kèm phụ lục.' });
		// A portal listing names the award without the list ("… tặng Bằng khen cho 06 tập thể"): the award is still known.
		const award = [title, ...blocks.map((b) => b.text)].map((t) => (t ? matchAwardForm(t) : undefined)).find((m) => m?.key);
		if (award?.key) info.award = award.key;
		return info;
	}
	let index = leadIndex + 1;
	// "Điều 1. Tặng … cho:" followed by one name without a number or dash.
	const single = blocks[index];
	if (single && !ITEM.test(single.text) && !isTableRow(single.text) && !LIST_END.test(single.text.trim()) && /:\s*\**$/.test(lead.text.trim()) && !ACHIEVEMENT.test(single.text.trim())) {
		info.listBlocks.add(index);
		for (let n = single.line; n <= single.endLine; n++) info.listLines.add(n);
		info.honourees.push(parseHonouree(single.text, single.line, info.warnings));
		index++;
	}
	for (; index < blocks.length && ITEM.test(blocks[index]!.text); index++) {
		const block = blocks[index]!;
		info.listBlocks.add(index);
		for (let n = block.line; n <= block.endLine; n++) info.listLines.add(n);
		const honouree = parseHonouree(block.text, block.line, info.warnings);
		const own = matchAwardForm(block.text)?.key;
		if (own) honouree.award = own;
		info.honourees.push(honouree);
	}
	const next = blocks[index];
	if (next && ACHIEVEMENT.test(next.text.trim())) {
		const achievement = next.text.replace(/\s+/g, ' ').trim();
		for (const honouree of info.honourees) honouree.achievement ??= capitalise(achievement);
	}
	if (info.honourees.length === 0) collectList(blocks, leadIndex + 1, info, {});
	if (info.honourees.length === 0 && annexStart < blocks.length) collectList(blocks, annexStart, info, {});
	if (info.honourees.length === 0) {
		info.warnings.push({ line: lead.line, field: 'honourees', message: `Không đọc được danh sách khen thưởng sau dòng ${lead.line} (honourees).`, hint: 'Danh sách có thể nằm trong phụ lục hoặc bảng: nhập "honourees" bằng tay.' });
	}

	const award = matchAwardForm(lead.text) ?? (title ? matchAwardForm(title) : undefined);
	if (award?.key) info.award = award.key;
	else {
		info.warnings.push({
			line: lead.line,
			field: 'award',
			message: award ? `Không xác định được hình thức khen thưởng "${award.printed}" thuộc cấp nào (award).` : 'Không nhận ra hình thức khen thưởng (award).',
			hint: `Chọn một mã trong danh mục hình thức khen thưởng (src/schema/awards.ts), ví dụ ${Object.keys(AWARD_FORMS).slice(13, 17).join(', ')}.`,
		});
	}
	checkConsistency(info, lead);
	return info;
}

function checkConsistency(info: HonoureesInfo, lead: Block): void {
	const counts = [...fold(lead.text).matchAll(/(\d+) (tap the|ca nhan|ho gia dinh)\b/g)];
	const total = counts.reduce((sum, m) => sum + Number(m[1]), 0);
	if (counts.length > 0 && total !== info.honourees.length && info.honourees.length > 0) {
		info.warnings.push({ line: lead.line, field: 'honourees', message: `Câu dẫn nêu ${total} người, tập thể nhưng đọc được ${info.honourees.length} trong danh sách (honourees).`, hint: 'Kiểm tra danh sách với bản gốc; danh sách có thể nằm một phần trong phụ lục.' });
	}
	info.honourees.forEach((honouree, i) => {
		const award = honouree.award ?? info.award;
		if (award && !(AWARD_FORMS[award].for as readonly string[]).includes(honouree.kind)) {
			info.warnings.push({
				line: lead.line,
				field: 'honourees',
				message: `"${AWARD_FORMS[award].label}" không dành cho ${HONOUREE_KINDS[honouree.kind].toLowerCase()}: kiểm tra "${honouree.name}" (honourees[${i}].kind).`,
				hint: 'Sửa loại (kind) hoặc hình thức khen thưởng (award).',
			});
		}
	});
}
