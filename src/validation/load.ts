import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';

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

function parseYaml(text: string, lineOffset: number) {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter });
	const error = doc.errors[0];
	return {
		data: error ? undefined : doc.toJS(),
		lineOf: lineFinder(doc, counter, lineOffset),
		syntaxError: error ? { message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: error.linePos ? error.linePos[0].line + lineOffset : undefined } : undefined,
	};
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

/** Every content file, in a stable order. */
export function loadRawContent(root: string): RawEntry[] {
	const patterns: [RawEntry['collection'], RegExp][] = [
		['agencies', /\.ya?ml$/],
		['campaigns', /\.ya?ml$/],
		['documents', /\.mdx$/],
	];
	return patterns.flatMap(([collection, pattern]) =>
		walk(path.join(root, collection))
			.filter((file) => pattern.test(file))
			.sort()
			.map((file) => readEntry(collection, root, file)),
	);
}
