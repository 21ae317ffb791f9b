/** The same document filed twice, even without a number: a second import of a published plan is refused. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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

const COPY = 'documents/ubnd-huyen-thuan-nam/2023/kh-ban-sao.mdx';
const titleErrors = () => checkContent(root).errors.filter((p) => p.field === 'title');

describe('a document already on the site', () => {
	it('imported again from its signed text (no number on the copy), both files are named', () => {
		const seed = path.join(import.meta.dirname, 'check-fixtures', 'thuan-nam-kh-cchc-2023.txt');
		const result = spawnSync(process.execPath, [path.join(ROOT, 'src/publishing/import/cli.ts'), seed, '--out', path.join(root, 'documents')], { encoding: 'utf8', cwd: ROOT });
		expect(result.status, result.stderr).toBe(0);
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
