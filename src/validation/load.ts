import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';

/**
 * The part of js-yaml 4 (the parser Astro reads front matter with) used
 * here. The package ships no types, so an `import` would fail the strict
 * type check; a typed require needs no declaration file.
 */
interface JsYaml {
	load(text: string, options: { schema: unknown }): unknown;
	Type: new (tag: string, options: { kind: 'scalar'; resolve: (text: string | null) => boolean; construct: (text: string) => unknown }) => unknown;
	FAILSAFE_SCHEMA: { extend(definition: { implicit: unknown[] }): unknown };
}
const jsYaml = createRequire(import.meta.url)('js-yaml') as JsYaml;

/** A content file read from disk, before validation. */
export interface RawEntry {
	collection: 'agencies' | 'campaigns' | 'documents';
	/** Entry id as Astro's loader assigns it. */
	id: string;
	/** Path relative to the working directory, for messages. */
	file: string;
	absolutePath: string;
	/** The file's text. */
	source: string;
	/** Parsed frontmatter or YAML data (undefined when unparseable). */
	data: unknown;
	/** MDX body, for documents. */
	body: string;
	/** Line of the first body line (documents) so body problems point at the file. */
	bodyLine: number;
	/** Line of a field path, when the YAML has it. */
	lineOf: (field: readonly (string | number)[]) => number | undefined;
	/** YAML syntax error, if any. */
	syntaxError?: { message: string; line?: number };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function walk(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

function lineFinder(doc: Document, counter: LineCounter, offset: number) {
	return (field: readonly (string | number)[]) => {
		for (let depth = field.length; depth > 0; depth--) {
			const node = doc.getIn(field.slice(0, depth), true) as { range?: [number, number] } | undefined;
			const pair = findPairKey(doc, field.slice(0, depth));
			const start = pair ?? node?.range?.[0];
			if (start !== undefined) return counter.linePos(start).line + offset;
		}
		return undefined;
	};
}

/** The key's position is better than the value's: it is where the officer looks. */
function findPairKey(doc: Document, field: readonly (string | number)[]): number | undefined {
	const parent = field.length === 1 ? doc.contents : doc.getIn(field.slice(0, -1), true);
	const last = field.at(-1);
	if (isMap(parent)) {
		const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === last);
		return (pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
	}
	if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as { range?: [number, number] } | undefined)?.range?.[0];
	return undefined;
}

/**
 * js-yaml with the YAML 1.2 core schema exactly as the `yaml` package
 * resolves it: js-yaml's own core schema also reads 1_000 and 0b1 as
 * numbers, and its default schema (Astro's) turns 2024-01-19 into a Date,
 * while the rules here check dates as the strings the officer wrote.
 */
const CORE_SCHEMA = (() => {
	const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
		new jsYaml.Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (text) => text !== null && test.test(text), construct });
	return jsYaml.FAILSAFE_SCHEMA.extend({
		implicit: [
			new jsYaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (text) => text === null || /^(?:~|[Nn]ull|NULL)?$/.test(text), construct: () => null }),
			scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
			scalar('int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
				text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
			scalar('float', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/, (text) =>
				/nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text)),
		],
	});
})();

/**
 * Text where js-yaml is laxer than the `yaml` package (which rejects a flow
 * collection or quoted string continued on a less indented line, a comment
 * glued to a value, an implicit key over 1024 characters, a lone CR as line
 * break) or builds other data (%YAML 1.1 directives, complex keys). Such
 * text, rare in front matter, goes to the `yaml` package so the checker
 * accepts and reports exactly what it always did; the guard may send valid
 * text there too, which only costs time.
 */
function needsFullParser(text: string): boolean {
	if (/^%|^[ \t-]*\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)|["'\]}]#|\r(?!\n)/m.test(text)) return true;
	let depth = 0;
	let doubleQuotes = 0;
	let singleQuotes = 0;
	let lineStart = 0;
	for (let i = 0; i <= text.length; i++) {
		const c = text.charCodeAt(i);
		if (i === text.length || c === 10) {
			if (depth > 0 || doubleQuotes % 2 || singleQuotes % 2 || i - lineStart > 1000) return true;
			lineStart = i + 1;
		} else if (c === 91 || c === 123) depth++;
		else if ((c === 93 || c === 125) && depth > 0) depth--;
		else if (c === 34) doubleQuotes++;
		else if (c === 39) singleQuotes++;
	}
	return false;
}

/** js-yaml names a `~:` or `null:` key "null" where the `yaml` package names it "". */
function hasNullKey(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(hasNullKey);
	if (value === null || typeof value !== 'object') return false;
	for (const key in value) if (key === 'null' || hasNullKey((value as Record<string, unknown>)[key])) return true;
	return false;
}

/** js-yaml's data, or undefined where only the `yaml` package can tell what the text means. */
function loadFast(text: string): { data: unknown } | undefined {
	if (needsFullParser(text)) return undefined;
	let data: unknown;
	try {
		data = jsYaml.load(text, { schema: CORE_SCHEMA });
	} catch {
		return undefined;
	}
	if (hasNullKey(data)) return undefined;
	// An empty or comment-only document: js-yaml says undefined, `yaml` null.
	return { data: data === undefined ? null : data };
}

/**
 * Data comes from js-yaml, several times faster than building the `yaml`
 * package's Document (1.5 ms a file); the Document, which knows where each node is, is built only for
 * text js-yaml cannot vouch for and when a message needs a line.
 */
function parseYaml(text: string, lineOffset: number): Pick<RawEntry, 'data' | 'lineOf' | 'syntaxError'> {
	let full: { doc: Document; counter: LineCounter } | undefined;
	const parseFull = () => {
		if (!full) {
			const counter = new LineCounter();
			full = { doc: parseDocument(text, { lineCounter: counter }), counter };
		}
		return full;
	};
	const lineOf = (field: readonly (string | number)[]) => {
		const { doc, counter } = parseFull();
		return lineFinder(doc, counter, lineOffset)(field);
	};
	const fast = loadFast(text);
	if (fast) return { data: fast.data, lineOf };
	const { doc } = parseFull();
	const error = doc.errors[0];
	if (error) {
		return {
			data: undefined,
			lineOf,
			syntaxError: { message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: error.linePos ? error.linePos[0].line + lineOffset : undefined },
		};
	}
	try {
		return { data: doc.toJS(), lineOf };
	} catch (thrown) {
		// An alias to an anchor defined nowhere (or later) parses without error but cannot become data.
		return { data: undefined, lineOf, syntaxError: { message: (thrown as Error).message } };
	}
}

export function readEntry(collection: RawEntry['collection'], root: string, absolutePath: string): RawEntry {
	const source = fs.readFileSync(absolutePath, 'utf8');
	const relative = path.relative(path.join(root, collection), absolutePath).split(path.sep).join('/');
	const file = path.relative(process.cwd(), absolutePath).split(path.sep).join('/');
	const base = { collection, file, absolutePath, source };
	if (collection !== 'documents') {
		const id = relative.replace(/\.ya?ml$/, '');
		return { ...base, id, body: '', bodyLine: 0, ...parseYaml(source, 0) };
	}
	const id = relative.replace(/\.mdx$/, '');
	const match = FRONTMATTER.exec(source);
	if (!match) {
		return {
			...base, id, data: undefined, body: source, bodyLine: 1, lineOf: () => 1,
			syntaxError: { message: 'tệp không bắt đầu bằng phần khai báo giữa hai dòng "---"', line: 1 },
		};
	}
	const bodyLine = match[0].split('\n').length;
	return { ...base, id, body: source.slice(match[0].length), bodyLine, ...parseYaml(match[1]!, 1) };
}

const COLLECTIONS: [RawEntry['collection'], RegExp][] = [
	['agencies', /\.ya?ml$/],
	['campaigns', /\.ya?ml$/],
	['documents', /\.mdx$/],
];

function contentFiles(root: string): { collection: RawEntry['collection']; file: string }[] {
	return COLLECTIONS.flatMap(([collection, pattern]) =>
		walk(path.join(root, collection))
			.filter((file) => pattern.test(file))
			.sort()
			.map((file) => ({ collection, file })),
	);
}

/** Changes when the file is rewritten, without reading it. */
function stamp(file: string): string {
	const stats = fs.statSync(file);
	return `${stats.size}:${stats.mtimeMs}`;
}

let recent: { root: string; stamps: Map<string, string>; entries: RawEntry[] } | undefined;

/** Every content file, in a stable order. */
export function loadRawContent(root: string): RawEntry[] {
	const stamps = new Map<string, string>();
	const entries = contentFiles(root).map(({ collection, file }) => {
		// Stamped before reading: a write in between leaves an old stamp, so the next look reloads.
		stamps.set(file, stamp(file));
		return readEntry(collection, root, file);
	});
	recent = { root: path.resolve(root), stamps, entries };
	return entries;
}

/**
 * The last loadRawContent of root in this process while no content file has
 * been added, removed or rewritten since, else a fresh load. The build checks
 * all content when it starts; this lets later steps (the sitemap) use that
 * load instead of reading and parsing every file again. Callers share the
 * entries, so they must not change them.
 */
export function recentRawContent(root: string): RawEntry[] {
	if (recent?.root === path.resolve(root)) {
		const { stamps, entries } = recent;
		const files = contentFiles(root);
		if (files.length === stamps.size && files.every(({ file }) => stamps.get(file) === stamp(file))) return entries;
	}
	return loadRawContent(root);
}
