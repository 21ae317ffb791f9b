import { mdxToMdast } from 'satteri';
import type { RawEntry } from './load.ts';
import { markdownTree, nodesOfType, type BodyNode, type BodyTree } from './body-tree.ts';
import type { Problem } from './problem.ts';

const IMPORT_OR_EXPORT = /^(?:import|export)\s+(?:[{*'"]|(?:default|const|let|var|function|class|async|type)\b|[\w$]+\s*(?:,|from\b))/;
/** A tag opened at the end of a line and never closed: Markdown keeps it as text, so it shows as typed. */
const TAG_LEFT_OPEN = /(?<!\\)<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?$/;
/** A capitalised tag is a component: rules-mdx.ts reports it with the allow-list. */
const COMPONENT_TAG = /<\/?[A-Z]/;

const HTML_HINT = 'viết bằng Markdown: **đậm**, *nghiêng*, ## tiêu đề, - danh sách; không dùng thẻ HTML hay thành phần MDX';

/** What the rules here found in a body: lines counted from the body's first line (0). */
interface BodyFindings {
	writesComponents: boolean;
	problems: { bodyLine: number; message: string; hint: string }[];
}

/**
 * Each body is parsed once per process for these rules and for
 * `writesComponents`, which rules-mdx.ts asks of the same bodies; only
 * bodies that can hold HTML or an import line are parsed (0.4 ms an 8 KB
 * body), and only the findings are kept, not the tree.
 */
const findingsByBody = new Map<string, BodyFindings>();
const NOTHING: BodyFindings = { writesComponents: false, problems: [] };

function findings(body: string): BodyFindings {
	if (!body.includes('<') && !/^(?:import|export)\s/m.test(body)) return NOTHING;
	let found = findingsByBody.get(body);
	if (!found) {
		const tree = markdownTree({ body, bodyLine: 0 });
		const html = nodesOfType(tree.root, 'html');
		const problems = [...importLines(tree), ...html.map(htmlProblem), ...tagsLeftOpen(tree)]
			.sort((x, y) => x.treeLine - y.treeLine)
			.filter((problem, i, all) => i === 0 || all[i - 1]!.treeLine !== problem.treeLine)
			.map(({ treeLine, message, hint }) => ({ bodyLine: tree.fileLine(treeLine), message, hint }));
		found = { writesComponents: html.some((node) => COMPONENT_TAG.test(node.value ?? '')), problems };
		findingsByBody.set(body, found);
	}
	return found;
}

/**
 * A body that writes a component (a capitalised tag the Markdown parser
 * reads as HTML, so never one inside code or escaped): held to MDX by
 * rules-mdx.ts, the one check that reports it, and not to the rules here,
 * so no mistake is reported twice.
 */
export function writesComponents(body: string): boolean {
	return findings(body).writesComponents;
}

interface Found {
	treeLine: number;
	message: string;
	hint: string;
}

function htmlProblem(node: BodyNode): Found {
	const value = node.value ?? '';
	const treeLine = node.position?.start.line ?? 1;
	if (value.startsWith('<!--')) {
		return { treeLine, message: 'ghi chú ẩn <!-- … --> sẽ hiện nguyên văn trên trang', hint: 'xóa ghi chú; ghi chú nội bộ để trong thông điệp commit, không để trong tệp' };
	}
	const firstLine = value.split('\n')[0]!;
	const tag = firstLine.includes('>') ? firstLine.slice(0, firstLine.indexOf('>') + 1) : firstLine.trim();
	return { treeLine, message: `thẻ ${tag} sẽ hiện nguyên văn trên trang`, hint: HTML_HINT };
}

/** Import/export lines, which Markdown reads as a paragraph of text. */
function importLines(tree: BodyTree): Found[] {
	const lines = tree.text.split('\n');
	return nodesOfType(tree.root, 'paragraph').flatMap((paragraph) => {
		const from = paragraph.position?.start.line ?? 1;
		const to = paragraph.position?.end.line ?? from;
		return lines.slice(from - 1, to).flatMap((line, offset) =>
			IMPORT_OR_EXPORT.test(line)
				? [{ treeLine: from + offset, message: 'dòng lệnh import/export không dùng được trong nội dung văn bản', hint: 'xóa dòng này; nội dung văn bản chỉ gồm chữ, tiêu đề (##), danh sách và bảng' }]
				: [],
		);
	});
}

/** Tags left open at the end of a line of text ("Ảnh <img"), read on the line as written so an escaped "\\<" stays text. */
function tagsLeftOpen(tree: BodyTree): Found[] {
	const lines = tree.text.split('\n');
	const textLines = new Set(nodesOfType(tree.root, 'text').flatMap((node) => lineRange(node)));
	return [...textLines].sort((a, b) => a - b).flatMap((treeLine) => {
		const open = TAG_LEFT_OPEN.exec(lines[treeLine - 1] ?? '');
		return open ? [{ treeLine, message: `thẻ <${open[1]} sẽ hiện nguyên văn trên trang`, hint: HTML_HINT }] : [];
	});
}

function lineRange(node: BodyNode): number[] {
	const from = node.position?.start.line ?? 1;
	const to = node.position?.end.line ?? from;
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Errors for HTML, comments and MDX imports/exports in bodies rendered as
 * Markdown, found in the renderer's own tree (so never inside code), one
 * per line. A body that writes components is checked by rules-mdx.ts
 * instead; links are checked in rules-body-links.ts.
 */
export function checkBodySyntax(entries: RawEntry[]): Problem[] {
	return entries
		.filter((entry) => entry.collection === 'documents')
		.flatMap((entry) => {
			const found = findings(entry.body);
			if (found.writesComponents) return [];
			return found.problems.map(({ bodyLine, message, hint }) => ({ severity: 'error' as const, file: entry.file, line: entry.bodyLine + bodyLine, field: 'body', message, hint }));
		});
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
