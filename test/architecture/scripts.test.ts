/**
 * Every npm script that runs a file names one that exists, and the press
 * officers' tools and benchmarks run from tools/, never from the site's src/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
const entries = Object.entries(scripts).flatMap(([name, command]) =>
	[...command.matchAll(/\bnode\s+(\S+\.(?:ts|mjs|js))/g)].map((match) => ({ name, file: match[1]! })),
);
const TOOL_SCRIPTS = /^(import|new|cms:local|bench(:.*)?|corpus|screenshots)$/;

describe('npm scripts', () => {
	it('run files, one per script that calls node', () => {
		expect(entries.map(({ name }) => name)).toEqual(expect.arrayContaining(['build', 'check', 'import', 'new', 'bench', 'corpus', 'cms:local']));
	});

	it.each(entries)('$name runs $file, which exists', ({ file }) => {
		expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
	});

	it('run the press officers’ tools and benchmarks from tools/', () => {
		const misplaced = entries.filter(({ name, file }) => TOOL_SCRIPTS.test(name) && !file.startsWith('tools/'));
		expect(misplaced).toEqual([]);
	});
});
