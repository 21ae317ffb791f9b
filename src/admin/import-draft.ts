/**
 * Import from the editor: the text of a signed document in, the draft that
 * `npm run import` makes out, warnings included. It runs the importer's own
 * command (dry run) on the uploaded text, so the two never differ. Served by
 * the local editor at POST /quan-tri/nhap (public/quan-tri/nhap.html).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli as runImport } from '../publishing/import/cli.ts';

export interface ImportedDraft {
	/** 0 when a draft was made; the importer's exit code otherwise. */
	status: number;
	/** What the importer printed: the draft MDX, then its report of what to check and fix. */
	output: string;
	/** Its messages when it could not import. */
	errors: string;
}

/** "QĐ 412 (bản ký).txt" → "qd-412-ban-ky.txt": the importer names the draft after the file when the title is unreadable. */
function safeFileName(name: string): string {
	const stem = path.basename(name).replace(/\.[^.]*$/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
	return `${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'van-ban'}.txt`;
}

export function importDraft(text: string, fileName: string): ImportedDraft {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-nhap-'));
	try {
		const file = path.join(dir, safeFileName(fileName));
		fs.writeFileSync(file, text);
		const out: string[] = [];
		const err: string[] = [];
		const status = runImport([file, '--dry-run'], { out: (line) => out.push(line), err: (line) => err.push(line) });
		return { status, output: out.join('\n'), errors: err.join('\n') };
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
