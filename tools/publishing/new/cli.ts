/**
 * npm run new [-- --type … --agency … --number … --symbol … --date … --title … --summary … --campaign … --source … --name … --yes]
 * Creates content/documents/<agency>/<year>/<name>.mdx for a new document:
 * asks for what the flags do not give, checks each answer as it comes, never
 * overwrites a file, and starts the document as a draft.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { CONTENT_DIR } from '../../../src/paths.ts';
import { formatDateShort, today } from '../../../src/lib/dates.ts';
import { checkContent, formatProblem } from '../../../src/validation/index.ts';
import { createAsker, InputEnded } from './ask.ts';
import { filesWithNumber, loadCatalogue } from './catalogue.ts';
import { newDocumentMdx } from './template.ts';
import { askAnswers, USAGE } from './questions.ts';
import { parseFileName, suggestFileName } from './fields.ts';

export interface NewIo {
	input: Readable;
	output: Writable;
	error: Writable;
}

const OPTIONS = {
	type: { type: 'string' }, agency: { type: 'string' }, number: { type: 'string' }, symbol: { type: 'string' },
	date: { type: 'string' }, title: { type: 'string' }, summary: { type: 'string' }, campaign: { type: 'string' },
	source: { type: 'string' }, name: { type: 'string' },
	yes: { type: 'boolean', short: 'y', default: false }, help: { type: 'boolean', short: 'h', default: false },
} as const;

const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** Returns the exit code: 0 written, 1 not written (file exists, cancelled, input ended, duplicate), 2 wrong flags. */
export async function runNew(argv: string[], io: NewIo, contentDir = CONTENT_DIR): Promise<number> {
	const err = (text: string) => io.error.write(`${text}\n`);
	let values;
	try {
		values = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false }).values;
	} catch (error) {
		err(`Lỗi tham số dòng lệnh: ${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		io.output.write(`${USAGE}\n`);
		return 0;
	}
	const catalogue = loadCatalogue(contentDir);
	if (catalogue.agencies.length === 0) {
		err(`Chưa có cơ quan nào trong ${shown(path.join(contentDir, 'agencies'))}: tạo tệp <mã-cơ-quan>.yaml cho cơ quan ban hành trước.`);
		return 1;
	}
	const asker = createAsker(io.input, io.output);
	try {
		const result = await askAnswers(values, catalogue, asker);
		if (!result.ok) {
			err(`Chưa tạo được văn bản:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n\nChạy "npm run new -- --help" để xem cách dùng.`);
			return 2;
		}
		const doc = result.value;
		const year = doc.date.slice(0, 4);
		if (doc.number) {
			const taken = filesWithNumber(contentDir, doc.agency, year, doc.number, doc.symbol);
			if (taken.length > 0) {
				err(`Số ${doc.number}${doc.symbol ? `/${doc.symbol}` : ''} năm ${year} của cơ quan này đã dùng cho ${taken.map(shown).join(', ')} (number).\nKiểm tra lại số văn bản; không tạo tệp mới.`);
				return 1;
			}
		}
		const folder = path.join(contentDir, 'documents', doc.agency, year);
		let name = values.name ?? suggestFileName(doc.type, doc.number, doc.title);
		const nameCheck = parseFileName(name);
		if (!nameCheck.ok) {
			err(`Tên tệp "${name}" không dùng được (--name): ${nameCheck.error}.`);
			return 2;
		}
		name = nameCheck.value;
		let target = path.join(folder, `${name}.mdx`);
		while (fs.existsSync(target)) {
			if (values.yes) {
				err(`Tệp đã có: ${shown(target)}\nKhông ghi đè để tránh mất nội dung. Chọn tên khác với --name <tên-tệp>.`);
				return 1;
			}
			asker.say(`Tệp ${shown(target)} đã có; không ghi đè.`);
			name = await asker.ask('Tên tệp khác (chữ thường không dấu, gạch ngang), không gõ đuôi .mdx:', parseFileName);
			target = path.join(folder, `${name}.mdx`);
		}
		if (!values.yes) {
			const confirm = await asker.ask(`Sẽ tạo ${shown(target)}. Ghi tệp? (c: có, k: không)`, (a) => (/^(c|co|có|y|yes)$/i.test(a.trim()) ? { ok: true, value: true } : /^(k|khong|không|n|no)$/i.test(a.trim()) ? { ok: true, value: false } : { ok: false, error: 'trả lời c hoặc k' }), 'c');
			if (!confirm) {
				err('Đã hủy, không ghi tệp nào.');
				return 1;
			}
		}
		fs.mkdirSync(folder, { recursive: true });
		fs.writeFileSync(target, newDocumentMdx(doc, formatDateShort(today()), catalogue.campaigns.filter((c) => c.agency === doc.agency).map((c) => c.id)), { encoding: 'utf8', flag: 'wx' });
		io.output.write(`${report(target, contentDir)}\n`);
		return 0;
	} catch (error) {
		if (error instanceof InputEnded) {
			err(`${error.message} Chưa ghi tệp nào.`);
			return 1;
		}
		throw error;
	} finally {
		asker.close();
	}
}

/** What the checker still says about the new file, and what to do next. */
function report(target: string, contentDir: string): string {
	const problems = checkContent(contentDir).problems.filter((p) => path.resolve(p.file) === target);
	const lines = [`Đã tạo văn bản mới (bản nháp): ${shown(target)}`];
	if (problems.length > 0) {
		lines.push('', `Kiểm tra nội dung còn báo ${problems.length} điều cần sửa trong tệp này:`, ...problems.map(formatProblem));
		if (problems.some((p) => p.severity === 'error')) lines.push('Trang không xây dựng được cho tới khi sửa xong các lỗi này, kể cả khi văn bản còn là bản nháp.');
	} else {
		lines.push('Kiểm tra nội dung: tệp hợp lệ.');
	}
	lines.push(
		'',
		'Việc tiếp theo:',
		'  1. Mở tệp, điền các dòng TODO (số, địa danh, người ký, căn cứ, nơi nhận…) và dán toàn văn.',
		'  2. Đặt bản gốc có chữ ký (PDF) cạnh tệp và khai báo trong "attachments".',
		'  3. Chạy "npm run check" cho tới khi không còn lỗi.',
		'  4. Đổi "draft: true" thành "draft: false" (hoặc đặt "publishAt") rồi gửi lên kho (commit).',
	);
	return lines.join('\n');
}

if (import.meta.main) {
	process.exitCode = await runNew(process.argv.slice(2), { input: process.stdin, output: process.stdout, error: process.stderr });
}
