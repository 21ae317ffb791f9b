/**
 * Honourees listed as a table (rows of " | " cells: a .docx table, tab- or
 * pipe-separated text) or in an annex split into parts ("I. TẬP THỂ",
 * "II. CÁ NHÂN"), with the award given per part or per row.
 */
import type { AwardFormKey } from '../../../src/schema/awards.ts';
import { matchAwardForm } from './award-forms.ts';
import { isTableRow } from './blocks.ts';
import { fold } from './diacritics.ts';
import { leadingPosition } from './titles.ts';
import type { Block, Honouree, ImportWarning } from './types.ts';

type Column = 'number' | 'name' | 'position' | 'unit' | 'positionUnit' | 'award' | 'achievement';

/** Column headings as decisions print them (folded), most specific first. */
const COLUMNS: [RegExp, Column][] = [
	[/^(stt|tt|so tt|so thu tu)$/, 'number'],
	[/chuc vu.*don vi|chuc vu,? don vi|don vi,? chuc vu/, 'positionUnit'],
	[/hinh thuc|danh hieu|muc khen/, 'award'],
	[/thanh tich/, 'achievement'],
	[/chuc vu|chuc danh/, 'position'],
	[/don vi|co quan|noi cong tac|dia chi cong tac/, 'unit'],
	[/ho (va )?ten|ten (tap the|ca nhan|don vi)|^ten$|^(tap the|ca nhan)( duoc khen thuong)?$/, 'name'],
];

/** A part of an annex: "I. TẬP THỂ", "B. CÁ NHÂN:", "Danh sách cá nhân". */
const PART = /^(?:[ivx]+|[a-d]|\d)[.)]?\s*(?:danh sach\s+)?(tap the|ca nhan|ho gia dinh)\b|^(?:danh sach\s+)?(tap the|ca nhan|ho gia dinh)\s*:?$/;
const KINDS: Record<string, Honouree['kind']> = { 'tap the': 'tap-the', 'ca nhan': 'ca-nhan', 'ho gia dinh': 'ho-gia-dinh' };

export interface ListContext {
	kind?: Honouree['kind'];
	award?: AwardFormKey;
}

const cellsOf = (text: string) => text.replace(/^\|\s*|\s*\|$/g, '').split(/\s+\|\s+/).map((c) => c.trim());

/** The columns of a heading row, or undefined when the row is data. */
export function headingColumns(text: string): (Column | undefined)[] | undefined {
	const cells = cellsOf(text);
	if (/^\d/.test(cells[0] ?? '')) return undefined;
	const columns = cells.map((cell) => COLUMNS.find(([pattern]) => pattern.test(fold(cell).replace(/[^a-z ,]/g, ' ').replace(/\s+/g, ' ').trim()))?.[1]);
	return columns.includes('name') && columns.filter(Boolean).length >= 2 ? columns : undefined;
}

/** A part heading or an award heading inside a list updates the context of the rows under it. */
export function readContext(block: Block, context: ListContext): boolean {
	const folded = fold(block.text.replace(/\*/g, '')).trim();
	const part = PART.exec(folded);
	if (part) {
		context.kind = KINDS[part[1] ?? part[2]!];
		const award = matchAwardForm(block.text)?.key;
		if (award) context.award = award;
		return true;
	}
	if (!isTableRow(block.text) && block.text.length <= 160 && /^(tang|khen thuong|cong nhan|phong tang|hinh thuc)/.test(folded)) {
		const award = matchAwardForm(block.text)?.key;
		if (award) {
			context.award = award;
			return true;
		}
	}
	return false;
}

/** One data row under a heading row. */
export function parseRow(block: Block, columns: (Column | undefined)[], context: ListContext, parseName: (text: string) => Honouree, warnings: ImportWarning[]): Honouree | undefined {
	const cells = cellsOf(block.text);
	const value = (column: Column) => {
		const index = columns.indexOf(column);
		return index >= 0 ? cells[index]?.trim() || undefined : undefined;
	};
	const name = value('name');
	if (!name) return undefined;
	const honouree = parseName(name);
	if (context.kind && honouree.kind !== context.kind) honouree.kind = context.kind;
	const both = value('positionUnit');
	if (both) {
		const position = leadingPosition(both);
		if (position) {
			honouree.position = position;
			const unit = both.slice(position.length).replace(/^[\s,]+/, '');
			if (unit) honouree.unit = unit;
		} else if (honouree.kind === 'ca-nhan') {
			honouree.position = both;
			warnings.push({ line: block.line, field: 'honourees', message: `Không tách được chức vụ và đơn vị của "${honouree.name}": đã ghi cả cụm "${both}" vào chức vụ (honourees.position).`, hint: 'Tách phần đơn vị sang "unit" nếu cần.' });
		} else {
			honouree.unit = both;
		}
	}
	const position = value('position');
	const unit = value('unit');
	if (position) honouree.position = position;
	if (unit) honouree.unit = unit;
	const printedAward = value('award');
	const award = printedAward ? matchAwardForm(printedAward)?.key : context.award;
	if (award) honouree.award = award;
	else if (printedAward) warnings.push({ line: block.line, field: 'honourees', message: `Không nhận ra hình thức khen thưởng "${printedAward}" của "${honouree.name}" (honourees.award).`, hint: 'Chọn một mã trong danh mục hình thức khen thưởng.' });
	const achievement = value('achievement');
	if (achievement) honouree.achievement = achievement;
	return honouree;
}
