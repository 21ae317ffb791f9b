/**
 * The Debian programs the importer runs for PDFs and scans: pdftotext and
 * pdftoppm (poppler-utils), tesseract with its Vietnamese model
 * (tesseract-ocr, tesseract-ocr-vie). Each can be pointed elsewhere with an
 * environment variable, which is also how the tests simulate a missing one.
 */
import { spawnSync } from 'node:child_process';

export interface Tool {
	/** Environment variable that overrides the program's path. */
	env: string;
	command: string;
	/** Debian package that installs it. */
	pkg: string;
}

export const TOOLS = {
	pdftotext: { env: 'IMPORT_PDFTOTEXT', command: 'pdftotext', pkg: 'poppler-utils' },
	pdftoppm: { env: 'IMPORT_PDFTOPPM', command: 'pdftoppm', pkg: 'poppler-utils' },
	tesseract: { env: 'IMPORT_TESSERACT', command: 'tesseract', pkg: 'tesseract-ocr' },
} satisfies Record<string, Tool>;

/** A problem with the input or the tools, already worded for the press officer. */
export class InputError extends Error {}

/** Run a tool; a missing program becomes a Vietnamese message naming the package to install. */
export function runTool(tool: Tool, args: string[], options: { input?: Uint8Array; failure?: (stderr: string) => string } = {}): Buffer {
	const command = process.env[tool.env] || tool.command;
	const result = spawnSync(command, args, { input: options.input, maxBuffer: 256 * 1024 * 1024 });
	if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
		throw new InputError(`Không tìm thấy chương trình "${command}" (cần cho tệp PDF hoặc ảnh quét).\nCách sửa: cài gói Debian ${tool.pkg}: sudo apt-get install -y ${tool.pkg}${tool.pkg === 'tesseract-ocr' ? ' tesseract-ocr-vie' : ''} (hoặc đặt biến ${tool.env} là đường dẫn tới chương trình).`);
	}
	if (result.error) throw new InputError(`Không chạy được "${command}": ${result.error.message}`);
	if (result.status !== 0) {
		// The tool's own message is English: the caller says what the failure means; never shown to the press officer as is.
		const stderr = String(result.stderr);
		throw new InputError(options.failure?.(stderr) ?? `Chương trình "${command}" không xử lý được tệp (mã lỗi ${result.status}).\nCách sửa: kiểm tra tệp mở được bình thường, lưu lại rồi nhập lại.`);
	}
	return result.stdout;
}

/** Tesseract's Vietnamese model must be installed: without it OCR would read Vietnamese as English and drop the diacritics. */
export function requireVietnameseModel(): void {
	const listed = String(runTool(TOOLS.tesseract, ['--list-langs']));
	if (!/^vie$/m.test(listed)) {
		throw new InputError('Tesseract chưa có dữ liệu tiếng Việt (vie), nên không nhận dạng được chữ có dấu.\nCách sửa: cài gói Debian tesseract-ocr-vie: sudo apt-get install -y tesseract-ocr-vie');
	}
}
