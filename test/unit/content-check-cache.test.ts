/**
 * The build's content check keeps the per-file rules' findings between
 * builds (src/validation/per-file-cache.ts): with the cache it must report
 * exactly what a check without it reports, after edits that add and remove
 * problems, while running the per-file rules only on changed files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/index.ts';
import { perFileProblems } from '../../src/validation/per-file-cache.ts';
import { loadRawContent } from '../../src/validation/load.ts';
import { checkText } from '../../src/validation/text.ts';
import { copyContent, SEED } from '../helpers/content-fixture.ts';

let root = '';
let cacheDir = '';
beforeEach(() => {
	root = copyContent();
	cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-check-cache-'));
});
afterEach(() => {
	for (const dir of [root, cacheDir]) fs.rmSync(dir, { recursive: true, force: true });
});

const append = (file: string, text: string) => fs.appendFileSync(path.join(root, file), `\n${text}\n`);
const messages = (result: ReturnType<typeof checkContent>) => result.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.field} ${p.message}`);

describe('content check with the per-file cache', () => {
	it('reports what the check without a cache reports, reading only changed files again', () => {
		const documents = checkContent(root).content.documents.size;
		const first = checkContent(root, { cacheDir });
		expect(first.checkedFiles).toBeGreaterThan(documents);
		expect(messages(first)).toEqual(messages(checkContent(root)));

		const unchanged = checkContent(root, { cacheDir });
		expect(unchanged.checkedFiles).toBe(0);
		expect(unchanged.problems).toEqual(first.problems);

		// Two per-file errors in one body: raw HTML, and a TODO line in a document that is not a draft.
		append(SEED.thuanNam, '<b>Điều 1.</b> Tặng Bằng khen\n\nTODO: bổ sung danh sách');
		const edited = checkContent(root, { cacheDir });
		expect(edited.checkedFiles).toBe(1);
		expect(messages(edited)).toEqual(messages(checkContent(root)));
		expect(edited.errors.filter((p) => p.file.endsWith(SEED.thuanNam)).length).toBeGreaterThanOrEqual(2);

		// Fixed again: the cached findings of the broken text must not come back.
		const source = fs.readFileSync(path.join(root, SEED.thuanNam), 'utf8');
		fs.writeFileSync(path.join(root, SEED.thuanNam), source.replace('\n<b>Điều 1.</b> Tặng Bằng khen\n\nTODO: bổ sung danh sách\n', ''));
		const fixed = checkContent(root, { cacheDir });
		expect(fixed.checkedFiles).toBe(1);
		expect(messages(fixed)).toEqual(messages(first));
	});

	it('runs every file again when the rules change', () => {
		const entries = loadRawContent(root);
		const cacheFile = path.join(cacheDir, 'findings.json');
		expect(perFileProblems(entries, [checkText], cacheFile, 'rules-1').checked).toBe(entries.length);
		expect(perFileProblems(entries, [checkText], cacheFile, 'rules-1').checked).toBe(0);
		expect(perFileProblems(entries, [checkText], cacheFile, 'rules-2').checked).toBe(entries.length);
	});
});
