/**
 * The text of a .docx, as the office typed it: one line per paragraph, line
 * breaks and tabs kept, and each table row as one line of cells joined by
 * " | " (the shape the honouree parser reads). Word's XML is regular enough
 * that its paragraphs, runs and tables need no XML library.
 */
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
		if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
		if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
		return ENTITIES[code] ?? whole;
	});
}

/** Text of one paragraph: runs' text, tabs as tabs, breaks as new lines. */
function paragraphText(xml: string): string {
	let out = '';
	for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g)) {
		if (match[1] !== undefined) out += decode(match[1]);
		else out += match[0].startsWith('<w:tab') ? '\t' : '\n';
	}
	return out;
}

/** Paragraphs of a body or cell, in order. */
function paragraphs(xml: string): string[] {
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => paragraphText(m[0]));
}

/** Lines of a table: each row's cells, paragraphs inside a cell joined by spaces. */
function tableLines(xml: string): string[] {
	return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
		[...row[0].matchAll(/<w:tc[ >][\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join(' ').replace(/\s+/g, ' ').trim()).join(' | '),
	);
}

export function docxText(bytes: Uint8Array): string {
	const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
	const document = files['word/document.xml'];
	if (!document) throw new Error('word/document.xml missing');
	const body = strFromU8(document);
	const lines: string[] = [];
	// Tables are not nested in the documents this reads; a nested one would be read as rows of its parent cell.
	for (const part of body.matchAll(/<w:tbl[ >][\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
		if (part[0].startsWith('<w:tbl')) lines.push('', ...tableLines(part[0]), '');
		else lines.push(paragraphText(part[0]));
	}
	return lines.join('\n');
}
