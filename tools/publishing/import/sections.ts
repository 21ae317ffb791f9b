/**
 * Body structure as Markdown: "I." sections → "## ", short "1. Mục đích"
 * headings → "### ", "a)" heading a list → "#### ", dashes → "- " items.
 */
import type { Block, ImportWarning } from './types.ts';

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$/u;
const OCR_ROMAN = /^([IVXLC|l1]{1,5})\.\s+(\S.*)$/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.\s+(\S.*)$/u;
const LETTERED = /^([a-zđ])\)\s+(\S.*)$/u;
const DASH = /^[-–—+•]\s*(\S.*)$/u;
const ARTICLE = /^(Điều\s+\d+\.?)\s*(.*)$/u;

const isUpper = (text: string) => {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 3 && letters.replace(/\p{Lu}/gu, '').length <= letters.length * 0.2;
};

/** Short and not a sentence: "Mục đích", "Hồ sơ đề nghị khen thưởng", "Đối với tập thể:". */
const isShortHeading = (text: string) => text.length <= 100 && !/[.;,!?]["”)*]*$/u.test(text);

const stripColon = (text: string) => text.replace(/\s*:\s*$/, '');

/** Characters MDX would read as JSX or expressions, escaped; a leading "#" or ">" kept literal. */
export function escapeMdx(text: string): string {
	return text.replace(/[{}<>]/g, '\\$&').replace(/^#/, '\\#');
}

export function renderBody(blocks: Block[], listBlocks: Set<number>): { body: string; warnings: ImportWarning[] } {
	const warnings: ImportWarning[] = [];
	const out: string[] = [];
	blocks.forEach((block, index) => {
		const text = escapeMdx(block.text.trim());
		const next = blocks[index + 1]?.text ?? '';
		let match: RegExpExecArray | null;
		if (listBlocks.has(index)) {
			out.push(text);
		} else if ((match = ROMAN.exec(text)) && match[1] && match[2]!.length <= 200 && !/[.;!?]$/.test(match[2]!)) {
			out.push(`## ${match[1]}. ${stripColon(match[2]!)}`);
		} else if ((match = NUMBERED.exec(text))) {
			const level = match[1]!.includes('.') ? '####' : '###';
			out.push(isShortHeading(match[2]!) ? `${level} ${match[1]}. ${stripColon(match[2]!)}` : text);
		} else if ((match = OCR_ROMAN.exec(text)) && isUpper(match[2]!) && isShortHeading(match[2]!)) {
			out.push(`## ${match[1]}. ${stripColon(match[2]!)}`);
			warnings.push({
				line: block.line,
				field: 'body',
				message: `Số mục "${match[1]}." ở dòng ${block.line} có vẻ là số La Mã bị nhận dạng sai (body).`,
				hint: 'Sửa thành I., II., III. … theo bản gốc.',
			});
		} else if ((match = LETTERED.exec(text)) && isShortHeading(match[2]!) && DASH.test(next)) {
			out.push(`#### ${match[1]}) ${stripColon(match[2]!)}`);
		} else if ((match = DASH.exec(text))) {
			out.push(`- ${match[1]}`);
		} else if ((match = ARTICLE.exec(text))) {
			out.push(`**${match[1]}** ${match[2]}`.trim());
		} else if (isUpper(text) && text.length <= 60) {
			out.push(`**${text.replace(/\*/g, '')}**`);
		} else {
			out.push(text);
		}
	});
	return { body: `${out.join('\n\n')}\n`, warnings };
}
