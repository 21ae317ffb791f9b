/**
 * Reads content files exactly as Astro does: front matter with the very
 * `parseFrontmatter` the MDX integration calls, YAML files with the js-yaml
 * Astro's data loader calls, both resolved from those packages so a version
 * change moves the checker with them. The checker therefore validates the
 * data Astro builds, Dates and numbers included. The lines of fields come
 * from the same js-yaml (yaml-positions.ts).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { entryId, readContentTree, type Collection, type ContentTree } from './content-files.ts';
import { describeYamlReason, unclosedQuote } from './yaml-errors.ts';
import { yamlLineFinder } from './yaml-positions.ts';
import { astroYaml } from '../lib/yaml.ts';

interface AstroFrontmatter {
	extractFrontmatter(code: string): string | undefined;
	parseFrontmatter(code: string, options: { frontmatter: 'empty-with-spaces' }): { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string };
}
interface YamlException extends Error {
	reason: string;
	mark?: { line: number };
}

const resolveHere = createRequire(import.meta.url).resolve;
/** The front matter helper of the MDX integration that loads content/documents. */
const astroFrontmatter = createRequire(resolveHere('@astrojs/mdx'))('@astrojs/internal-helpers/frontmatter') as AstroFrontmatter;

/** A content file read from disk, before validation. */
export interface RawEntry {
	collection: Collection;
	/** Entry id as Astro's loader assigns it. */
	id: string;
	/** Path relative to the working directory, for messages. */
	file: string;
	absolutePath: string;
	/** The file's text. */
	source: string;
	/** Parsed frontmatter or YAML data, as Astro parses it (undefined when unparseable). */
	data: unknown;
	/** The YAML text (the front matter of a document) and the file line before its first line. */
	yaml: { text: string; lineOffset: number };
	/** MDX body, for documents: the text after the closing "---". */
	body: string;
	/** Line of the closing "---" (documents): line i of `body.split('\n')` is line `bodyLine + i` of the file. */
	bodyLine: number;
	/** Line of a field path, when the YAML has it. */
	lineOf: (field: readonly (string | number)[]) => number | undefined;
	/** Why the file cannot be read, in Vietnamese. */
	syntaxError?: { message: string; hint: string; line?: number };
}

/** Lines are looked up only for messages, so the text is read for positions only then. */
function lazyLineOf(text: string, lineOffset: number): RawEntry['lineOf'] {
	let find: RawEntry['lineOf'] | undefined;
	return (field) => (find ??= yamlLineFinder(text, lineOffset))(field);
}

/** 1-based line of a character, counted without copying the text. */
function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

function yamlError(thrown: unknown, text: string, lineOffset: number): NonNullable<RawEntry['syntaxError']> {
	const error = thrown as YamlException;
	if (typeof error.reason !== 'string') throw thrown;
	const lines = text.split('\n');
	const unclosed = error.mark ? unclosedQuote(lines, error.mark.line) : undefined;
	if (unclosed) return { message: unclosed.message, hint: unclosed.hint, line: unclosed.index + lineOffset + 1 };
	const { message, hint } = describeYamlReason(error.reason, error.mark ? lines[error.mark.line] : undefined);
	return { message, hint, line: error.mark ? error.mark.line + lineOffset + 1 : undefined };
}

const NOT_A_MAP = {
	message: 'phần khai báo trống hoặc không phải danh sách trường "tên: giá trị"',
	hint: 'mỗi dòng ghi một trường, ví dụ "title: Kế hoạch phát động thi đua"; xem mẫu trong hướng dẫn biên tập',
};

function readDocument(base: EntryBase): RawEntry {
	const { source } = base;
	let parsed: ReturnType<AstroFrontmatter['parseFrontmatter']> | undefined;
	let thrown: unknown;
	try {
		parsed = astroFrontmatter.parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		thrown = error;
	}
	// Astro's pattern always captures at least the line break after the opening "---".
	const raw = parsed ? parsed.rawFrontmatter || undefined : astroFrontmatter.extractFrontmatter(source);
	if (raw === undefined) {
		return {
			...base, data: undefined, yaml: { text: '', lineOffset: 0 }, body: source, bodyLine: 1, lineOf: () => 1,
			syntaxError: { message: 'tệp không bắt đầu bằng phần khai báo giữa hai dòng "---"', hint: 'dòng đầu tiên của tệp phải là "---", sau đó là các trường, rồi một dòng "---"', line: 1 },
		};
	}
	const start = source.indexOf(raw);
	// The raw text starts on the opening "---" line, so its first line is that line.
	const lineOffset = lineAt(source, start) - 1;
	const closing = start + raw.length;
	const entry = { ...base, yaml: { text: raw, lineOffset }, body: source.slice(closing + 3), bodyLine: lineAt(source, closing), lineOf: lazyLineOf(raw, lineOffset) };
	if (source.slice(start - 3, start) === '+++') {
		return { ...entry, data: undefined, syntaxError: { message: 'phần khai báo viết bằng TOML (giữa hai dòng "+++")', hint: 'viết phần khai báo bằng YAML giữa hai dòng "---" như mẫu trong hướng dẫn', line: lineOffset + 1 } };
	}
	if (!parsed) return { ...entry, data: undefined, syntaxError: yamlError(thrown, raw, lineOffset) };
	const { frontmatter } = parsed;
	// Astro reads front matter that is not a map as {}: every field would be reported missing, one reason is clearer.
	if (Array.isArray(frontmatter) || Object.keys(frontmatter).length === 0) return { ...entry, data: undefined, syntaxError: { ...NOT_A_MAP, line: lineOffset + 1 } };
	return { ...entry, data: frontmatter };
}

function readData(base: EntryBase): RawEntry {
	const entry = { ...base, yaml: { text: base.source, lineOffset: 0 }, body: '', bodyLine: 0, lineOf: lazyLineOf(base.source, 0) };
	try {
		const data = astroYaml.load(base.source, { filename: base.absolutePath });
		// Astro refuses a data file that is not a map ("data is not an object"): the build would stop.
		if (data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) return { ...entry, data: undefined, syntaxError: { ...NOT_A_MAP, line: 1 } };
		return { ...entry, data };
	} catch (thrown) {
		return { ...entry, data: undefined, syntaxError: yamlError(thrown, base.source, 0) };
	}
}

/** What a content file is before parsing: where it is, its id and its text. */
export type EntryBase = Omit<RawEntry, 'data' | 'yaml' | 'body' | 'bodyLine' | 'lineOf' | 'syntaxError'>;

/** Reads a content file's text; nothing parsed yet. */
export function readEntryBase(collection: Collection, root: string, absolutePath: string): EntryBase {
	// Astro reads with readFile(…, 'utf-8'): a byte order mark stays in the text, and both parsers skip it.
	const source = fs.readFileSync(absolutePath, 'utf8');
	const id = entryId(collection, path.relative(path.join(root, collection), absolutePath));
	const file = path.relative(process.cwd(), absolutePath).split(path.sep).join('/');
	return { collection, id, file, absolutePath, source };
}

/** Parses a read file as Astro does. */
export function parseEntry(base: EntryBase): RawEntry {
	return base.collection === 'documents' ? readDocument(base) : readData(base);
}

export function readEntry(collection: Collection, root: string, absolutePath: string): RawEntry {
	return parseEntry(readEntryBase(collection, root, absolutePath));
}

/** What parsing a file found, apart from its text: the check's cache keeps this (validation/per-file-cache.ts). */
export interface ParsedParts {
	data: unknown;
	/** Where the YAML text and the body start in the file's text, and their lengths. */
	yamlStart: number;
	yamlLength: number;
	lineOffset: number;
	bodyStart: number;
	bodyLine: number;
	syntaxError?: RawEntry['syntaxError'];
}

/** The parts of a parsed entry that its text does not give back. */
export function parsedParts(entry: RawEntry): ParsedParts {
	const { source, yaml, body } = entry;
	return {
		data: entry.data,
		yamlStart: source.indexOf(yaml.text),
		yamlLength: yaml.text.length,
		lineOffset: yaml.lineOffset,
		// The body is always the end of the file's text (nothing for a YAML file).
		bodyStart: source.length - body.length,
		bodyLine: entry.bodyLine,
		...(entry.syntaxError && { syntaxError: entry.syntaxError }),
	};
}

/** The entry `parseEntry` gave for the same text, from its kept parts. */
export function entryFromParts(base: EntryBase, parts: ParsedParts): RawEntry {
	const text = base.source.slice(parts.yamlStart, parts.yamlStart + parts.yamlLength);
	return {
		...base,
		data: parts.data,
		yaml: { text, lineOffset: parts.lineOffset },
		body: base.source.slice(parts.bodyStart),
		bodyLine: parts.bodyLine,
		lineOf: lazyLineOf(text, parts.lineOffset),
		...(parts.syntaxError && { syntaxError: parts.syntaxError }),
	};
}

/** Changes when the file is rewritten, without reading it. */

export interface LoadedContent {
	entries: RawEntry[];
	/** The file set: what is loaded, what lies beside documents, and every other file, reported. */
	tree: ContentTree;
}

/** Every content file Astro loads, in a stable order, and the report on every other file. */
export function loadContent(root: string): LoadedContent {
	const tree = readContentTree(root);
	const entries = tree.files.map(({ collection, absolutePath }) => readEntry(collection, root, absolutePath));
	return { entries, tree };
}

/** Every content file Astro loads, in a stable order. */
export const loadRawContent = (root: string): RawEntry[] => loadContent(root).entries;

