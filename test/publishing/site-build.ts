/**
 * Builds the site from a content folder of the test's own, as CI would, and
 * reads back every output file, decompressing Pagefind's gzip files and the
 * search's passage files, so a test can look for a string in everything a
 * build publishes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import zlib from 'node:zlib';
import { ROOT } from '../helpers/paths.ts';
import { PASSAGE_FILE_EXTENSION } from '../../src/search/passages.ts';
import { passageFileText } from '../../src/search/read-index.ts';

export function buildSite(contentDir: string, env: Record<string, string>): string {
	return buildSiteWithLog(contentDir, env).out;
}

/** Like buildSite, also returning what the build printed; `out` builds over an earlier build's output. */
export function buildSiteWithLog(contentDir: string, env: Record<string, string>, out = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-build-'))): { out: string; log: string } {
	const result = spawnSync(process.execPath, [path.join(ROOT, 'src', 'build.ts')], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, REPOSITORY_URL: '', ...env, CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
	// With CI set, Astro colours its log even into a pipe; tests match plain text.
	return { out, log: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

export interface OutputFile {
	/** Path inside the output, with "/" separators: "van-ban/…/index.html". */
	path: string;
	/** Lowercased text of the file (decompressed when gzip: Pagefind's files, the open data JSON), read as latin1 so binary files never throw. */
	text: string;
}

function walk(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

/** Every file of a built site; gzip files (Pagefind's index and fragments, the open data JSON) are gunzipped first, as their readers would. */
export function outputFiles(out: string): OutputFile[] {
	return walk(out).map((file) => {
		const relative = path.relative(out, file).split(path.sep).join('/');
		let bytes = fs.readFileSync(file);
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
		// A long page's text past its lead: passages compressed one by one (src/search/passages.ts).
		if (relative.startsWith('pagefind/') && relative.endsWith(PASSAGE_FILE_EXTENSION)) bytes = Buffer.from(passageFileText(file));
		// UTF-8 text is searched as UTF-8 so Vietnamese markers match; latin1 keeps binary files searchable for ASCII.
		return { path: relative, text: `${bytes.toString('utf8')}\n${bytes.toString('latin1')}`.toLowerCase() };
	});
}

/** Where a string shows up: in a file's path or its content. */
export function filesMentioning(files: OutputFile[], needle: string): string[] {
	const wanted = needle.toLowerCase();
	return files.filter((file) => file.path.toLowerCase().includes(wanted) || file.text.includes(wanted)).map((file) => file.path);
}

/** A small but valid one-page PDF, so attachment tests publish a real file. */
export function tinyPdf(text: string): Buffer {
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${`BT /F1 18 Tf 72 770 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 18 Tf 72 770 Td (${text}) Tj ET\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(body, 'latin1');
}
