/**
 * Attachments are published as the agency's own files, with their SHA-256:
 * each must be a real file of its kind in the document's folder (see
 * src/attachments/attachment-file.ts), and every other file in a document
 * folder is named, since nothing publishes it.
 */
import path from 'node:path';
import { photoSources } from './body-syntax.ts';
import { ATTACHMENT_TYPES } from '../attachments/attachments.ts';
import { MAX_ATTACHMENT_BYTES, extensionOf, inspectFileBeside, type FileRefusal, type InspectedFile } from '../attachments/attachment-file.ts';
import type { ContentTree } from './content-files.ts';
import type { ValidContent } from './schema-check.ts';
import { pathToField, type Problem } from './problem.ts';

const LINK_HINT = 'xóa liên kết và đặt chính tệp (bản sao thật) vào cùng thư mục với tệp .mdx';

/** Why a file beside a document cannot be published, in Vietnamese. */
export function describeRefusal(inspected: Extract<InspectedFile, { ok: false }>): string {
	const name = inspected.fileName;
	switch (inspected.refusal) {
		case 'not-beside': return `"${name}" không phải tệp nằm cùng thư mục với văn bản`;
		case 'unsafe-name': return `tên tệp "${name}" có dấu, dấu cách hoặc ký tự đặc biệt`;
		case 'missing': return `không tìm thấy tệp ${name} cạnh tệp văn bản`;
		case 'link': return `${name} là liên kết (symbolic link) tới tệp khác, không phải tệp thật`;
		case 'not-file': return `${name} là thư mục hoặc tệp đặc biệt, không phải tệp thường`;
		case 'hard-link': return `${name} là liên kết cứng (hard link): cùng một tệp còn nằm ở nơi khác`;
		case 'empty': return `tệp ${name} trống (0 byte)`;
		case 'too-big': return `tệp ${name} lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;
		case 'unknown-type': return `loại tệp ".${extensionOf(name)}" không được đăng`;
		case 'wrong-content': return `nội dung tệp ${name} không phải ${ATTACHMENT_TYPES[extensionOf(name)]?.label ?? 'loại tệp như đuôi tên'}: đuôi tên và nội dung không khớp`;
	}
}

const HINTS: Partial<Record<FileRefusal, string>> = {
	missing: 'đặt tệp đính kèm vào cùng thư mục với tệp .mdx, tên đúng như đã ghi',
	link: LINK_HINT,
	'hard-link': LINK_HINT,
	'not-file': 'ghi tên một tệp, không ghi tên thư mục',
	empty: 'sao chép lại tệp gốc; tệp có thể bị hỏng khi tải về',
	'too-big': 'nén lại bản quét (300 dpi, đen trắng hoặc xám) hoặc tách thành nhiều tệp',
	'wrong-content': 'xuất lại tệp đúng định dạng (ví dụ "Lưu dưới dạng PDF") hoặc đổi đuôi tên cho đúng loại tệp',
};

export const attachmentSafety = (content: ValidContent, tree: ContentTree): Problem[] => {
	const out: Problem[] = [];
	const referenced = new Set<string>();
	for (const doc of content.documents.values()) {
		const folder = path.dirname(doc.raw.absolutePath);
		doc.data.attachments.forEach((attachment, i) => {
			const inspected = inspectFileBeside(folder, attachment.file);
			referenced.add(path.join(folder, inspected.fileName));
			// rules-publishing.ts reports file names and types; the file itself is checked here.
			if (inspected.ok || inspected.refusal === 'unsafe-name' || inspected.refusal === 'unknown-type') return;
			const field = ['attachments', i, 'file'];
			out.push({ severity: 'error', file: doc.raw.file, line: doc.raw.lineOf(field), field: pathToField(field), message: describeRefusal(inspected), hint: HINTS[inspected.refusal] ?? 'xem hướng dẫn biên tập, mục tệp đính kèm' });
		});
		for (const [, name] of doc.raw.body.matchAll(/\]\(\s*<?(?:\.\/)?([A-Za-z0-9][\w.-]*\.[A-Za-z0-9]+)/g)) referenced.add(path.join(folder, name!));
		for (const src of photoSources(doc.raw.body)) referenced.add(path.join(folder, src.replace(/^\.\//, '')));
	}
	for (const file of tree.besideDocuments) {
		if (referenced.has(file)) continue;
		out.push({
			severity: 'warning', file: path.relative(process.cwd(), file).split(path.sep).join('/'), field: 'file',
			message: 'tệp không được khai báo ở attachments của văn bản nào, nên không được đăng',
			hint: 'thêm vào attachments của văn bản cùng thư mục (file: ./ten-tep.pdf) hoặc xóa tệp này',
		});
	}
	return out;
};
