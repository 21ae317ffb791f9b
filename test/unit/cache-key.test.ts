/**
 * One cache key for every cache (src/lib/cache-key.ts), on small fixture
 * trees: a source file two imports away, a package version, a font file each
 * change the key; untouched inputs, unrelated files and type-only imports do not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, localImportClosure } from '../../src/lib/cache-key.ts';
import { RENDER_PACKAGES, templateDigest, templateKeyInputs } from '../../src/share-images/template-digest.ts';
import { fontFiles } from '../../src/share-images/fonts.ts';
import { ROOT } from '../helpers/paths.ts';

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cache-key-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string | Buffer) => {
	fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
	fs.writeFileSync(path.join(dir, name), text);
};
const at = (name: string) => path.join(dir, name);

/** A template-like tree: an entry importing a layout that imports a table, a package of its own, a font. */
function fixtureTree() {
	write('package.json', '{"name":"fixture","type":"module"}');
	write('src/render.ts', "import { draw } from 'drawer';\nimport { layout } from './layout.ts';\nimport type { Card } from './card.ts';\nexport const render = () => draw(layout);\n");
	write('src/layout.ts', "export { widths as layout } from './tables/widths.ts';\n");
	write('src/tables/widths.ts', 'export const widths = [1, 2, 3];\n');
	write('src/card.ts', 'export interface Card { title: string }\n');
	write('src/unrelated.ts', 'export const other = 1;\n');
	write('node_modules/drawer/package.json', '{"name":"drawer","version":"1.0.0","main":"index.js"}');
	write('node_modules/drawer/index.js', 'export const draw = (x) => x;\n');
	write('fonts/regular.ttf', Buffer.from([0, 1, 0, 0, 1, 2, 3]));
	return { code: [at('src/render.ts')], packages: ['drawer'], from: at('src/render.ts'), files: [at('fonts/regular.ttf')] };
}

describe('cacheKey', () => {
	it('follows run-time imports through other files and skips type-only ones', () => {
		fixtureTree();
		expect(localImportClosure(at('src/render.ts')).map((file) => path.relative(dir, file))).toEqual([
			'src/layout.ts',
			'src/render.ts',
			'src/tables/widths.ts',
		]);
	});

	it('keeps the key while nothing it covers changes', () => {
		const inputs = fixtureTree();
		const before = cacheKey(inputs);
		expect(before).toMatch(/^[0-9a-f]{64}$/);
		write('src/unrelated.ts', 'export const other = 2;\n');
		write('src/card.ts', 'export interface Card { title: string; footer?: string }\n');
		expect(cacheKey(inputs)).toBe(before);
	});

	it('changes with a source file two imports away', () => {
		const inputs = fixtureTree();
		const before = cacheKey(inputs);
		write('src/tables/widths.ts', 'export const widths = [1, 2, 4];\n');
		expect(cacheKey(inputs)).not.toBe(before);
	});

	it('changes with the installed version of a named package', () => {
		const inputs = fixtureTree();
		const before = cacheKey(inputs);
		write('node_modules/drawer/package.json', '{"name":"drawer","version":"1.0.1","main":"index.js"}');
		expect(cacheKey(inputs)).not.toBe(before);
	});

	it('changes with the bytes of a data file such as a font', () => {
		const inputs = fixtureTree();
		const before = cacheKey(inputs);
		write('fonts/regular.ttf', Buffer.from([0, 1, 0, 0, 1, 2, 4]));
		expect(cacheKey(inputs)).not.toBe(before);
	});

	it('changes with an extra input, and is the same for the same tree in another folder', () => {
		const inputs = fixtureTree();
		expect(cacheKey({ ...inputs, extra: ['a'] })).not.toBe(cacheKey({ ...inputs, extra: ['b'] }));
		const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cache-key-copy-'));
		try {
			fs.cpSync(dir, copy, { recursive: true });
			const moved = (file: string) => path.join(copy, path.relative(dir, file));
			expect(cacheKey({ code: inputs.code.map(moved), packages: inputs.packages, from: moved(inputs.from), files: inputs.files.map(moved) })).toBe(cacheKey(inputs));
		} finally {
			fs.rmSync(copy, { recursive: true, force: true });
		}
	});

	it('covers the schemas of the real content config (the content store\'s key)', () => {
		const files = localImportClosure(path.join(ROOT, 'src', 'content.config.ts')).map((file) => path.relative(ROOT, file));
		expect(files).toEqual(expect.arrayContaining(['src/schema/document.ts', 'src/schema/common.ts', 'src/schema/campaign.ts']));
	});

	it('refuses an entry that does not exist rather than keying on nothing', () => {
		expect(() => cacheKey({ code: [at('missing.ts')] })).toThrow(/missing\.ts/);
		expect(() => cacheKey({ files: [at('missing.ttf')] })).toThrow();
	});
});

describe('the share-image template digest', () => {
	it('covers the template, its layout and kinds, satori, resvg and every font file', () => {
		const inputs = templateKeyInputs(path.join(ROOT, 'src', 'share-images'));
		const code = localImportClosure(inputs.code![0]!).map((file) => path.relative(ROOT, file));
		expect(code).toEqual(expect.arrayContaining(['src/share-images/template.ts', 'src/share-images/layout.ts', 'src/share-images/kinds.ts', 'src/share-images/fonts.ts', 'src/share-images/png.ts']));
		expect(inputs.packages).toEqual(RENDER_PACKAGES);
		expect(RENDER_PACKAGES).toEqual(['satori', '@resvg/resvg-js']);
		expect(inputs.files).toEqual(fontFiles());
		expect(fontFiles()).toHaveLength(3);
		expect(templateDigest()).toBe(cacheKey(inputs));
	});
});
