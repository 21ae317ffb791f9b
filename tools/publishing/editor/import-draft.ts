/**
 * Import from the editor: a signed document as uploaded (text, Word, PDF or
 * scan) in, the draft that `npm run import` makes out, warnings included. It
 * writes the bytes unchanged to a temporary file with the original extension
 * and runs the importer's own command (`node tools/publishing/import/cli.ts
 * <file> --dry-run`, what `npm run import` runs) on it, so the importer picks
 * the reader (docx, pdftotext, Tesseract) exactly as on the command line and
 * the two never differ. A child process, not a call: OCR of one scanned page
 * takes 10-20 s here, and a call would freeze the local editor's server for
 * that long. Served by the local editor at POST /quan-tri/nhap
 * (public/quan-tri/nhap.html).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const IMPORT_CLI = path.resolve(import.meta.dirname, '..', 'import', 'cli.ts');
/** A many-page OCR'd PDF prints a long draft; far above any real one. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export interface ImportedDraft {
	/** 0 when a draft was made; the importer's exit code otherwise (2 also for a format it does not read). */
	status: number;
	/** What the importer printed: the draft MDX, then its report of what to check and fix. */
	output: string;
	/** Its messages when it could not import. */
	errors: string;
}

/**
 * Extensions the import page offers, as the importer reads them
 * (tools/publishing/import/input/read-input.ts). ".doc" is let through so the
 * press officer gets the importer's own advice to save it as .docx.
 */
export const IMPORT_EXTENSIONS = ['.txt', '.docx', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;
const PASSED_TO_IMPORTER = new Set<string>([...IMPORT_EXTENSIONS, '.doc']);

/** "QĐ 412 (bản ký).PDF" → "qd-412-ban-ky.pdf": the importer names the draft after the file when the title is unreadable. */
function safeFileName(name: string, extension: string): string {
	const stem = path.basename(name).replace(/\.[^.]*$/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
	return `${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'van-ban'}${extension}`;
}

function unsupported(fileName: string): ImportedDraft {
	return {
		status: 2,
		output: '',
		errors: `Tệp "${path.basename(fileName)}" không phải dạng công cụ nhập đọc được (file).\nCách sửa: chọn tệp ${IMPORT_EXTENSIONS.join(', ')}; tệp .doc (Word cũ) thì mở bằng Word hoặc LibreOffice và lưu lại dạng .docx hoặc PDF.`,
	};
}

/** The command prints each message with a newline; the draft is its text without the last one. */
const withoutLastNewline = (text: string) => text.replace(/\n$/, '');

function runImportCommand(file: string): Promise<ImportedDraft> {
	return new Promise((resolve, reject) => {
		execFile(process.execPath, [IMPORT_CLI, file, '--dry-run'], { encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES }, (error, stdout, stderr) => {
			const status = error ? error.code : 0;
			if (typeof status !== 'number') reject(error);
			else resolve({ status, output: withoutLastNewline(stdout), errors: withoutLastNewline(stderr) });
		});
	});
}

export async function importDraft(bytes: Uint8Array, fileName: string): Promise<ImportedDraft> {
	const extension = path.extname(fileName).toLowerCase();
	if (!PASSED_TO_IMPORTER.has(extension)) return unsupported(fileName);
	const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tdkt-nhap-'));
	try {
		const file = path.join(dir, safeFileName(fileName, extension));
		await fs.writeFile(file, bytes);
		return await runImportCommand(file);
	} finally {
		await fs.rm(dir, { recursive: true, force: true });
	}
}
