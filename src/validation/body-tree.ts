/**
 * A document body read as the site renders it: Sätteri's Markdown parser
 * with the features @astrojs/markdown-satteri turns on, on the body trimmed
 * as Astro's MDX entry type trims it. Every body rule that asks "what will
 * this show as" reads this tree, so no rule guesses at Markdown by line.
 */
import { markdownToMdast } from 'satteri';
import type { RawEntry } from './load.ts';

/** A Markdown node; only the fields the rules read. */
export interface BodyNode {
	type: string;
	value?: string;
	url?: string;
	alt?: string;
	identifier?: string;
	children?: BodyNode[];
	position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface BodyTree {
	root: BodyNode;
	/** The text parsed: the body trimmed. Line n of the tree is `text.split('\n')[n - 1]`. */
	text: string;
	/** Line of the file a node starts on. */
	lineOf(node: BodyNode): number;
	/** Line of the file that line n of the tree is. */
	fileLine(treeLine: number): number;
}

/** The renderer's features (see createSatteriMarkdownProcessor): GFM and smart punctuation on. */
const FEATURES = { gfm: true, smartPunctuation: true };

export function markdownTree(entry: Pick<RawEntry, 'body' | 'bodyLine'>): BodyTree {
	const rendered = entry.body.trim();
	const skipped = entry.body.slice(0, entry.body.length - entry.body.trimStart().length).split('\n').length - 1;
	const root = markdownToMdast(rendered, { features: FEATURES }) as BodyNode;
	const fileLine = (treeLine: number) => entry.bodyLine + skipped + treeLine - 1;
	return { root, text: rendered, fileLine, lineOf: (node) => fileLine(node.position?.start.line ?? 1) };
}

/** Every node of a tree of the given type, in document order. */
export function nodesOfType(node: BodyNode, type: string, out: BodyNode[] = []): BodyNode[] {
	if (node.type === type) out.push(node);
	for (const child of node.children ?? []) nodesOfType(child, type, out);
	return out;
}
