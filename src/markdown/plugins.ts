import { slugify } from '../lib/fold.ts';
import { isSafeLinkTarget } from '../validation/link-scheme.ts';

/**
 * Sätteri plugins for document bodies. Kept free of Sätteri's types so the
 * config stays plain; the shapes follow its visitor API.
 */
type Ctx = {
	replaceNode(node: unknown, replacement: unknown): void;
	removeNode(node: unknown): void;
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
 * content check rejects it before publishing (src/validation/body-syntax.ts).
 */
export const rawHtmlAsText = {
	name: 'raw-html-as-text',
	html(node: { value: string }, ctx: Ctx) {
		ctx.replaceNode(node, { type: 'text', value: node.value });
	},
};

/** Link targets a document may use: web and mail addresses, phone numbers, and addresses on this site. */
export function isSafeUrl(url: string): boolean {
	return isSafeLinkTarget(url);
}

/** A link to `javascript:`, `data:` or any other scheme keeps its text and loses its target. */
export const safeLinks = {
	name: 'safe-links',
	link(node: { url: string; children: unknown[] }, ctx: Ctx) {
		if (!isSafeUrl(node.url)) ctx.replaceNode(node, node.children);
	},
	definition(node: { url: string }, ctx: Ctx) {
		if (!isSafeUrl(node.url)) ctx.removeNode(node);
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
