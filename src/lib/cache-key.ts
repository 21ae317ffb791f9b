/**
 * The one way a cache of this project is keyed: a SHA-256 of everything
 * that decides what the cache holds. Code is found by reading imports, never
 * listed by hand, and package versions and data files (fonts) are part of
 * the key, so an edit, an upgrade or a new font empties the cache by itself:
 * a hand-bumped version number missed satori, resvg and font upgrades.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageVersion } from './package-version.ts';

export interface CacheKeyInputs {
	/** Entry source files; each counts with every local file it imports, directly or not (type-only imports excluded). */
	code?: readonly string[];
	/** npm package names; their installed versions count, as `from` would import them. */
	packages?: readonly string[];
	/** Where package names are resolved from (a file path); defaults to this project's own node_modules. */
	from?: string;
	/** Data files read whole, such as fonts. */
	files?: readonly string[];
	/** Any other input (settings, options), as text. */
	extra?: readonly string[];
}

/**
 * `import … from './x.ts'` and `export … from './x.ts'`, relative only:
 * packages count through their versions instead. Type-only imports and
 * exports are skipped, since erasing types cannot change what code does.
 */
const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every local file `entry` imports at run time, directly or not, `entry` included: found by reading them. */
export function localImportClosure(entry: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !fs.existsSync(file)) return;
		seen.add(file);
		for (const match of fs.readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
			if (!match[1]) visit(path.resolve(path.dirname(file), match[2]!));
		}
	};
	visit(path.resolve(entry));
	return [...seen].sort();
}

/**
 * Hex SHA-256 of the inputs. Files are named relative to the first entry's
 * (or first file's) folder, so two checkouts of the same code in different
 * places get the same key. A missing entry or data file throws: a key that
 * silently ignored it would never change.
 */
export function cacheKey({ code = [], packages = [], from, files = [], extra = [] }: CacheKeyInputs): string {
	const hash = createHash('sha256');
	const anchor = code[0] ?? files[0];
	const root = anchor ? path.dirname(path.resolve(anchor)) : process.cwd();
	const name = (file: string) => path.relative(root, file).split(path.sep).join('/');
	const closure = new Set<string>();
	for (const entry of code) {
		if (!fs.existsSync(entry)) throw new Error(`cacheKey: no source file ${entry}`);
		for (const file of localImportClosure(entry)) closure.add(file);
	}
	for (const file of [...closure].sort()) hash.update(`code:${name(file)}\0`).update(fs.readFileSync(file)).update('\0');
	for (const file of files) hash.update(`file:${name(path.resolve(file))}\0`).update(fs.readFileSync(file)).update('\0');
	for (const pkg of packages) hash.update(`package:${packageVersion(pkg, from)}\0`);
	for (const item of extra) hash.update(`extra:${item}\0`);
	return hash.digest('hex');
}
