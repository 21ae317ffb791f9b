/**
 * Import from the editor reads every format `npm run import` reads: the page
 * uploads the file's bytes unchanged and the local editor hands them to the
 * importer, so a Word file, a PDF with a text layer and a scan give the same
 * draft and warnings as `npm run import -- <file> --dry-run`, and a missing
 * Tesseract gives the importer's own Vietnamese advice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../src/lib/yaml.ts';
import { runCli as runImport } from '../../tools/publishing/import/cli.ts';
import type { ImportedDraft } from '../../tools/publishing/editor/import-draft.ts';
import { type EditorSession, openEditorSession } from './editor-session.ts';
import { ROOT } from '../helpers/paths.ts';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const CASES = [
	{ format: 'a Word file', file: 'ttg-345-2008-qd-ttg-word.docx' },
	{ format: 'a PDF with a text layer', file: 'nghe-an-594-2021-kh-ubnd-pdf.pdf' },
	{ format: 'a scanned page (PNG, OCR)', file: 'quang-ninh-2896-2014-qd-ubnd-ban-quet.png' },
];
/** The command line's drafts, made before the editor starts: the importer runs synchronously and would hold up this process's server. */
const onCommandLine = new Map<string, ImportedDraft>();
let session: EditorSession;

beforeAll(async () => {
	for (const { file } of CASES) onCommandLine.set(file, importOnCommandLine(path.join(FIXTURES, file)));
	session = await openEditorSession();
});
afterAll(async () => {
	await session?.close();
});

/** What `npm run import -- <file> --dry-run` prints, and its exit code. */
function importOnCommandLine(file: string): ImportedDraft {
	const out: string[] = [];
	const err: string[] = [];
	const status = runImport([file, '--dry-run'], { out: (line) => out.push(line), err: (line) => err.push(line) });
	return { status, output: out.join('\n'), errors: err.join('\n') };
}

async function upload(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ImportedDraft> {
	const response = await fetch(`${session.editor.url}nhap`, {
		method: 'POST',
		body: bytes,
		headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) },
	});
	expect(response.status).toBe(200);
	return (await response.json()) as ImportedDraft;
}

function frontmatter(draft: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(draft);
	expect(match, 'the draft starts with its frontmatter').not.toBeNull();
	return parseYaml(match![1]!) as Record<string, unknown>;
}

describe('import from the editor, every format', { timeout: 600_000 }, () => {
	for (const { format, file } of CASES) {
		it(`makes from ${format} the draft and warnings \`npm run import --dry-run\` makes`, async () => {
			const fixture = path.join(FIXTURES, file);
			const expected = onCommandLine.get(file)!;
			expect(expected.status).toBe(0);
			const draft = await upload(file, fs.readFileSync(fixture));
			expect(draft).toEqual(expected);
			const fields = frontmatter(draft.output);
			const wanted = (parseYaml(fs.readFileSync(fixture.replace(/\.[^.]+$/, '.expected.yaml'), 'utf8')) as { expected: Record<string, unknown> }).expected;
			// The agency depends on content/agencies (the same for both sides); the importer's own bench checks it.
			for (const field of ['type', 'number', 'symbol', 'date'] as const) expect(fields[field], field).toBe(wanted[field]);
			expect(draft.output).toContain('Tệp sẽ được ghi vào: content/documents/');
		});
	}

	it('passes on the importer\'s Vietnamese advice when Tesseract is missing', async () => {
		const saved = process.env.IMPORT_TESSERACT;
		// The local editor runs in this process, so the importer sees the same override the importer's own tests use.
		process.env.IMPORT_TESSERACT = path.join(ROOT, 'khong-co', 'tesseract');
		try {
			const draft = await upload('Bản quét QĐ 2896.png', fs.readFileSync(path.join(FIXTURES, 'quang-ninh-2896-2014-qd-ubnd-ban-quet.png')));
			expect(draft.status).toBe(1);
			expect(draft.output).toBe('');
			expect(draft.errors).toContain('Không tìm thấy chương trình');
			expect(draft.errors).toContain('Cách sửa: cài gói Debian tesseract-ocr: sudo apt-get install -y tesseract-ocr tesseract-ocr-vie');
		} finally {
			if (saved === undefined) delete process.env.IMPORT_TESSERACT;
			else process.env.IMPORT_TESSERACT = saved;
		}
	});

	it('refuses a format the importer does not read, saying which ones it does', async () => {
		const draft = await upload('bang-tinh.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
		expect(draft.status).toBe(2);
		expect(draft.errors).toContain('"bang-tinh.xlsx" không phải dạng công cụ nhập đọc được');
		expect(draft.errors).toContain('Cách sửa: chọn tệp .txt, .docx, .pdf, .png, .jpg, .jpeg, .tif, .tiff');
	});

	it('lets a press officer upload a Word file on the page and read the draft, on a 360 px phone', async () => {
		const file = path.join(FIXTURES, 'ttg-345-2008-qd-ttg-word.docx');
		const expected = onCommandLine.get('ttg-345-2008-qd-ttg-word.docx')!;
		const page = await session.newPage(360);
		try {
			await page.goto(`${session.editor.url}nhap.html`);
			const input = page.getByLabel('Tệp văn bản');
			expect(await input.getAttribute('accept')).toContain('.docx');
			await input.setInputFiles(file);
			await page.getByRole('button', { name: 'Lập bản nháp' }).click();
			await page.getByRole('heading', { name: 'Bản nháp và những điều cần kiểm tra' }).waitFor();
			expect(await page.locator('#ket-qua pre').textContent()).toBe(expected.output);
			expect(await page.getByRole('status').textContent()).toContain('Đã lập bản nháp từ “ttg-345-2008-qd-ttg-word.docx”');
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

			await page.getByLabel('Tệp văn bản').setInputFiles({ name: 'bang-tinh.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
			await page.getByRole('button', { name: 'Lập bản nháp' }).click();
			await page.getByRole('alert').getByRole('heading', { name: 'Không lập được bản nháp' }).waitFor();
			expect(await page.getByRole('alert').textContent()).toContain('Cách sửa: chọn tệp .txt, .docx');
			expect(await page.locator('#ket-qua').textContent()).toBe('');
		} finally {
			await page.close();
		}
	});
});
