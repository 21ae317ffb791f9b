/**
 * Everything the content check finds in one file on its own, kept between
 * builds by a digest of the file and of the checking code: the parse (front
 * matter or YAML, as Astro parses it), the schema's verdict and parsed data,
 * and the findings of the rules that look at one file at a time (body
 * syntax, text, placeholders, code, YAML scalars). A rebuild after one edit
 * parses and checks that file only; at 1,000 documents these were most of
 * the check's 3.7 s (YAML 0.5 s, zod 0.7 s, the diacritics ratio alone
 * 0.7 s, profiled at load 15). Rules that compare files (references,
 * duplicates, aliases, …) still run over all content, from the kept data.
 *
 * A file's digest is its collection, its path as messages print it and its
 * text: none of this reads anything else (no clock, no other file), so equal
 * digests give equal results. The code's digest (`version`) is `cacheKey` of
 * the reading, schema and rule modules with all they import and of the
 * parsers' packages, so an edit of a rule or schema, or an upgrade, checks
 * every file again. Kept with `v8.serialize`, so the dates YAML parses stay
 * Dates.
 *
 * A rebuild after a few edits does not write the whole cache again (41.7 MB
 * at 10,000 documents: about 0.3 s to serialise and as much again to write,
 * for one changed record): the records of files the base file lacks go into
 * a small file beside it (`ADDED_SUFFIX`), read together with it. Once they
 * are more than a twentieth of the files, the base is written afresh with
 * exactly the current files' records and the small file removed. Records
 * are keyed by digests only, so a record in either file is right for any
 * file with that digest, and a file lost or cut short only means checking
 * its files again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { entryFromParts, parsedParts, parseEntry, type EntryBase, type ParsedParts, type RawEntry } from './load.ts';
import { checkSchema, type SchemaResult } from './schema-check.ts';
import type { Problem } from './problem.ts';

/**
 * A rule over files, each file's findings independent of the others'; with
 * each file's schema verdict, in the same order, for rules on valid data.
 */
export type PerFileRule = (entries: RawEntry[], schema: readonly SchemaResult[]) => Problem[];

/** What the check found in one file on its own. */
interface FileRecord {
	parts: ParsedParts;
	schema: SchemaResult;
	/** The findings of each per-file rule, in the rules' order. */
	findings: Problem[][];
}

interface CacheFile {
	version: string;
	files: Map<string, FileRecord>;
}

/** What checking the files one by one gave, in the files' order. */
export interface CheckedFiles {
	entries: RawEntry[];
	schema: SchemaResult[];
	/** Per rule, its findings in all files (file by file, as running the rule over all entries gives). */
	byRule: Problem[][];
	/** Files parsed and checked this time; the others came from the cache. */
	checked: number;
}

const digestOf = (base: EntryBase) => createHash('sha256').update(`${base.collection}\0${base.file}\0`).update(base.source).digest('hex');

/** Beside the cache file: the records its base lacks (see above). */
export const ADDED_SUFFIX = '.added';

/** Records added since the base was written beyond this share of the files: the base is written afresh. */
const ADDED_SHARE = 1 / 20;

function readRecords(file: string, version: string): Map<string, FileRecord> {
	try {
		const cache = v8.deserialize(fs.readFileSync(file)) as CacheFile;
		return cache.version === version ? cache.files : new Map();
	} catch {
		return new Map();
	}
}

function writeRecords(file: string, version: string, files: Map<string, FileRecord>): void {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, v8.serialize({ version, files } satisfies CacheFile));
}

/**
 * Keeps `current` (digest → record, every file's) in the cache whose base
 * held `base`: in the small file when few records are new to the base,
 * otherwise in a base written afresh.
 */
function saveRecords(file: string, version: string, base: ReadonlyMap<string, FileRecord>, current: Map<string, FileRecord>): void {
	const added = new Map([...current].filter(([digest]) => !base.has(digest)));
	if (base.size > 0 && added.size <= current.size * ADDED_SHARE) return writeRecords(file + ADDED_SUFFIX, version, added);
	writeRecords(file, version, current);
	fs.rmSync(file + ADDED_SUFFIX, { force: true });
}

/**
 * Parses, validates and runs `rules` on every file of `bases`, taking from
 * `cacheFile` (when given) the records of files whose digest it holds, and
 * rewriting it with exactly the current files' records when any file was
 * checked afresh.
 */
export function checkFiles(bases: readonly EntryBase[], rules: readonly PerFileRule[], cacheFile: string | undefined, version: string): CheckedFiles {
	const base = cacheFile ? readRecords(cacheFile, version) : new Map<string, FileRecord>();
	const cached = cacheFile ? new Map([...base, ...readRecords(cacheFile + ADDED_SUFFIX, version)]) : base;
	const digests = bases.map(digestOf);
	const entries = bases.map((base, index) => {
		const record = cached.get(digests[index]!);
		return record ? entryFromParts(base, record.parts) : parseEntry(base);
	});
	const missing = entries.filter((_, index) => !cached.has(digests[index]!));
	// Each rule runs once over every file not cached; its findings are then shared out by file.
	const fresh = new Map(missing.map((entry): [string, FileRecord] => [entry.file, { parts: parsedParts(entry), schema: checkSchema(entry), findings: rules.map(() => []) }]));
	const missingSchema = missing.map((entry) => fresh.get(entry.file)!.schema);
	rules.forEach((rule, index) => {
		for (const problem of rule(missing, missingSchema)) fresh.get(problem.file)!.findings[index]!.push(problem);
	});
	const records = entries.map((entry, index) => fresh.get(entry.file) ?? cached.get(digests[index]!)!);
	if (cacheFile && missing.length > 0) saveRecords(cacheFile, version, base, new Map(digests.map((digest, index) => [digest, records[index]!])));
	return {
		entries,
		schema: records.map((record) => record.schema),
		byRule: rules.map((_, rule) => records.flatMap((record) => record.findings[rule]!)),
		checked: missing.length,
	};
}
