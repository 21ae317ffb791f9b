import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropStaleContentStore } from '../../src/lib/source-digest.ts';

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-digest-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

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
