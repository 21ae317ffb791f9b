import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteInBackground, pruneFolder, setAside, setIndexAside } from '../../src/integrations/prune-output.ts';

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
	it('deletes every file no step wrote and keeps every file one did, whatever their times', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-prune-'));
		const past = new Date('2000-01-01');
		const future = new Date('2099-01-01');
		// Written by this build: one untouched since long ago (a kept page), one stamped in the future.
		const kept = write('van-ban/a/2024/giu/index.html', past);
		const image = write('og/moi.png', future);
		// Written by an earlier build only: one stamped in the future, one just now.
		write('van-ban/b/2024/nhap/index.html', future);
		write('van-ban/b/2024/nhap/ban-goc.pdf');
		write('og/cu.png', past);
		write('.git/HEAD', past);
		const removed = await pruneFolder(`${dir}/`, new Set([kept, image]));
		expect(removed).toBe(3);
		const left = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
		expect(left).toEqual(['.git/HEAD', 'og/moi.png', 'van-ban/a/2024/giu/index.html']);
		expect(fs.existsSync(path.join(dir, 'van-ban/b'))).toBe(false);
		expect(fs.existsSync(path.join(dir, 'van-ban/a/2024'))).toBe(true);
	});
});

describe('pruneFolder with the listing taken when the build started', () => {
	it('deletes the listed files no step wrote, and leaves what the build added after the listing to its records', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-prune-'));
		const kept = write('van-ban/a/2024/giu/index.html');
		write('van-ban/b/2024/rut/index.html');
		const listed = [kept, path.join(dir, 'van-ban/b/2024/rut/index.html'), path.join(dir, 'da-xoa-trong-luc-dung.html')];
		// Written during the build, after the listing: recorded, so kept; it is not in the listing either way.
		const added = write('og/moi.png');
		expect(await pruneFolder(dir, new Set([kept, added]), listed)).toBe(2);
		expect(fs.existsSync(path.join(dir, 'van-ban/b'))).toBe(false);
		expect(fs.existsSync(kept) && fs.existsSync(added)).toBe(true);
	});
});

describe('setAside and deleteInBackground', () => {
	const files = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

	it('empties the folder at once but for .git, and the set-aside files are deleted later', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-aside-'));
		write('index.html');
		write('van-ban/a/2024/giu/index.html');
		write('.git/HEAD');
		const moved = await setAside(dir);
		expect(moved?.entries).toBe(2);
		expect(fs.readdirSync(dir).sort()).toEqual([path.basename(moved!.folder), '.git'].sort());
		expect(fs.readdirSync(moved!.folder).sort()).toEqual(['index.html', 'van-ban']);
		await deleteInBackground(moved!.folder);
		expect(files()).toEqual(['.git/HEAD']);
	});

	it('takes along what an interrupted emptying left, and does nothing to an empty or missing folder', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-aside-'));
		expect(await setAside(dir)).toBeUndefined();
		expect(await setAside(path.join(dir, 'khong-co'))).toBeUndefined();
		write('.dang-xoa-1-2/van-ban/cu/index.html');
		const moved = await setAside(dir);
		expect(moved?.entries).toBe(0);
		await deleteInBackground(moved!.folder);
		expect(fs.readdirSync(dir)).toEqual([]);
	});
});

describe('setIndexAside', () => {
	it('takes the last search index out of the output folder at once, for deleting in the background', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-prune-'));
		write('dist/pagefind/fragment/vi_1.pf_fragment');
		write('dist/van-ban/a/index.html');
		const aside = await setIndexAside(path.join(dir, 'dist'), 'pagefind', path.join(dir, 'cache'));
		expect(aside).toBeDefined();
		expect(fs.existsSync(path.join(dir, 'dist/pagefind'))).toBe(false);
		expect(fs.existsSync(path.join(dir, 'dist/van-ban/a/index.html'))).toBe(true);
		expect(path.dirname(aside!)).toBe(path.join(dir, 'cache'));
		await deleteInBackground(aside!);
		expect(fs.existsSync(aside!)).toBe(false);
		// No index (a first build): nothing to move.
		expect(await setIndexAside(path.join(dir, 'dist'), 'pagefind', path.join(dir, 'cache'))).toBeUndefined();
	});
});
