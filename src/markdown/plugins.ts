import { slugify } from '../lib/fold.ts';

/**
 * Sätteri plugins for document bodies. Kept free of Sätteri's types so the
 * config stays plain; the shapes follow its visitor API.
 */
type Ctx = {
	replaceNode(node: unknown, replacement: unknown): void;
	setProperty(node: unknown, key: string, value: unknown): void;
	wrapNode(node: unknown, parent: unknown): void;
	textContent(node: unknown): string;
};

/** Copied and OCR text may arrive decomposed (NFD); the site only ever shows NFC. */
export const nfcText = {
	name: 'nfc-text',
	text(node: { value: string }, ctx: Ctx) {
		const value = node.value.normalize('NFC');
		if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
	},
};

/**
 * Bodies are rendered as Markdown, which would pass raw HTML through: a tag
 * in a document shows as the text it is, never as markup or script. The
 * content check warns about it before publishing.
 */
export const rawHtmlAsText = {
	name: 'raw-html-as-text',
	html(node: { value: string }, ctx: Ctx) {
		ctx.replaceNode(node, { type: 'text', value: node.value });
	},
};

/**
 * ASCII heading ids from each heading's own text, so an anchor survives edits
 * above it, plus a visible link a spokesperson can copy.
 */
export function headingAnchors() {
	const used = new Map<string, number>();
	return {
		name: 'heading-anchors',
		element: {
			filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node: { properties?: Record<string, unknown> }, ctx: Ctx) {
				const text = ctx.textContent(node).normalize('NFC').trim();
				const base = slugify(text) || 'muc';
				const count = used.get(base) ?? 0;
				used.set(base, count + 1);
				const id = count === 0 ? base : `${base}-${count + 1}`;
				ctx.setProperty(node, 'id', id);
				// A sibling link, as Starlight does, keeps the heading's accessible name clean.
				ctx.wrapNode(node, {
					type: 'element',
					tagName: 'div',
					properties: { className: ['heading-wrapper'] },
					children: [
						{
							type: 'element',
							tagName: 'a',
							properties: { className: ['heading-anchor'], href: `#${id}` },
							children: [
								{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
								{ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Liên kết đến mục “${text}”` }] },
							],
						},
					],
				});
			},
		},
	};
}

/**
 * The plugins' code, part of each document page's cache key: Astro would
 * otherwise restore a page when only the plugins that render its body
 * changed. Importing this also puts the module (and fold.ts) in the page's
 * dependency graph, which Astro hashes.
 */
export function bodyPipelineSource(): string {
	return [nfcText.text, rawHtmlAsText.html, headingAnchors].map(String).join('\n');
}
