/**
 * Text that would render as code. A document body is the text of a signed
 * document: a fenced block, a paragraph indented four spaces (pasted from
 * Word or a PDF) or a `backticked` phrase shows on the page in a monospace
 * box, which no press officer means. Markdown decides what is code by
 * context (indented lines inside a list item are not), so the body is parsed
 * with the parser the site renders with, satteri, instead of guessed at by
 * line.
 */
import type { RawEntry } from './load.ts';
import { markdownTree, type BodyNode, type BodyTree } from './body-tree.ts';
import type { Problem } from './problem.ts';
import { isPublishable } from './rules-placeholders.ts';
import { componentsUsed, parseMdxBody } from './body-syntax.ts';

/** The tree the build renders from: MDX's for a body with components (it has no indented code), Markdown's otherwise. */
function bodyTree(entry: RawEntry): BodyTree {
	if (componentsUsed(entry.body).size > 0) {
		const parsed = parseMdxBody(entry.body);
		if (parsed.ok) {
			const fileLine = (line: number) => entry.bodyLine + line - 1;
			return { root: parsed.tree as unknown as BodyNode, text: entry.body, fileLine, lineOf: (node) => fileLine(node.position?.start.line ?? 1) };
		}
	}
	return markdownTree(entry);
}

/**
 * Only bodies with a backtick, a tilde fence or an indented line can hold
 * code; the others (nearly all) skip the parse, 0.4 ms a 8 KB body.
 */
const MAY_HOLD_CODE = /`|~~~|^(?: {4}|\t)/m;

interface CodeNode {
	type: 'code' | 'inlineCode';
	line: number;
	value: string;
}

function codeNodes(node: BodyNode, out: CodeNode[] = []): CodeNode[] {
	const { type, position, value, children } = node;
	if ((type === 'code' || type === 'inlineCode') && position) out.push({ type, line: position.start.line, value: value ?? '' });
	for (const child of children ?? []) codeNodes(child, out);
	return out;
}

const FENCE = /^\s{0,3}(?:`{3,}|~{3,})/;

function describe(tree: BodyTree, node: CodeNode): Pick<Problem, 'message' | 'hint'> {
	const excerpt = `"${node.value.split('\n')[0]!.trim().slice(0, 60)}"`;
	if (node.type === 'inlineCode') {
		return { message: `chữ ${excerpt} đặt giữa hai dấu \` sẽ hiện thành mã máy tính (khung chữ đều)`, hint: 'xóa các dấu ` quanh chữ; muốn nhấn mạnh thì viết **đậm**' };
	}
	const line = tree.text.split('\n')[node.line - 1] ?? '';
	if (FENCE.test(line)) {
		return { message: `khối giữa hai dòng \`\`\` hoặc ~~~ sẽ hiện thành khung mã máy tính, bắt đầu ${excerpt}`, hint: 'xóa hai dòng ``` (hoặc ~~~) bao quanh đoạn văn' };
	}
	return {
		message: `đoạn thụt đầu dòng bốn dấu cách (hoặc phím Tab) sẽ hiện thành khung mã máy tính, bắt đầu ${excerpt}`,
		hint: 'xóa các dấu cách, Tab ở đầu dòng; mục con của danh sách thì thụt đúng hai dấu cách dưới dòng "- "',
	};
}

/** Errors for anything in a publishable body that the site would show as code. */
export function checkCode(entries: RawEntry[]): Problem[] {
	return entries
		.filter((entry) => isPublishable(entry) && MAY_HOLD_CODE.test(entry.body))
		.flatMap((entry) => {
			const tree = bodyTree(entry);
			return codeNodes(tree.root).map((node) => ({
				severity: 'error' as const, file: entry.file, line: tree.fileLine(node.line), field: 'body', ...describe(tree, node),
			}));
		});
}
