import { mdxToMdast } from 'satteri';
import type { RawEntry } from './load.ts';
import type { Problem } from './problem.ts';

// CommonMark's grammar for a tag, so "<Danh sách khen thưởng>" or "<b và c>" stay ordinary text.
const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const OPEN_TAG = String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>`;
const CLOSE_TAG = String.raw`<\/[A-Za-z][A-Za-z0-9-]*\s*>`;
/** A tag whose attributes go on to the next line. */
const OPEN_TAG_AT_END = String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*$`;
const DECLARATION = String.raw`<(?:![A-Za-z]|\?)[^<>]*>?`;
const NOT_ESCAPED = String.raw`(?<!\\)`;

/**
 * Document bodies are rendered as plain Markdown (src/markdown/bodies-in-content-layer.ts):
 * HTML and MDX syntax would show on the page as the characters typed, so it
 * is stopped here, with the line, before anything is published.
 */
const RULES: { find: (line: string) => string | undefined; message: (found: string) => string; hint: string }[] = [
	{
		find: matcher(/^(?:import|export)\s+(?:[{*'"]|(?:default|const|let|var|function|class|async|type)\b|[\w$]+\s*(?:,|from\b))/),
		message: () => 'dòng lệnh import/export không dùng được trong nội dung văn bản',
		hint: 'xóa dòng này; nội dung văn bản chỉ gồm chữ, tiêu đề (##), danh sách và bảng',
	},
	{
		find: matcher(new RegExp(`${NOT_ESCAPED}<!--`)),
		message: () => 'ghi chú ẩn <!-- … --> sẽ hiện nguyên văn trên trang',
		hint: 'xóa ghi chú; ghi chú nội bộ để trong thông điệp commit, không để trong tệp',
	},
	{
		// A capitalised tag is a component: rules-mdx.ts reports it with the allow-list.
		find: matcher(new RegExp(`${NOT_ESCAPED}(?!<\\/?[A-Z])(?:${OPEN_TAG}|${CLOSE_TAG}|${OPEN_TAG_AT_END}|${DECLARATION})`)),
		message: (tag) => `thẻ ${tag.trim()} sẽ hiện nguyên văn trên trang`,
		hint: 'viết bằng Markdown: **đậm**, *nghiêng*, ## tiêu đề, - danh sách; không dùng thẻ HTML hay thành phần MDX',
	},
];

function matcher(pattern: RegExp): (line: string) => string | undefined {
	return (line) => pattern.exec(line)?.[0];
}

/** Indented code (four spaces or a tab) shows as typed, like fenced code. */
const INDENTED_CODE = /^(?: {4}|\t)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** Each line of a body outside code (fences, indented blocks, code spans removed), with its index in the body. */
function linesOutsideCode(body: string): { index: number; text: string }[] {
	const out: { index: number; text: string }[] = [];
	let fence: string | undefined;
	body.split(/\r?\n/).forEach((line, index) => {
		const opening = FENCE.exec(line)?.[1];
		if (fence) {
			if (opening?.startsWith(fence)) fence = undefined;
			return;
		}
		if (opening) {
			fence = opening;
			return;
		}
		if (INDENTED_CODE.test(line)) return;
		out.push({ index, text: line.replace(CODE_SPAN, '') });
	});
	return out;
}

const TAG = new RegExp(`${NOT_ESCAPED}(?:${OPEN_TAG}|${CLOSE_TAG}|${OPEN_TAG_AT_END})`, 'g');

/** Every tag written in a body outside code, as CommonMark's grammar sees one: `<Note title="…">`, `</b>`. */
function tagsOutsideCode(body: string): { index: number; text: string }[] {
	return linesOutsideCode(body).flatMap(({ index, text }) => [...text.matchAll(TAG)].map((match) => ({ index, text: match[0] })));
}

/**
 * A body that writes a component (a capitalised tag outside code): held to
 * MDX by rules-mdx.ts, the one check that reports it, and not to the line
 * rules here, so no mistake is reported twice.
 */
export function writesComponents(body: string): boolean {
	return tagsOutsideCode(body).some((tag) => /^<\/?[A-Z]/.test(tag.text));
}

/**
 * Errors for HTML, comments and MDX imports/exports in bodies rendered as
 * Markdown, outside code. A body that writes components is checked by
 * rules-mdx.ts instead; links are checked in rules-body-links.ts.
 */
export function checkBodySyntax(entries: RawEntry[]): Problem[] {
	const out: Problem[] = [];
	for (const entry of entries) {
		if (entry.collection !== 'documents' || writesComponents(entry.body)) continue;
		for (const { index, text } of linesOutsideCode(entry.body)) {
			for (const rule of RULES) {
				const found = rule.find(text);
				if (found === undefined) continue;
				out.push({ severity: 'error', file: entry.file, line: entry.bodyLine + index, field: 'body', message: rule.message(found), hint: rule.hint });
				break;
			}
		}
	}
	return out;
}

/**
 * The components a document body may use, without imports, and their props.
 * The names are fixed: other parts of the site and the press officers' guide
 * rely on them. `src/components/mdx/components.ts` maps each to its component.
 */
export const MDX_COMPONENTS = {
	Note: { required: [], optional: ['title'], children: true },
	Photo: { required: ['src', 'alt'], optional: ['caption', 'credit'], children: false },
	Honourees: { required: [], optional: [], children: false },
	Chart: { required: [], optional: [], children: false },
	DocumentCard: { required: ['id'], optional: [], children: false },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[]; children: boolean }>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export function isMdxComponentName(name: string): name is MdxComponentName {
	return Object.hasOwn(MDX_COMPONENTS, name);
}

/** An MDX node as satteri's `mdxToMdast` gives it; only the fields the site reads. */
export interface MdxNode {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number; column: number } };
	children?: MdxNode[];
}

export type ParsedBody = { ok: true; tree: MdxNode } | { ok: false; line: number; column: number; reason: string };

/**
 * The body read by the MDX parser Astro compiles `.mdx` with (satteri's,
 * through @astrojs/markdown-satteri), so the check and the build agree on
 * what is a component. A body without "<" holds no element, and skips the parse.
 */
export function parseMdxBody(body: string): ParsedBody {
	try {
		return { ok: true, tree: mdxToMdast(body) as unknown as MdxNode };
	} catch (error) {
		const message = (error as Error).message;
		const at = /^(\d+):(\d+):\s*/.exec(message);
		return { ok: false, line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), reason: message.slice(at?.[0].length ?? 0) };
	}
}

const JSX_ELEMENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Every JSX element of a parsed body, in document order. */
export function jsxElements(node: MdxNode, out: MdxNode[] = []): MdxNode[] {
	if (JSX_ELEMENT.has(node.type)) out.push(node);
	for (const child of node.children ?? []) jsxElements(child, out);
	return out;
}

/**
 * Names of the allow-listed components a body uses, or an empty set for a
 * plain Markdown body, which keeps the fast path (rendered once in the
 * content layer, src/markdown/bodies-in-content-layer.ts). A body the MDX
 * parser cannot read is rendered as Markdown; the check reports why.
 */
export function componentsUsed(body: string): ReadonlySet<MdxComponentName> {
	if (!body.includes('<')) return NONE;
	let used = usedByBody.get(body);
	if (!used) {
		const parsed = parseMdxBody(body);
		used = parsed.ok ? new Set(jsxElements(parsed.tree).flatMap((element) => (element.name && isMdxComponentName(element.name) ? [element.name] : []))) : NONE;
		usedByBody.set(body, used);
	}
	return used;
}

const NONE: ReadonlySet<MdxComponentName> = new Set();
/**
 * The loader, the check's rules and the page each ask about the same body;
 * the parse costs about 2 ms for a 2 KB body (1,000 bodies of the benchmark
 * corpus, under load), so each body with a "<" is parsed once per process.
 */
const usedByBody = new Map<string, ReadonlySet<MdxComponentName>>();

/** "./name.jpg" or "name.jpg": a file in the document's own folder (the check says the same, rules-mdx.ts). */
export function isPhotoBeside(src: string): boolean {
	const name = src.startsWith('./') ? src.slice(2) : src;
	return name.length > 0 && !/[\\/]/.test(name) && !/^[a-z][a-z0-9+.-]*:/i.test(name) && name !== '.' && name !== '..';
}

/** The `src` of every `<Photo>` a body uses, as written: the files beside the document it publishes. */
export function photoSources(body: string): string[] {
	if (!body.includes('<Photo')) return [];
	const parsed = parseMdxBody(body);
	if (!parsed.ok) return [];
	return jsxElements(parsed.tree)
		.filter((element) => element.name === 'Photo')
		.flatMap((element) => element.attributes?.flatMap((attribute) => (attribute.name === 'src' && typeof attribute.value === 'string' ? [attribute.value] : [])) ?? []);
}
