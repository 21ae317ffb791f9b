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
import { ADDED_SUFFIX, checkFiles } from '../../src/validation/per-file-cache.ts';
import { CHECK_CACHE_FILE } from '../../src/validation/index.ts';
import { readEntryBase } from '../../src/validation/load.ts';
import { readContentTree } from '../../src/validation/content-files.ts';
import { checkText } from '../../src/validation/text.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';

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
		// A schema error in another file: a field of the wrong type.
		append(SEED.thuanNam, '<b>Điều 1.</b> Tặng Bằng khen\n\nTODO: bổ sung danh sách');
		const coLe = fs.readFileSync(path.join(root, SEED.coLe), 'utf8');
		fs.writeFileSync(path.join(root, SEED.coLe), coLe.replace(/^title: .*$/m, 'title: [1, 2]'));
		const edited = checkContent(root, { cacheDir });
		expect(edited.checkedFiles).toBe(2);
		expect(edited.errors.some((p) => p.file.endsWith(SEED.coLe) && p.field.includes('title'))).toBe(true);
		expect(edited.content.documents.has(SEED.coLe.replace(/^documents\/|\.mdx$/g, ''))).toBe(false);
		expect(messages(edited)).toEqual(messages(checkContent(root)));
		expect(edited.errors.filter((p) => p.file.endsWith(SEED.thuanNam)).length).toBeGreaterThanOrEqual(2);

		// Fixed again: the cached findings of the broken text must not come back.
		const source = fs.readFileSync(path.join(root, SEED.thuanNam), 'utf8');
		fs.writeFileSync(path.join(root, SEED.thuanNam), source.replace('\n<b>Điều 1.</b> Tặng Bằng khen\n\nTODO: bổ sung danh sách\n', ''));
		fs.writeFileSync(path.join(root, SEED.coLe), coLe);
		const fixed = checkContent(root, { cacheDir });
		expect(fixed.checkedFiles).toBe(2);
		expect(messages(fixed)).toEqual(messages(first));
	});

	it('checks every file again when the checking code changes', () => {
		const bases = readContentTree(root).files.map(({ collection, absolutePath }) => readEntryBase(collection, root, absolutePath));
		const cacheFile = path.join(cacheDir, 'files.bin');
		expect(checkFiles(bases, [checkText], cacheFile, 'code-1').checked).toBe(bases.length);
		expect(checkFiles(bases, [checkText], cacheFile, 'code-1').checked).toBe(0);
		expect(checkFiles(bases, [checkText], cacheFile, 'code-2').checked).toBe(bases.length);
	});

	it('gives back the same entries, dates and schema data from the cache as from parsing', () => {
		const fresh = checkContent(root);
		checkContent(root, { cacheDir });
		const cached = checkContent(root, { cacheDir });
		expect(cached.checkedFiles).toBe(0);
		for (const collection of ['agencies', 'campaigns', 'documents'] as const) {
			const strip = (content: typeof fresh.content) =>
				[...content[collection].values()].map(({ id, data, raw }) => ({ id, data, raw: { ...raw, lineOf: undefined }, line: raw.lineOf(['title']) }));
			expect(strip(cached.content)).toEqual(strip(fresh.content));
		}
		// A date the YAML parser made (an unquoted `date:`) stays a Date, as the rules that compare dates expect.
		const freshDates = [...fresh.content.documents.values()].filter((doc) => (doc.raw.data as { date?: unknown }).date instanceof Date);
		expect(freshDates.length).toBeGreaterThan(0);
		for (const doc of freshDates) expect((cached.content.documents.get(doc.id)!.raw.data as { date: unknown }).date).toEqual((doc.raw.data as { date: Date }).date);
	});

	it('keeps a few changed files beside the base, and writes the base afresh once they are many', () => {
		const base = path.join(cacheDir, CHECK_CACHE_FILE);
		const added = base + ADDED_SUFFIX;
		const first = checkContent(root, { cacheDir });
		const baseBytes = fs.readFileSync(base);
		expect(fs.existsSync(added)).toBe(false);

		// One honouree's phone number: a finding of a rule on valid data, kept with its file like the others.
		editData(root, SEED.benTre, (data) => {
			(data.honourees as { unit?: string }[])[0]!.unit = 'Văn phòng, điện thoại 0912 345 678';
		});
		const edited = checkContent(root, { cacheDir });
		expect(edited.checkedFiles).toBe(1);
		expect(fs.readFileSync(base).equals(baseBytes)).toBe(true);
		expect(fs.existsSync(added)).toBe(true);
		const phone = (result: ReturnType<typeof checkContent>) => result.errors.filter((p) => p.file.endsWith(SEED.benTre) && p.message.includes('số điện thoại'));
		expect(phone(edited)).toHaveLength(1);
		expect(messages(edited)).toEqual(messages(checkContent(root)));

		const again = checkContent(root, { cacheDir });
		expect(again.checkedFiles).toBe(0);
		expect(phone(again)).toHaveLength(1);
		expect(messages(again)).toEqual(messages(edited));

		// More than a twentieth of the files changed: one base again, with exactly the current files.
		const files = readContentTree(root).files;
		const many = files.filter(({ absolutePath }) => absolutePath.endsWith('.mdx')).slice(0, Math.ceil(files.length / 20) + 1);
		for (const { absolutePath } of many) fs.appendFileSync(absolutePath, '\nMột câu thêm vào cuối.\n');
		const rewritten = checkContent(root, { cacheDir });
		expect(rewritten.checkedFiles).toBe(many.length);
		expect(fs.existsSync(added)).toBe(false);
		expect(fs.readFileSync(base).equals(baseBytes)).toBe(false);
		expect(messages(rewritten)).toEqual(messages(checkContent(root)));
		expect(checkContent(root, { cacheDir }).checkedFiles).toBe(0);
		expect(first.checkedFiles).toBe(files.length);
	});

	it('checks again the files whose records were in a lost or broken file beside the base', () => {
		const added = path.join(cacheDir, CHECK_CACHE_FILE) + ADDED_SUFFIX;
		checkContent(root, { cacheDir });
		fs.appendFileSync(path.join(root, SEED.coLe), '\nMột câu thêm vào cuối.\n');
		expect(checkContent(root, { cacheDir }).checkedFiles).toBe(1);
		fs.writeFileSync(added, fs.readFileSync(added).subarray(0, 20));
		const recovered = checkContent(root, { cacheDir });
		expect(recovered.checkedFiles).toBe(1);
		expect(messages(recovered)).toEqual(messages(checkContent(root)));
	});
});
