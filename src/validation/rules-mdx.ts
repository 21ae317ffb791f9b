/**
 * Bodies that use components are compiled as MDX (src/components/mdx/), so
 * they are read here with the MDX parser the build compiles them with
 * (satteri's, see body-syntax.ts) and held to a fixed allow-list: no
 * imports, exports or JavaScript expressions, no HTML tags, only the listed
 * components with their own props, each written out as text. A photo must
 * be an image file beside the document; a document card must name a
 * document published no later than the one citing it.
 */
import path from 'node:path';
import { now } from '../lib/dates.ts';
import { urls } from '../lib/urls.ts';
import { nearest } from '../schema/nearest.ts';
import { IMAGE_EXTENSIONS, extensionOf, inspectFileBeside } from '../attachments/attachment-file.ts';
import { MDX_COMPONENTS, isMdxComponentName, isPhotoBeside, jsxElements, parseMdxBody, writesComponents, type MdxNode } from './body-syntax.ts';
import { describeRefusal } from './rules-attachments.ts';
import { resolves, sitePages, type SitePages } from './site-pages.ts';
import type { ContentTree } from './content-files.ts';
import type { ValidContent, ValidEntry } from './schema-check.ts';
import type { DocumentData } from '../schema/document.ts';
import type { Problem } from './problem.ts';

/** "<Note>…</Note>, <Photo … />, …": the allow-list as a press officer writes it, for every hint. */
export const ALLOWED_LIST = 'các thành phần được dùng: <Note title="…">…</Note>, <Photo src="./anh.jpg" alt="…" />, <Honourees />, <Chart />, <DocumentCard id="co-quan/nam/ten-tep" />';

const EXPRESSION_TYPES = new Set(['mdxFlowExpression', 'mdxTextExpression']);
/** `{/* … *\/}`: a comment renders nothing; rules-placeholders.ts refuses it in a document about to be published. */
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

interface Report {
	(line: number | undefined, message: string, hint: string): void;
}

function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/** A parse error as a press officer reads it: what is wrong at that spot, and the fix for that case. */
interface ParseProblem {
	message: string;
	hint: string;
}

/** `<https://…>`, `<www.…>` or `<ten@co-quan.gov.vn>`: Markdown's angle-bracket links, which MDX does not have. */
const ANGLE_LINK = /^<(?:[a-z][a-z0-9+.-]*:|www\.|[^\s<>@]+@[^\s<>@]+\.[^\s<>]+>)/i;
/** `<Note title=…`, `<Photo …` or `<b>`: the start of a tag, so the fault is inside the tag; "a<b" is a sign before a letter. */
const TAG_START = /^<\/?(?:[A-Z]|[a-z][a-z0-9]*[\s/>])/;

/**
 * The satteri reasons press officers meet, in Vietnamese, each with its own
 * fix. "Unexpected character after `<`" covers three different mistakes
 * that need different fixes, told apart by the text at the error: a Markdown
 * link in angle brackets, a component tag written wrongly, and a plain "<"
 * before a number or sign ("<5 ngày", "a<b", "<="), which a Markdown body
 * shows as written but MDX reads as the start of a tag.
 */
export function describeParseError(reason: string, sourceLine = '', column = 1): ParseProblem {
	const at = sourceLine.slice(Math.max(0, column - 1));
	const general = `sửa cú pháp; ${ALLOWED_LIST}`;
	const closing = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
	if (closing) return { message: `thẻ <${closing[1]}> chưa có thẻ đóng </${closing[1]}> (hoặc viết <${closing[1]} … /> khi không có nội dung bên trong)`, hint: general };
	if (/Unexpected closing tag|Unexpected closing slash/.test(reason)) return { message: 'thẻ đóng không khớp với thẻ mở nào', hint: general };
	if (/end of file in expression|corresponding closing brace/.test(reason)) {
		return { message: 'dấu { chưa có dấu } đóng: trong văn bản có thành phần, dấu { mở đầu một biểu thức', hint: 'muốn viết dấu { như một chữ thì ghi \\{ (thêm dấu \\ trước nó); biểu thức { … } không dùng được trong văn bản' };
	}
	if (/attribute value/.test(reason)) return { message: 'giá trị thuộc tính phải đặt trong ngoặc kép', hint: 'ví dụ alt="Lễ trao Cờ thi đua"' };
	if (/Unexpected character after `<`|before name/.test(reason)) {
		if (ANGLE_LINK.test(at)) {
			const address = at.slice(1, at.indexOf('>') > 0 ? at.indexOf('>') : undefined);
			return {
				message: `liên kết đặt trong dấu < > (<${address}>) không dùng được trong văn bản có thành phần`,
				hint: `bỏ hai dấu < >: ghi ${address.includes('@') && !address.includes(':') ? `[${address}](mailto:${address})` : `[tên trang](${address})`}`,
			};
		}
		if (TAG_START.test(at)) {
			return { message: 'thẻ thành phần viết sai: mỗi thuộc tính phải có dạng ten="giá trị", trong ngoặc kép thẳng, và thẻ phải có dấu > đóng', hint: general };
		}
		return {
			message: `dấu "<" ở đây (${at.slice(0, 12).trim()}…) bị hiểu là mở đầu một thẻ`,
			hint: 'ghi \\< thay cho < (ví dụ \\<5 ngày), hoặc thêm một dấu cách sau dấu < (ví dụ "< 5 ngày"), hoặc viết bằng chữ ("dưới 5 ngày")',
		};
	}
	return { message: 'cú pháp thành phần không đúng', hint: general };
}

function checkElement(element: MdxNode, doc: ValidEntry<DocumentData>, uses: Map<string, (number | undefined)[]>, report: Report, cards: { id: string; line: number | undefined }[], lineOf: (node: MdxNode) => number | undefined) {
	const line = lineOf(element);
	const name = element.name ?? '';
	if (!isMdxComponentName(name)) {
		if (/^[a-z]/.test(name)) {
			report(line, `thẻ HTML <${name}> không dùng được trong nội dung văn bản`, `viết bằng Markdown (**đậm**, *nghiêng*, ## tiêu đề, - danh sách); ${ALLOWED_LIST}`);
		} else {
			const near = nearest(name, Object.keys(MDX_COMPONENTS), (key) => [key]).map((key) => `<${key}>`);
			report(line, `không có thành phần ${name ? `<${name}>` : 'không tên <>'} trong danh sách được phép`, `${near.length > 0 ? `có phải ${near.join(' hoặc ')}? ` : ''}${ALLOWED_LIST}`);
		}
		return;
	}
	const spec = MDX_COMPONENTS[name];
	uses.set(name, [...(uses.get(name) ?? []), line]);
	// Every component renders a block (aside, figure, table, card): inside a sentence, a list item or a table cell it would sit in a <p> or <td>, which HTML does not allow.
	if (element.type === 'mdxJsxTextElement') {
		report(line, `thành phần <${name}> nằm giữa một câu, một mục danh sách hay một ô bảng`, `đặt <${name} …> trên một dòng riêng, có một dòng trống trước và sau; chữ đi kèm viết thành đoạn riêng`);
	}
	const allowed: readonly string[] = [...spec.required, ...spec.optional];
	const values = new Map<string, string>();
	for (const attribute of element.attributes ?? []) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			report(line, `thành phần <${name}> có thuộc tính viết bằng biểu thức {${String(attribute.value ?? '')}}`, `ghi từng thuộc tính bằng chữ trong ngoặc kép, ví dụ title="Lưu ý"; ${ALLOWED_LIST}`);
			continue;
		}
		const prop = attribute.name ?? '';
		if (!allowed.includes(prop)) {
			const known = allowed.length > 0 ? `<${name}> chỉ nhận: ${allowed.join(', ')}` : `<${name} /> không nhận thuộc tính nào`;
			report(line, `thành phần <${name}> không có thuộc tính "${prop}"`, `xóa "${prop}"; ${known}`);
			continue;
		}
		if (typeof attribute.value !== 'string') {
			const how = attribute.value === null || attribute.value === undefined ? 'không có giá trị' : 'viết bằng biểu thức { … }';
			report(line, `thuộc tính ${prop} của <${name}> ${how}`, `ghi giá trị bằng chữ trong ngoặc kép, ví dụ ${prop}="…"`);
			continue;
		}
		values.set(prop, attribute.value);
	}
	for (const prop of spec.required) {
		if (!element.attributes?.some((attribute) => attribute.name === prop)) {
			report(line, `thành phần <${name}> thiếu thuộc tính bắt buộc ${prop}`, REQUIRED_HINTS[prop] ?? `thêm ${prop}="…"`);
		} else if (values.has(prop) && values.get(prop)!.trim() === '') {
			report(line, `thuộc tính ${prop} của <${name}> đang để trống`, REQUIRED_HINTS[prop] ?? `ghi ${prop}="…"`);
		}
	}
	if (!spec.children && (element.children?.length ?? 0) > 0) {
		report(line, `thành phần <${name}> không chứa nội dung bên trong`, `viết <${name} … /> (tự đóng); chữ đi kèm đặt trước hoặc sau thành phần`);
	}
	if (name === 'Photo' && values.has('src')) checkPhotoSource(values.get('src')!, doc, line, report);
	if (name === 'DocumentCard' && values.get('id')?.trim()) cards.push({ id: values.get('id')!.trim(), line });
}

const REQUIRED_HINTS: Record<string, string> = {
	alt: 'thêm alt="…": mô tả ngắn điều ảnh cho thấy, cho người không xem được ảnh, ví dụ alt="Đại diện phường Phú Hòa nhận Cờ thi đua"',
	src: 'thêm src="./ten-anh.jpg": tệp ảnh đặt cùng thư mục với tệp .mdx',
	id: 'thêm id="co-quan/nam/ten-tep": đường dẫn tệp văn bản trong content/documents, bỏ đuôi .mdx',
};

/** A photo is a file in the document's own folder, named plainly: nothing outside that folder is published. */
function checkPhotoSource(src: string, doc: ValidEntry<DocumentData>, line: number | undefined, report: Report) {
	const hint = 'đặt tệp ảnh (JPEG, PNG, WebP) cùng thư mục với tệp .mdx và ghi src="./ten-anh.jpg"';
	if (!isPhotoBeside(src)) {
		report(line, `ảnh src="${src}" nằm ngoài thư mục của văn bản`, `${hint}; ảnh ở thư mục khác hoặc trang khác không được đăng`);
		return;
	}
	const inspected = inspectFileBeside(path.dirname(doc.raw.absolutePath), src.startsWith('./') ? src : `./${src}`);
	if (!inspected.ok) report(line, `ảnh <Photo>: ${describeRefusal(inspected)}`, hint);
	else if (!IMAGE_EXTENSIONS.includes(extensionOf(inspected.fileName))) report(line, `"${inspected.fileName}" không phải tệp ảnh`, `${hint}; tệp khác đăng qua attachments`);
}

/** The same document's honourees table and chart each appear once: their headings and anchors are unique on the page. */
function checkOnceAndData(doc: ValidEntry<DocumentData>, uses: Map<string, (number | undefined)[]>, report: Report) {
	for (const name of ['Honourees', 'Chart'] as const) {
		const lines = uses.get(name) ?? [];
		if (lines.length > 1) report(lines[1], `thành phần <${name} /> được dùng ${lines.length} lần`, `giữ một <${name} /> ở chỗ văn bản nhắc đến danh sách, xóa các chỗ còn lại`);
		if (lines.length > 0 && doc.data.honourees.length === 0) {
			report(lines[0], `<${name} /> cần danh sách khen thưởng (honourees) của văn bản, nhưng văn bản không có`, `thêm honourees vào phần khai báo hoặc xóa <${name} />`);
		}
	}
}

export const mdxComponents = (content: ValidContent, _tree: ContentTree): Problem[] => {
	const out: Problem[] = [];
	const at = now();
	const pagesAt = new Map<number, SitePages>();
	const pages = (instant: Date) => {
		if (!pagesAt.has(instant.getTime())) pagesAt.set(instant.getTime(), sitePages(content, instant));
		return pagesAt.get(instant.getTime())!;
	};
	const ids = [...content.documents.keys()];
	for (const doc of content.documents.values()) {
		const { raw } = doc;
		if (!writesComponents(raw.body)) continue;
		const fileLine = (bodyLine: number) => raw.bodyLine + bodyLine - 1;
		const report: Report = (line, message, hint) => out.push({ severity: 'error', file: raw.file, line, field: 'body', message, hint });
		const parsed = parseMdxBody(raw.body);
		if (!parsed.ok) {
			const problem = describeParseError(parsed.reason, raw.body.split('\n')[parsed.line - 1], parsed.column);
			report(fileLine(parsed.line), `không đọc được dòng này: ${problem.message}`, problem.hint);
			continue;
		}
		const elements = jsxElements(parsed.tree);
		const lineOf = (node: MdxNode) => (node.position ? fileLine(node.position.start.line) : undefined);
		walk(parsed.tree, (node) => {
			if (node.type === 'mdxjsEsm') report(lineOf(node), 'dòng lệnh import/export không dùng được trong nội dung văn bản', `xóa dòng này, các thành phần dùng được mà không cần import; ${ALLOWED_LIST}`);
			if (EXPRESSION_TYPES.has(node.type) && !COMMENT_ONLY.test(String(node.value ?? ''))) {
				report(lineOf(node), `biểu thức {${String(node.value ?? '').trim().slice(0, 40)}} không dùng được trong nội dung văn bản`, 'xóa dấu { }: nội dung văn bản chỉ gồm chữ và các thành phần trong danh sách; muốn viết dấu { thì ghi \\{');
			}
		});
		const uses = new Map<string, (number | undefined)[]>();
		const cards: { id: string; line: number | undefined }[] = [];
		for (const element of elements) checkElement(element, doc, uses, report, cards, lineOf);
		checkOnceAndData(doc, uses, report);
		const publishAt = doc.data.publishAt ? new Date(doc.data.publishAt) : undefined;
		// A draft may point at drafts; the card is checked once the document is scheduled or published.
		const visibleAt = doc.data.draft ? undefined : publishAt && publishAt > at ? publishAt : at;
		for (const card of cards) {
			if (!content.documents.has(card.id)) {
				const near = nearest(card.id, ids, (id) => [id, id.split('/').at(-1)!]);
				report(card.line, `<DocumentCard id="${card.id}">: không có văn bản mã này`, `${near.length > 0 ? `mã gần nhất: ${near.join(', ')}; ` : ''}mã văn bản là đường dẫn tệp trong content/documents, bỏ đuôi .mdx`);
			} else if (card.id === doc.id) {
				report(card.line, `<DocumentCard id="${card.id}"> trỏ tới chính văn bản này`, 'chọn một văn bản khác hoặc xóa thẻ');
			} else if (visibleAt && !resolves(pages(visibleAt), urls.document(card.id))) {
				report(card.line, `<DocumentCard id="${card.id}">: văn bản này chưa được đăng${publishAt && publishAt > at ? ' vào thời điểm công bố văn bản này' : ''} (bản nháp hoặc chưa đến giờ công bố)`, 'đăng văn bản được dẫn trước, hoặc xóa thẻ cho đến khi văn bản đó được đăng');
			}
		}
	}
	return out;
};
