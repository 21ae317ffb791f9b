/**
 * Section 16 of the press officers' guide quotes the check's messages for
 * components word for word: each quoted example, checked for real, gives
 * the message the guide prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { DECISION, FILES, PLAN, writeTree } from '../content/fixture-tree.ts';
import { ROOT } from '../helpers/paths.ts';

const GUIDE = fs.readFileSync(path.join(ROOT, 'docs', 'huong-dan-bien-tap.md'), 'utf8');
const SECTION = GUIDE.slice(GUIDE.indexOf('## 16. Thành phần trong văn bản'));

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

/** The "Trường …" line of every body error the check prints for `file` with `lines` appended. */
function quotedLines(file: string, lines: string, extra: Record<string, string> = {}): string[] {
	root = writeTree({ [file]: `${FILES[file]!.replace(/\n*$/, '\n\n')}${lines}\n`, ...extra });
	return checkContent(root)
		.errors.filter((e) => e.field === 'body' && !e.message.startsWith('liên kết'))
		.map((e) => formatProblem(e).split('\n').find((row) => row.includes('Trường nội dung'))!.trim());
}

describe('section 16 of the guide', () => {
	it('exists and is in the table of contents', () => {
		expect(SECTION.length).toBeGreaterThan(1000);
		expect(GUIDE).toContain('16. [Thành phần trong văn bản](#16-thành-phần-trong-văn-bản)');
	});

	it.each([
		["import Bang from './bang.astro'"],
		['Tổng số {1 + 1} đơn vị.'],
		['<Note title={"Lưu ý"}>Chữ.</Note>'],
		['<Notes>Chữ.</Notes>'],
		['<b>Điều 1.</b>'],
		['<Photo src="../anh/le-trao.jpg" alt="Lễ trao Cờ thi đua" />'],
		['<Photo src="./le-trao.jpg" alt="Lễ trao" />'],
		['<DocumentCard id="ubnd-huyen-binh-lam/2024/ke-hoach-thi-du" />'],
		['<Note title="Lưu ý">\n\nChữ.'],
		['<Honourees />'],
	])('quotes what the check prints for %s', (lines) => {
		const quoted = quotedLines(DECISION, `<Honourees />\n\n${lines}`);
		expect(quoted.length).toBeGreaterThan(0);
		for (const line of quoted) expect(SECTION).toContain(`\`${line}\``);
	});

	it('quotes the messages for a photo without alt or with an empty one, and a chart without honourees', () => {
		const photo = { 'documents/ubnd-huyen-binh-lam/2024/le-trao.jpg': 'x' };
		const lines = [
			...quotedLines(DECISION, '<Chart />\n\n<Photo src="./le-trao.jpg" />', photo),
			...quotedLines(DECISION, '<Chart />\n\n<Photo src="./le-trao.jpg" alt="" />', photo),
			...quotedLines(PLAN, '<Chart />'),
		].filter((line) => !line.includes('nội dung tệp'));
		expect(lines).toHaveLength(3);
		for (const line of lines) expect(SECTION).toContain(`\`${line}\``);
	});
});
