/**
 * A quote opened and never closed makes js-yaml read on across the next
 * fields and give up lines later, as "bad indentation": the check names the
 * line that lacks its quote, and which quote.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/index.ts';
import { unclosedQuote } from '../../src/validation/yaml-errors.ts';
import { FILES, PLAN, writeTree } from '../content/fixture-tree.ts';

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

/** 1-based line of `text` in the plan. */
const lineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('an unclosed quote in the front matter', () => {
	it.each([
		['a double quote in a field followed by others', 'campaign: thi-dua-cchc-2024', 'campaign: "thi-dua-cchc-2024', /dấu ngoặc kép " mà không đóng/, /thêm dấu " ở cuối/],
		['a single quote in a field', 'symbol: KH-UBND', "symbol: 'KH-UBND", /dấu nháy đơn ' mà không đóng/, /thêm dấu ' ở cuối/],
		['a double quote in a list item', '    what: Các đơn vị gửi hồ sơ đề nghị khen thưởng.', '    what: "Các đơn vị gửi hồ sơ đề nghị khen thưởng.', /dấu ngoặc kép " mà không đóng/, /bỏ dấu " ở đầu/],
	])('%s: the message names that line', (_name, from, to, message, hint) => {
		const source = FILES[PLAN]!.replace(from, to);
		root = writeTree({ [PLAN]: source });
		const yaml = checkContent(root).errors.filter((p) => p.field === 'YAML');
		expect(yaml).toHaveLength(1);
		expect(yaml[0]!.line).toBe(lineOf(source, to));
		expect(yaml[0]!.message).toMatch(message);
		expect(yaml[0]!.hint).toMatch(hint);
	});

	it('quotes closed on their line, escaped quotes and doubled single quotes are not taken for unclosed ones', () => {
		const lines = ['title: "Về việc \\"Dân vận khéo\\" năm 2024"', "summary: 'Kế hoạch ''thi đua'' năm 2024'", '  - "Lưu: VT."', 'place: Bình Lâm'];
		expect(unclosedQuote(lines, lines.length - 1)).toBeUndefined();
		expect(unclosedQuote([...lines, 'note: "mở mà không đóng'], lines.length)).toMatchObject({ index: lines.length });
	});
});
