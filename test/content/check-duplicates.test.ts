/** The same document filed twice, even without a number: the importer refuses it, and the check names a copy made by hand. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';
import { ROOT } from '../helpers/paths.ts';

let root: string;
beforeEach(() => {
	root = copyContent();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const SIGNED_TEXT = path.join(import.meta.dirname, 'check-fixtures', 'thuan-nam-kh-cchc-2023.txt');
const importInto = (out: string) =>
	spawnSync(process.execPath, [path.join(ROOT, 'tools/publishing/import/cli.ts'), SIGNED_TEXT, '--out', out], { encoding: 'utf8', cwd: ROOT });

const COPY = 'documents/ubnd-huyen-thuan-nam/2023/kh-ban-sao.mdx';
const titleErrors = () => checkContent(root).errors.filter((p) => p.field === 'title');

describe('a document already on the site', () => {
	it('the importer refuses it, naming the published file', () => {
		const result = importInto(path.join(root, 'documents'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Văn bản này đã có trên trang');
		expect(result.stderr).toContain(path.basename(SEED.thuanNam));
	});

	it('imported elsewhere and copied in (no number on the copy), the check names both files', () => {
		// Imported into an empty folder the importer sees no duplicate, as on another clerk's machine.
		const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-import-'));
		try {
			expect(importInto(elsewhere).status).toBe(0);
			const name = 'ubnd-huyen-thuan-nam/2023/kh-phat-dong-phong-trao-thi-dua-cai-cach-hanh-chinh.mdx';
			fs.copyFileSync(path.join(elsewhere, name), path.join(root, 'documents', name));
		} finally {
			fs.rmSync(elsewhere, { recursive: true, force: true });
		}
		const imported = 'documents/ubnd-huyen-thuan-nam/2023/kh-phat-dong-phong-trao-thi-dua-cai-cach-hanh-chinh.mdx';
		editData(root, imported, (d) => (d.summary = 'Phát động thi đua cải cách hành chính năm 2023.'));
		const errors = titleErrors();
		expect(errors.map((e) => path.basename(e.file)).sort()).toEqual([path.basename(imported), path.basename(SEED.thuanNam)].sort());
		expect(errors.find((e) => e.file.endsWith(imported))!.message).toMatch(/^trùng với .*kh-phat-dong-thi-dua-cai-cach-hanh-chinh\.mdx \(ngày 01\/2023\): cùng cơ quan, loại văn bản, trích yếu và ngày ban hành$/);
	});

	it('the same title with another number, or in another period, is another document', () => {
		fs.copyFileSync(path.join(root, SEED.thuanNam), path.join(root, COPY));
		expect(titleErrors()).toHaveLength(2);
		editData(root, COPY, (d) => (d.date = '2023-06'));
		expect(titleErrors().map(formatProblem)).toEqual([]);
		editData(root, COPY, (d) => (d.date = '2023'));
		expect(titleErrors()).toHaveLength(2);
		editData(root, COPY, (d) => (d.number = '12'));
		editData(root, SEED.thuanNam, (d) => (d.number = '11'));
		expect(titleErrors().map(formatProblem)).toEqual([]);
	});
});
