/**
 * The catalogue of malformed content (catalogue.ts) run through the real
 * checkContent: each case must be refused with its file, its field and a
 * Vietnamese message carrying its word and a "Cách sửa". Unusual but valid
 * content (valid-hard.ts) is accepted and read as written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { CATALOGUE } from './catalogue.ts';
import { HARD_BUT_VALID } from './valid-hard.ts';
import { writeTree } from './fixture-tree.ts';

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

describe('the catalogue of malformed content', () => {
	it('has at least a hundred cases, each with its own name', () => {
		expect(CATALOGUE.length).toBeGreaterThanOrEqual(100);
		expect(new Set(CATALOGUE.map((c) => c.name)).size).toBe(CATALOGUE.length);
	});

	it('starts from a fixture the check accepts without a warning', () => {
		root = writeTree();
		expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
	});

	it.each(CATALOGUE)('$name', ({ file, field, word, changes, setup }) => {
		root = writeTree(changes);
		setup?.(root);
		const { errors } = checkContent(root);
		const expected = path.join(root, file);
		const match = errors.find((p) => path.resolve(p.file) === expected && p.field === field && formatProblem(p).includes(word));
		expect(match, `expected an error on ${file}, field ${field}, saying "${word}"; got:\n${errors.map(formatProblem).join('\n')}`).toBeDefined();
		const printed = formatProblem(match!);
		expect(printed).toContain(`Cách sửa: `);
		expect(match!.hint!.length).toBeGreaterThan(10);
		expect(printed.normalize('NFC')).toBe(printed);
		expect(printed).not.toMatch(/\b(?:Invalid|expected|received|undefined|null|NaN|Error)\b/);
	});
});

describe('hard but valid content', () => {
	it('has at least ten cases', () => {
		expect(HARD_BUT_VALID.length).toBeGreaterThanOrEqual(10);
	});

	it.each(HARD_BUT_VALID)('$name', ({ changes, expect: expected }) => {
		root = writeTree(changes);
		const { errors, content } = checkContent(root);
		expect(errors.map(formatProblem)).toEqual([]);
		expect(content.documents.size).toBe(2);
		if (expected) expect(String(content.documents.get(expected.id)!.data[expected.field])).toBe(expected.value);
	});
});
