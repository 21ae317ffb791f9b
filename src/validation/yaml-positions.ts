/**
 * Where each field of a YAML text is written, from the same js-yaml that
 * Astro parses content with: its `listener` option reports every node as it
 * opens and closes, with the parser's position. One parser for the data and
 * for the lines in messages, so they can never disagree (a second YAML
 * library used to give the lines).
 */
import { astroYaml } from '../lib/yaml.ts';

/** A js-yaml node, as the listener saw it. */
export interface YamlNode {
	/** Offset of the node's first character (its tag or anchor, when it has one). */
	start: number;
	/** Offset just after the node's last character. */
	end: number;
	/** "mapping", "sequence", "scalar", or null for an empty value. */
	kind: string | null;
	/** The value js-yaml built for the node: a Date or a number for an unquoted date or number. */
	value: unknown;
	/** Nested nodes: key, value, key, value… for a mapping; the items of a sequence. */
	children: YamlNode[];
}

/** Skips the spaces, line breaks and comments js-yaml passes over before a value starts. */
function contentStart(text: string, from: number): number {
	let at = from;
	while (at < text.length) {
		const char = text[at]!;
		if (char === ' ' || char === '\t' || char === '\r' || char === '\n' || char === '\uFEFF') at++;
		else if (char === '#' && (at === 0 || /\s/.test(text[at - 1]!))) at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
		else break;
	}
	return at;
}

/**
 * The node tree of `text`. A text js-yaml refuses still gives the nodes it
 * read before the error, so fields above a mistake keep their lines.
 */
export function yamlNodes(text: string): YamlNode | undefined {
	const root: YamlNode = { start: 0, end: text.length, kind: null, value: undefined, children: [] };
	const open: YamlNode[] = [root];
	try {
		astroYaml.load(text, {
			listener: (event, state) => {
				if (event === 'open') {
					const node: YamlNode = { start: contentStart(text, state.position), end: state.position, kind: null, value: undefined, children: [] };
					open.at(-1)!.children.push(node);
					open.push(node);
				} else {
					const node = open.pop()!;
					node.end = state.position;
					node.kind = state.kind;
					node.value = state.result;
				}
			},
		});
	} catch {
		// The message for the error itself comes from yaml-errors.ts. The collections still open
		// when it stopped never closed, so their kind is read from the text: a list item starts with "-".
		for (const node of open.slice(1)) {
			if (node.children.length > 0) node.kind = /^-(?:\s|$)/.test(text.slice(node.start, node.start + 2)) ? 'sequence' : 'mapping';
		}
	}
	return root.children[0];
}

/**
 * The pairs of a mapping node. js-yaml first reads a block value as if it
 * were a mapping's first key, so a scalar may hold one child of the same
 * text: only mapping nodes have pairs.
 */
export function mappingPairs(node: YamlNode): { key: YamlNode; value: YamlNode | undefined }[] {
	if (node.kind !== 'mapping') return [];
	const pairs: { key: YamlNode; value: YamlNode | undefined }[] = [];
	for (let i = 0; i < node.children.length; i += 2) pairs.push({ key: node.children[i]!, value: node.children[i + 1] });
	return pairs;
}

/** The node a field path leads to, and the node to point at: the key for a mapping entry, the item itself in a list. */
function locate(root: YamlNode, field: readonly (string | number)[]): YamlNode | undefined {
	let node: YamlNode | undefined = root;
	let mark: YamlNode | undefined = root;
	for (const part of field) {
		if (!node) return undefined;
		if (node.kind === 'sequence') {
			node = typeof part === 'number' ? node.children[part] : undefined;
			mark = node;
		} else {
			const pair = mappingPairs(node).find(({ key }) => String(key.value) === String(part));
			node = pair?.value;
			mark = pair?.key;
		}
	}
	return mark;
}

/** 1-based line of every offset, by binary search over the line starts. */
export function lineCounter(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}

/**
 * A function giving the line (in the file: `lineOffset` lines come before
 * the text) of a field path, or of its nearest ancestor that is written.
 */
export function yamlLineFinder(text: string, lineOffset: number): (field: readonly (string | number)[]) => number | undefined {
	const root = yamlNodes(text);
	const lineAt = lineCounter(text);
	return (field) => {
		if (!root) return undefined;
		for (let depth = field.length; depth > 0; depth--) {
			const node = locate(root, field.slice(0, depth));
			if (node) return lineAt(node.start) + lineOffset;
		}
		return undefined;
	};
}
