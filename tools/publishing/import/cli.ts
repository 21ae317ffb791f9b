/**
 * npm run import -- <file> [--agency <id>] [--source <url>] [--out <dir>] [--dry-run] [--force]
 * Turns a signed document (text, .docx, PDF or scan) into a draft MDX file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentPath } from '../../../src/paths.ts';
import { loadAgencies } from './agencies-load.ts';
import { importText } from './import-text.ts';
import { findDuplicate } from './duplicates.ts';
import { InputError, readInput } from './input/read-input.ts';
import { formatReport } from './report.ts';

const USAGE = `Cách dùng: npm run import -- <tệp> [--agency <mã cơ quan>] [--source <địa chỉ web>] [--out <thư mục>] [--dry-run] [--force]

  <tệp>            văn bản cần nhập: .txt (UTF-8), .docx (Word), .pdf (có lớp chữ, hoặc bản quét),
                   hay ảnh quét .png/.jpg/.tif (nhận dạng chữ bằng Tesseract tiếng Việt)
  --agency <mã>    mã cơ quan ban hành (tên tệp trong content/agencies), khi công cụ không tự nhận ra
  --source <url>   địa chỉ trang web nơi lấy văn bản (ghi vào source.url)
  --out <thư mục>  nơi ghi bản nháp (mặc định: content/documents)
  --dry-run        chỉ in bản nháp và báo cáo, không ghi tệp
  --force          ghi đè nếu tệp đã có`;

export interface CliIo {
	out: (text: string) => void;
	err: (text: string) => void;
}

const defaultIo: CliIo = {
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the importer; returns the exit code (0 done, 1 could not import or write, 2 wrong usage). */
export function runCli(argv: string[], io: CliIo = defaultIo): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				agency: { type: 'string' },
				out: { type: 'string' },
				source: { type: 'string' },
				'dry-run': { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		io.err(`Lỗi tham số dòng lệnh: ${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	if (positionals.length !== 1) {
		io.err(`${positionals.length === 0 ? 'Chưa chỉ ra tệp cần nhập (file).' : 'Chỉ nhập được một tệp mỗi lần (file).'}\n\n${USAGE}`);
		return 2;
	}
	const input = path.resolve(positionals[0]!);
	if (!fs.existsSync(input) || !fs.statSync(input).isFile()) {
		io.err(`Không tìm thấy tệp đầu vào (file): ${input}\nKiểm tra lại đường dẫn và tên tệp.`);
		return 1;
	}
	let read;
	try {
		read = readInput(input);
	} catch (error) {
		if (error instanceof InputError) {
			io.err(error.message);
			return 1;
		}
		throw error;
	}
	const text = read.text;
	if (text.trim() === '') {
		io.err(`Tệp đầu vào rỗng (file): ${input}`);
		return 1;
	}

	const agencies = loadAgencies(contentPath('agencies'));
	if (values.agency && !agencies.some((a) => a.id === values.agency)) {
		io.err(`Không có cơ quan mã "${values.agency}" trong content/agencies (--agency).\nCác mã hiện có: ${agencies.map((a) => a.id).join(', ') || '(chưa có cơ quan nào)'}`);
		return 2;
	}

	const result = importText(text, { agencies, agency: values.agency, fileName: path.basename(input), scanned: read.via === 'ocr', sourceUrl: values.source, inputNote: read.note });
	const outDir = path.resolve(values.out ?? contentPath('documents'));
	const target = path.join(outDir, result.suggestedPath);
	const shown = path.relative(process.cwd(), target) || target;

	const duplicate = findDuplicate(result.frontmatter, outDir);
	if (duplicate && path.resolve(duplicate.file) !== target) {
		const existing = path.relative(process.cwd(), duplicate.file) || duplicate.file;
		io.err(`Văn bản này đã có trên trang: ${existing}\n(${duplicate.reason}).\nKhông tạo bản thứ hai. Cách sửa: mở và sửa tệp đã có; nếu đây thật là văn bản khác, kiểm tra lại số, ngày và trích yếu.`);
		return 1;
	}
	if (values['dry-run']) {
		io.out(result.mdx);
		io.out(formatReport(result, { path: shown, written: false }));
		return 0;
	}
	if (fs.existsSync(target) && !values.force) {
		io.err(`Tệp đã có: ${shown}\nKhông ghi đè để tránh mất phần đã sửa. Đổi tên hoặc chuyển tệp cũ đi, hoặc chạy lại với --force để ghi đè.`);
		return 1;
	}
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.writeFileSync(target, result.mdx, 'utf8');
	io.out(formatReport(result, { path: shown, written: true }));
	return 0;
}

if (import.meta.main) {
	process.exitCode = runCli(process.argv.slice(2));
}
