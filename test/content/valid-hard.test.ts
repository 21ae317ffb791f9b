/** Unusual but valid content is accepted and read as written (valid-hard.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { HARD_BUT_VALID } from './valid-hard.ts';
import { writeTree } from './fixture-tree.ts';

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
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
