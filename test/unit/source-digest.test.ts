import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropStaleContentStore, localImportClosure, sourceDigest } from '../../src/lib/source-digest.ts';
import { ROOT } from '../helpers/paths.ts';

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-digest-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
	fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
	fs.writeFileSync(path.join(dir, name), text);
};

describe('sourceDigest', () => {
	it('follows imports through other files, so a change two files away changes the digest', () => {
		write('config.ts', "import { a } from './schema/a.ts';\nimport { z } from 'astro/zod';\n");
		write('schema/a.ts', "export { b } from './b.ts';\n");
		write('schema/b.ts', 'export const b = 1;\n');
		write('unrelated.ts', 'export const c = 1;\n');
		const entry = path.join(dir, 'config.ts');
		expect(localImportClosure(entry).map((f) => path.relative(dir, f))).toEqual(['config.ts', 'schema/a.ts', 'schema/b.ts']);
		const before = sourceDigest(entry);
		write('unrelated.ts', 'export const c = 2;\n');
		expect(sourceDigest(entry)).toBe(before);
		write('schema/b.ts', 'export const b = 2;\n');
		expect(sourceDigest(entry)).not.toBe(before);
		expect(sourceDigest(entry, ['astro@7.0.0'])).not.toBe(sourceDigest(entry, ['astro@7.0.1']));
	});

	it('covers the schemas of the real content config', () => {
		const files = localImportClosure(path.join(ROOT, 'src', 'content.config.ts')).map((f) => path.relative(ROOT, f));
		expect(files).toEqual(expect.arrayContaining(['src/schema/document.ts', 'src/schema/common.ts', 'src/schema/campaign.ts']));
	});
});

describe('dropStaleContentStore', () => {
	it('keeps the store while the digest is the same and drops it when the schema changed', () => {
		const store = path.join(dir, 'data-store.json');
		expect(dropStaleContentStore(dir, 'one')).toBe(false);
		fs.writeFileSync(store, '{}');
		expect(dropStaleContentStore(dir, 'one')).toBe(false);
		expect(fs.existsSync(store)).toBe(true);
		expect(dropStaleContentStore(dir, 'two')).toBe(true);
		expect(fs.existsSync(store)).toBe(false);
	});
});
