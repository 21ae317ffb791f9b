import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneFolder } from '../../src/integrations/prune-output.ts';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(file: string, modified?: Date): string {
	const full = path.join(dir, file);
	fs.mkdirSync(path.dirname(full), { recursive: true });
	fs.writeFileSync(full, file);
	if (modified) fs.utimesSync(full, modified, modified);
	return full;
}

describe('pruneFolder', () => {
	it('deletes old files no route wrote, keeps route outputs, new files and .git, and removes emptied folders', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-prune-'));
		const past = new Date('2025-01-01');
		const kept = write('van-ban/a/2024/giu/index.html', past);
		write('van-ban/b/2024/nhap/index.html', past);
		write('van-ban/b/2024/nhap/ban-goc.pdf', past);
		write('og/cu.png', past);
		write('.git/HEAD', past);
		const since = Date.now();
		write('og/moi.png');
		const removed = await pruneFolder(`${dir}/`, new Set([kept]), since);
		expect(removed).toBe(3);
		const left = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
		expect(left).toEqual(['.git/HEAD', 'og/moi.png', 'van-ban/a/2024/giu/index.html']);
		expect(fs.existsSync(path.join(dir, 'van-ban/b'))).toBe(false);
		expect(fs.existsSync(path.join(dir, 'van-ban/a/2024'))).toBe(true);
	});
});
