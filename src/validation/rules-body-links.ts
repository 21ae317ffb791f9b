/**
 * Links and images in document bodies, read with the renderer's own
 * Markdown parser (Sätteri, with the features @astrojs/markdown-satteri
 * turns on), so what is checked is what is rendered: a target with any
 * scheme but web, mail and phone is refused (after decoding, see
 * link-scheme.ts), a link to this site must reach a page the build
 * publishes no later than the document itself, and an image must be a
 * real image file beside the document.
 */
import path from 'node:path';
import { now } from '../lib/dates.ts';
import { urls } from '../lib/urls.ts';
import { IMAGE_EXTENSIONS, extensionOf, inspectFileBeside } from '../attachments/attachment-file.ts';
import { linkScheme, SAFE_SCHEMES } from './link-scheme.ts';
import { resolves, sitePages, type SitePages } from './site-pages.ts';
import { describeRefusal } from './rules-attachments.ts';
import { unsupportedImageHint, type ContentTree } from './content-files.ts';
import type { RawEntry } from './load.ts';
import { markdownTree, type BodyNode } from './body-tree.ts';
import type { ValidContent } from './schema-check.ts';
import type { Problem } from './problem.ts';

interface BodyLink {
	kind: 'link' | 'image';
	url: string;
	line: number;
	/** An image's text alternative, as written between the brackets. */
	alt?: string;
}

/** Every link and image target in a body, with its line in the file. */
export function linksOf(entry: RawEntry): BodyLink[] {
	// Only "[…](…)", "[…]: …" and "<…>" make a link whose target is written out; GFM's bare
	// web and mail addresses are always http(s) or mailto. Skipping the rest saves 0.5 ms a body.
	if (!/[[<]/.test(entry.body)) return [];
	const { root: tree, lineOf } = markdownTree(entry);
	const definitions = new Map<string, BodyNode>();
	const out: BodyLink[] = [];
	const visit = (node: BodyNode) => {
		if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node);
		if ((node.type === 'link' || node.type === 'image') && node.url !== undefined) out.push({ kind: node.type, url: node.url, line: lineOf(node), alt: node.alt });
		node.children?.forEach(visit);
	};
	visit(tree);
	const references = (node: BodyNode) => {
		if (node.type === 'imageReference' || node.type === 'linkReference') {
			const definition = definitions.get(node.identifier ?? '');
			if (definition?.url !== undefined) out.push({ kind: node.type === 'imageReference' ? 'image' : 'link', url: definition.url, line: lineOf(node), alt: node.alt });
		}
		node.children?.forEach(references);
	};
	references(tree);
	// A definition nobody uses still renders nothing, but its target is checked like any link.
	for (const definition of definitions.values()) out.push({ kind: 'link', url: definition.url ?? '', line: lineOf(definition) });
	return out;
}

const HINT_SCHEME = `chỉ liên kết tới địa chỉ ${SAFE_SCHEMES.filter((s) => s !== 'http').map((s) => `${s}:`).join(', ')} hoặc một trang của trang này (bắt đầu bằng /)`;

/** The site path a link without a scheme leads to, from the document's own address. */
function sitePathOf(url: string, documentId: string): string | undefined {
	const base = new URL(urls.document(documentId), 'https://trang.invalid');
	const target = new URL(url, base);
	if (target.host !== base.host) return undefined;
	try {
		return decodeURIComponent(target.pathname);
	} catch {
		return target.pathname;
	}
}

export const bodyLinks = (content: ValidContent, tree: ContentTree): Problem[] => {
	const out: Problem[] = [];
	const at = now();
	const pagesAt = new Map<number, SitePages>();
	const pages = (instant: Date) => {
		if (!pagesAt.has(instant.getTime())) pagesAt.set(instant.getTime(), sitePages(content, instant, tree.root));
		return pagesAt.get(instant.getTime())!;
	};
	for (const doc of content.documents.values()) {
		const report = (line: number, message: string, hint: string) => out.push({ severity: 'error', file: doc.raw.file, line, field: 'body', message, hint });
		const publishAt = doc.data.publishAt ? new Date(doc.data.publishAt) : undefined;
		// A draft's links are checked once it is scheduled or published: its targets may be drafts too.
		const visibleAt = doc.data.draft ? undefined : publishAt && publishAt > at ? publishAt : at;
		for (const link of linksOf(doc.raw)) {
			const scheme = linkScheme(link.url);
			if (scheme !== undefined && !SAFE_SCHEMES.includes(scheme)) {
				report(link.line, `liên kết tới "${link.url}" (dạng ${scheme}:) sẽ bị bỏ, chỉ còn chữ`, HINT_SCHEME);
				continue;
			}
			if (link.kind === 'image') {
				if (scheme !== undefined || link.url.startsWith('//')) {
					// The site's Content-Security-Policy loads images from the site only (img-src 'self').
					report(link.line, `ảnh "${link.url}" lấy từ trang khác sẽ không hiện: trang chỉ tải ảnh của chính nó`, 'tải ảnh về, đặt cạnh tệp .mdx và ghi ![mô tả](./ten-anh.png)');
					continue;
				}
				const written = link.url.startsWith('./') ? link.url : `./${link.url}`;
				const inspected = inspectFileBeside(path.dirname(doc.raw.absolutePath), written);
				// What a file that is not the image its name says really is, sharp tells (rules-images.ts).
				if (!inspected.ok && !(inspected.refusal === 'wrong-content' && IMAGE_EXTENSIONS.includes(extensionOf(inspected.fileName)))) report(link.line, `ảnh: ${describeRefusal(inspected)}`, unsupportedImageHint(inspected.fileName) ?? 'đặt tệp ảnh (PNG, JPEG, WebP) cạnh tệp .mdx và ghi ![mô tả](./ten-anh.png)');
				else if (!IMAGE_EXTENSIONS.includes(extensionOf(inspected.fileName))) report(link.line, `"${inspected.fileName}" không phải tệp ảnh`, 'chèn ảnh PNG, JPEG hoặc WebP; tệp khác đăng qua attachments');
				continue;
			}
			if (scheme !== undefined || link.url.startsWith('#')) continue;
			if (/^[\\/]{2}/.test(link.url.trim())) {
				report(link.line, `liên kết "${link.url}" thiếu https: ở đầu`, 'ghi đủ địa chỉ, ví dụ https://example.gov.vn/…');
				continue;
			}
			if (visibleAt === undefined) continue;
			const sitePath = sitePathOf(link.url, doc.id);
			if (sitePath !== undefined && !resolves(pages(visibleAt), sitePath) && !resolves(pages(visibleAt), `${sitePath}/`)) {
				report(link.line, `liên kết tới ${sitePath} không dẫn tới trang nào được đăng${publishAt && publishAt > at ? ` vào thời điểm công bố văn bản này` : ''}`, 'kiểm tra đường dẫn (văn bản: /van-ban/<mã cơ quan>/<năm>/<tên tệp>/); văn bản được dẫn phải có trên trang và không còn là bản nháp hay chưa đến giờ công bố');
			}
		}
	}
	return out;
};
