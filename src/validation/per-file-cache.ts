/**
 * The findings of the rules that look at one file at a time (body syntax,
 * text, placeholders, code, YAML scalars), kept between builds by a digest
 * of the file and of the rules' code: a rebuild after one edit runs them on
 * that file only. Rules that compare files (references, duplicates,
 * aliases, …) and the schemas still run over the whole content, which the
 * build needs parsed anyway.
 *
 * The digest of a file is its collection, its path as messages print it
 * and its text: every per-file rule reads nothing else (no clock, no other
 * file), so equal digests give equal findings. The rules' digest is
 * `cacheKey` of their modules with all they import and of the parsers'
 * packages, so an edit of a rule or a parser upgrade runs every file again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RawEntry } from './load.ts';
import type { Problem } from './problem.ts';

/** A rule over files, each file's findings independent of the others'. */
export type PerFileRule = (entries: RawEntry[]) => Problem[];

interface CacheFile {
	version: string;
	/** File digest → the findings of each rule, in the rules' order. */
	files: Record<string, Problem[][]>;
}

const digestOf = (entry: RawEntry) => createHash('sha256').update(`${entry.collection}\0${entry.file}\0`).update(entry.source).digest('hex');

function readCache(file: string, version: string): CacheFile['files'] {
	try {
		const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
		return cache.version === version ? cache.files : {};
	} catch {
		return {};
	}
}

/**
 * The findings of each of `rules` on `entries`, in the order running the
 * rule on all entries gives (file by file). With a `cacheFile`, files
 * whose digest is in it are not checked again, and the file is rewritten
 * with exactly the current files' findings when any was.
 */
export function perFileProblems(entries: RawEntry[], rules: readonly PerFileRule[], cacheFile: string | undefined, version: string): { byRule: Problem[][]; checked: number } {
	const cached = cacheFile ? readCache(cacheFile, version) : {};
	const digests = entries.map(digestOf);
	const missing = entries.filter((_, index) => !cached[digests[index]!]);
	// Each rule runs once over every file not cached; its findings are then shared out by file.
	const fresh = new Map(missing.map((entry) => [entry.file, rules.map((): Problem[] => [])]));
	rules.forEach((rule, index) => {
		for (const problem of rule(missing)) fresh.get(problem.file)![index]!.push(problem);
	});
	const byEntry = entries.map((entry, index) => fresh.get(entry.file) ?? cached[digests[index]!]!);
	if (cacheFile && missing.length > 0) {
		const files = Object.fromEntries(digests.map((digest, index) => [digest, byEntry[index]!]));
		fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
		fs.writeFileSync(cacheFile, JSON.stringify({ version, files } satisfies CacheFile));
	}
	return { byRule: rules.map((_, rule) => byEntry.flatMap((findings) => findings[rule]!)), checked: missing.length };
}
