import fs from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire, findPackageJSON } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

/**
 * Every file under `dir` (anything but a folder: a symbolic link is listed,
 * never followed), as absolute paths; none when `dir` does not exist.
 * One synchronous listing per folder: Node's recursive `readdir` took
 * 1.5–1.7 s over the 57,212 files of a 10,000-document site, this 0.57–0.59 s
 * (the bench's output folder listed both ways, Node 24, two runs each).
 */
export function filesUnder(dir: string): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else files.push(file);
		}
	};
	try {
		walk(dir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync(dir)) return [];
		throw error;
	}
	return files;
}

/** Files and bytes under a folder (0 and 0 when it does not exist). */
export function folderSize(dir: string): { files: number; bytes: number } {
	const files = filesUnder(dir);
	return { files: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0) };
}

export function fileExists(file: string): Promise<boolean> {
	return access(file).then(() => true, () => false);
}

/**
 * "name@version" of the package `name` as `from` (a file) would import it.
 * Walks up from the package's entry, since not every package exports its
 * package.json. Part of cache keys, so an upgrade renders afresh.
 */
export function packageVersion(name: string, from: string = import.meta.filename): string {
	let entry: string;
	try {
		entry = createRequire(from).resolve(name);
	} catch {
		// An ESM-only package (pagefind exports "import" only) cannot be resolved by require: Node finds its package.json directly.
		const found = findPackageJSON(name, pathToFileURL(from));
		return found ? packageVersionOf(name, found) : name;
	}
	for (let folder = path.dirname(entry); folder !== path.dirname(folder); folder = path.dirname(folder)) {
		const file = path.join(folder, 'package.json');
		if (!fs.existsSync(file)) continue;
		const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
		if (manifest.name === name) return `${name}@${manifest.version}`;
	}
	return name;
}

function packageVersionOf(name: string, file: string): string {
	const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string };
	return `${name}@${manifest.version}`;
}

/** Files read or written at once by the build's file loops. */
export const FILES_AT_ONCE = 64;

/**
 * Runs `each` over `items`, `size` at a time: file work in parallel enough to
 * keep the disk busy, without opening ten thousand files at once.
 */
export async function inBatches<T>(items: readonly T[], size: number, each: (item: T) => Promise<void>, afterBatch?: (done: number) => void): Promise<void> {
	for (let start = 0; start < items.length; start += size) {
		await Promise.all(items.slice(start, start + size).map(each));
		afterBatch?.(Math.min(start + size, items.length));
	}
}
