/**
 * A minimal TrueType/OpenType table reader: just enough to know which
 * characters a font covers (cmap formats 4 and 12) and how wide they are
 * (head, hhea, hmtx). Used for glyph-coverage checks and for estimating
 * line breaks before handing the layout to satori.
 */

export interface FontTables {
	unitsPerEm: number;
	/** Unicode code point → glyph id. */
	cmap: Map<number, number>;
	/** Advance width of each glyph, in font units. */
	advances: Uint16Array;
}

function tableOffsets(view: DataView): Map<string, number> {
	const tables = new Map<string, number>();
	const count = view.getUint16(4);
	for (let i = 0; i < count; i++) {
		const record = 12 + i * 16;
		const tag = String.fromCharCode(
			view.getUint8(record),
			view.getUint8(record + 1),
			view.getUint8(record + 2),
			view.getUint8(record + 3),
		);
		tables.set(tag, view.getUint32(record + 8));
	}
	return tables;
}

function readFormat4(view: DataView, at: number, into: Map<number, number>): void {
	const segCount = view.getUint16(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + segCount * 2 + 2;
	const deltas = starts + segCount * 2;
	const rangeOffsets = deltas + segCount * 2;
	for (let s = 0; s < segCount; s++) {
		const start = view.getUint16(starts + s * 2);
		const end = view.getUint16(ends + s * 2);
		const delta = view.getUint16(deltas + s * 2);
		const rangeAt = rangeOffsets + s * 2;
		const rangeOffset = view.getUint16(rangeAt);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			let glyph: number;
			if (rangeOffset === 0) {
				glyph = (c + delta) & 0xffff;
			} else {
				glyph = view.getUint16(rangeAt + rangeOffset + (c - start) * 2);
				if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
			}
			if (glyph !== 0) into.set(c, glyph);
		}
	}
}

function readFormat12(view: DataView, at: number, into: Map<number, number>): void {
	const groups = view.getUint32(at + 12);
	for (let g = 0; g < groups; g++) {
		const group = at + 16 + g * 12;
		const start = view.getUint32(group);
		const end = view.getUint32(group + 4);
		const first = view.getUint32(group + 8);
		for (let c = start; c <= end; c++) into.set(c, first + (c - start));
	}
}

function readCmap(view: DataView, at: number): Map<number, number> {
	const count = view.getUint16(at + 2);
	let format4 = -1;
	let format12 = -1;
	for (let i = 0; i < count; i++) {
		const record = at + 4 + i * 8;
		const platform = view.getUint16(record);
		const encoding = view.getUint16(record + 2);
		const sub = at + view.getUint32(record + 4);
		const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
		if (!unicode) continue;
		const format = view.getUint16(sub);
		if (format === 12 && format12 < 0) format12 = sub;
		if (format === 4 && format4 < 0) format4 = sub;
	}
	const map = new Map<number, number>();
	if (format12 >= 0) readFormat12(view, format12, map);
	else if (format4 >= 0) readFormat4(view, format4, map);
	else throw new Error('Font has no Unicode cmap subtable of format 4 or 12');
	return map;
}

/** Parses the tables of a single (non-collection) TrueType or OpenType font. */
export function parseFontTables(data: Uint8Array): FontTables {
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const tables = tableOffsets(view);
	const need = (tag: string): number => {
		const offset = tables.get(tag);
		if (offset === undefined) throw new Error(`Font has no ${tag} table`);
		return offset;
	};
	const unitsPerEm = view.getUint16(need('head') + 18);
	const metricCount = view.getUint16(need('hhea') + 34);
	const glyphCount = view.getUint16(need('maxp') + 4);
	const hmtx = need('hmtx');
	const advances = new Uint16Array(glyphCount);
	for (let g = 0; g < glyphCount; g++) {
		advances[g] = view.getUint16(hmtx + Math.min(g, metricCount - 1) * 4);
	}
	return { unitsPerEm, cmap: readCmap(view, need('cmap')), advances };
}
