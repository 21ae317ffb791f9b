import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, folderSize } from '../../src/lib/files.ts';
import { filesUnderInBackground } from '../../src/lib/files-in-background.ts';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
	it('lists every file at every depth, folders left out, links listed but not followed', () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-files-under-'));
		for (const file of ['index.html', 'van-ban/a/2024/ke-hoach/index.html', 'og/a.png', '.git/HEAD']) {
			fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			fs.writeFileSync(path.join(dir, file), file);
		}
		fs.mkdirSync(path.join(dir, 'rong'));
		// A link to a folder above: following it would list the tree again, forever.
		fs.symlinkSync(dir, path.join(dir, 'van-ban', 'vong'));
		const listed = filesUnder(dir).map((file) => path.relative(dir, file)).sort();
		expect(listed).toEqual(['.git/HEAD', 'index.html', 'og/a.png', 'van-ban/a/2024/ke-hoach/index.html', 'van-ban/vong']);
		expect(filesUnder(dir).every((file) => path.isAbsolute(file))).toBe(true);
	});

	it('lists the same files on a worker thread, and reports a listing that fails', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-files-under-'));
		for (const file of ['a/b/c.html', 'a/d.html', 'e.png']) {
			fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			fs.writeFileSync(path.join(dir, file), file);
		}
		expect((await filesUnderInBackground(dir)).sort()).toEqual(filesUnder(dir).sort());
		expect(filesUnder(dir)).toHaveLength(3);
		await expect(filesUnderInBackground(path.join(dir, 'e.png'))).rejects.toThrow(/ENOTDIR/);
	});

	it('gives nothing for a folder that does not exist, and fails on a file', () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-files-under-'));
		expect(filesUnder(path.join(dir, 'khong-co'))).toEqual([]);
		fs.writeFileSync(path.join(dir, 'tep'), 'x');
		expect(() => filesUnder(path.join(dir, 'tep'))).toThrow(/ENOTDIR/);
	});

	it('sizes a folder by its files', () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-files-under-'));
		fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
		fs.writeFileSync(path.join(dir, 'a', 'b', 'c.txt'), 'ba chữ');
		fs.writeFileSync(path.join(dir, 'd.txt'), 'bốn');
		expect(folderSize(dir)).toEqual({ files: 2, bytes: Buffer.byteLength('ba chữ') + Buffer.byteLength('bốn') });
		expect(folderSize(path.join(dir, 'khong-co'))).toEqual({ files: 0, bytes: 0 });
	});
});
