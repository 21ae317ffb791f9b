/**
 * node tools/publishing/award-codes-doc.ts [--write]
 * The guide's list of award codes, made from the schema's own list so the two
 * never disagree: prints the Markdown table, or with --write puts it in
 * docs/huong-dan-bien-tap.md between its two marker comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { AWARD_FORMS, AWARD_FORM_KEYS } from '../../src/schema/awards.ts';
import { HONOUREE_KINDS } from '../../src/schema/vocabulary.ts';

export const GUIDE = path.resolve(import.meta.dirname, '..', '..', 'docs', 'huong-dan-bien-tap.md');
export const START = '<!-- award-codes:start (sinh từ danh mục của lệnh kiểm tra: node tools/publishing/award-codes-doc.ts --write) -->';
export const END = '<!-- award-codes:end -->';

const GROUPS = { 'hinh-thuc': 'hình thức khen thưởng', 'danh-hieu': 'danh hiệu thi đua' } as const;

/** One row per code: the code to type, the Vietnamese name, its kind, and who may receive it. */
export function awardCodesTable(): string {
	const rows = AWARD_FORM_KEYS.map((key) => {
		const form = AWARD_FORMS[key];
		const who = form.for.map((kind) => HONOUREE_KINDS[kind].toLowerCase()).join(', ');
		return `| \`${key}\` | ${form.label} | ${GROUPS[form.group]} | ${who} |`;
	});
	return ['| mã (`award`) | tên | loại | dành cho |', '|---|---|---|---|', ...rows].join('\n');
}

/** The guide with its award-code block replaced by the current table. */
export function withAwardCodes(guide: string): string {
	const start = guide.indexOf(START);
	const end = guide.indexOf(END);
	if (start < 0 || end < start) throw new Error(`${GUIDE}: thiếu hai dòng đánh dấu ${START} … ${END}`);
	return `${guide.slice(0, start + START.length)}\n\n${awardCodesTable()}\n\n${guide.slice(end)}`;
}

export function runCli(argv: string[], io: { output: Writable }, guide = GUIDE): number {
	if (argv.includes('--write')) {
		fs.writeFileSync(guide, withAwardCodes(fs.readFileSync(guide, 'utf8')));
		io.output.write(`Đã cập nhật danh mục mã khen thưởng trong ${path.relative(process.cwd(), guide)}.\n`);
	} else {
		io.output.write(`${awardCodesTable()}\n`);
	}
	return 0;
}

if (import.meta.main) process.exitCode = runCli(process.argv.slice(2), { output: process.stdout });
