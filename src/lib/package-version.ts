import fs from 'node:fs';
import { createRequire, findPackageJSON } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

// A module of its own: cache-key.ts imports it, so whatever sits beside it is an input of every cache key.
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
