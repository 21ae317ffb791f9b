/**
 * Rebuild paragraphs and items from lines: join lines a printout or OCR
 * wrapped, and rejoin paragraphs a page break cut in two.
 */
import type { Block, SourceLine } from './types.ts';

/** A line that opens an item or heading: dash, "1.", "1.2.", "a)", "I.", "Điều 1". */
export const MARKER = /^(?:[-–—+•]\s*\S|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|[IVXLC|l1]{1,5}\.\s+\S|(?:Điều|ĐIỀU|Dieu|DIEU)\s+\d+)/u;

const TERMINAL = /(?:[.:;!?]|\.\/\.)["'”»)*]*$/u;

const isUpper = (text: string) => {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 3 && letters === letters.toUpperCase();
};

/** A row of a table: cells joined by " | " (a .docx table, or tab- or pipe-separated text). */
export const isTableRow = (text: string) => / \| /.test(text);

/** Join two pieces of one paragraph; a word hyphenated at the line end is closed up. */
export function joinText(a: string, b: string): string {
	return /\p{L}-$/u.test(a) && /^\p{Lu}/u.test(b) ? a + b : `${a} ${b}`;
}

/** Short numbered or lettered lines and capitals are headings, never the first half of a broken paragraph. */
function looksLikeHeading(text: string): boolean {
	return isUpper(text) || (MARKER.test(text) && !/^[-–—+•]/.test(text) && text.length <= 100);
}

/** "… đồng chí Phạm Ngọc Lan" + "- Chủ tịch UBND huyện …": a dash that wrapped to the start of a line mid-sentence. */
function dashInSentence(current: Block, text: string): boolean {
	return /^[-–—]\s/.test(text)
		&& !/^[-–—+•]/.test(current.text)
		&& !TERMINAL.test(current.text)
		&& current.text.length > 60
		&& !looksLikeHeading(current.text);
}

export function buildBlocks(lines: SourceLine[]): Block[] {
	const blocks: Block[] = [];
	let current: Block | undefined;
	const flush = () => {
		if (current) blocks.push(current);
		current = undefined;
	};
	for (const line of lines) {
		const text = line.text;
		if (text === '') {
			flush();
			continue;
		}
		const startsNew = !current
			|| isTableRow(text)
			|| isTableRow(current.text)
			|| (MARKER.test(text) && !dashInSentence(current, text))
			|| (isUpper(text) && TERMINAL.test(current.text))
			|| isUpper(current.text)
			|| current.text.endsWith(':')
			|| (TERMINAL.test(current.text) && /^[\p{Lu}"“(]/u.test(text));
		if (startsNew) {
			flush();
			current = { line: line.no, endLine: line.no, text };
		} else {
			current!.text = joinText(current!.text, text);
			current!.endLine = line.no;
		}
	}
	flush();
	return mergePageBreaks(blocks);
}

/** A paragraph that stops mid-sentence continues in the next block when that block is not an item or a heading. */
function mergePageBreaks(blocks: Block[]): Block[] {
	const merged: Block[] = [];
	for (const block of blocks) {
		const previous = merged.at(-1);
		const continues = previous
			&& !isTableRow(previous.text)
			&& !isTableRow(block.text)
			&& !TERMINAL.test(previous.text)
			&& previous.text.length > 60
			&& !looksLikeHeading(previous.text)
			&& !MARKER.test(block.text)
			&& !isUpper(block.text);
		if (continues) {
			previous.text = joinText(previous.text, block.text);
			previous.endLine = block.endLine;
		} else {
			merged.push({ ...block });
		}
	}
	return merged;
}
