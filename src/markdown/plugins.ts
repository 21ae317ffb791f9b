import { slugify } from '../lib/fold.ts';
import { isSafeLinkTarget } from '../validation/link-scheme.ts';
import { isPhotoBeside } from '../validation/body-syntax.ts';

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

/**
 * Safety net for bodies compiled as MDX: the check refuses anything but the
 * allow-listed components with text props, and the build refuses content
 * with errors, but a compiled body runs as code, so nothing else may reach
 * it even then. Imports, exports and `{…}` expressions are dropped (an
 * expression keeps its text), other elements keep only their children,
 * and an allow-listed component keeps only its text props.
 *
 * `<Photo src alt>` becomes a Photo around a Markdown image: the MDX compiler
 * then imports the file beside the document and renders it through Astro's
 * image service (the `img` component the page passes, a `<Picture>`), so
 * only photos of pages actually built are processed and published.
 */
export function mdxAllowList(isAllowed: (name: string) => boolean) {
	type Attribute = { type: string; name?: string; value?: unknown };
	type Element = { type: string; name?: string | null; attributes?: Attribute[]; children?: unknown[]; position?: unknown };
	const element = (node: Element, ctx: Ctx) => {
		if (!node.name || !isAllowed(node.name)) {
			ctx.replaceNode(node, node.children ?? []);
			return;
		}
		const attributes = (node.attributes ?? []).filter((attribute) => attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string');
		const value = (name: string) => attributes.find((attribute) => attribute.name === name)?.value as string | undefined;
		if (node.name === 'Photo') {
			const src = value('src');
			const image = src && isPhotoBeside(src) ? [{ type: 'image', url: src, alt: value('alt') ?? '' }] : [];
			const rest = attributes.filter((attribute) => attribute.name !== 'src' && attribute.name !== 'alt');
			ctx.replaceNode(node, { type: node.type, name: node.name, attributes: rest, children: image });
			return;
		}
		if (attributes.length !== (node.attributes ?? []).length) ctx.replaceNode(node, { type: node.type, name: node.name, attributes, children: node.children ?? [] });
	};
	const text = (node: { value?: unknown }) => ({ type: 'text', value: `{${String(node.value ?? '')}}` });
	return {
		name: 'mdx-allow-list',
		mdxjsEsm: (node: unknown, ctx: Ctx) => ctx.removeNode(node),
		mdxFlowExpression: (node: { value?: unknown }, ctx: Ctx) => ctx.replaceNode(node, { type: 'paragraph', children: [text(node)] }),
		mdxTextExpression: (node: { value?: unknown }, ctx: Ctx) => ctx.replaceNode(node, text(node)),
		mdxJsxFlowElement: element,
		mdxJsxTextElement: element,
	};
}
