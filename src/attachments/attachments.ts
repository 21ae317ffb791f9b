/**
 * Files published beside a document (the signed original, a scan): where
 * they are served, how big they are and their SHA-256, so a reader can check
 * that the copy they hold is the one the agency published.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../paths.ts';
import { urls } from '../lib/urls.ts';
import { SAFE_FILE_NAME, extensionOf, inspectFileBeside, readFileBeside } from './attachment-file.ts';

/** File kinds an attachment may have: what readers are told, and the type the server sends. */
export const ATTACHMENT_TYPES: Record<string, { label: string; mime: string }> = {
	pdf: { label: 'PDF', mime: 'application/pdf' },
	png: { label: 'Ảnh PNG', mime: 'image/png' },
	jpg: { label: 'Ảnh JPEG', mime: 'image/jpeg' },
	jpeg: { label: 'Ảnh JPEG', mime: 'image/jpeg' },
	webp: { label: 'Ảnh WebP', mime: 'image/webp' },
	tif: { label: 'Ảnh TIFF', mime: 'image/tiff' },
	tiff: { label: 'Ảnh TIFF', mime: 'image/tiff' },
	doc: { label: 'Word', mime: 'application/msword' },
	docx: { label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	odt: { label: 'OpenDocument', mime: 'application/vnd.oasis.opendocument.text' },
	xlsx: { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	ods: { label: 'OpenDocument bảng tính', mime: 'application/vnd.oasis.opendocument.spreadsheet' },
};

export { SAFE_FILE_NAME, extensionOf };

export interface PublishedAttachment {
	title: string;
	fileName: string;
	/** Site path: "/van-ban/<id>/<file name>". */
	href: string;
	sourcePath: string;
	bytes: number;
	/** "1,2 MB". */
	size: string;
	sha256: string;
	typeLabel: string;
	mime: string;
}

const UNITS = ['byte', 'KB', 'MB', 'GB'];
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** Human-readable size with a Vietnamese decimal comma: "850 byte", "12,5 KB", "1,2 MB" (1 KB = 1024 byte). */
export function formatBytes(bytes: number): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${decimal.format(unit === 0 ? value : Math.round(value * 10) / 10)} ${UNITS[unit]}`;
}

/** True when no folder between the content folder and this one is a link. */
function isInside(folder: string, contentDir: string): boolean {
	try {
		return fs.realpathSync(folder) === path.join(fs.realpathSync(contentDir), path.relative(contentDir, folder));
	} catch {
		return false;
	}
}

const digests = new Map<string, { bytes: number; sha256: string; mtimeMs: number }>();

function describe(file: string): { bytes: number; sha256: string } {
	const stat = fs.lstatSync(file);
	const known = digests.get(file);
	if (known && known.mtimeMs === stat.mtimeMs && known.bytes === stat.size) return known;
	const entry = { bytes: stat.size, sha256: createHash('sha256').update(readFileBeside(file)).digest('hex'), mtimeMs: stat.mtimeMs };
	digests.set(file, entry);
	return entry;
}

/**
 * The attachments of a document that are safe to publish: regular files in
 * its own folder whose content matches their type (see attachment-file.ts).
 * The checker reports every other one, so none is dropped silently.
 */
export function publishedAttachments(id: string, attachments: { file: string; title: string }[], contentDir = CONTENT_DIR): PublishedAttachment[] {
	// Most documents have none: the folder check below (two realpaths) cost 1.1 s per build at 10,000 documents.
	if (attachments.length === 0) return [];
	const folder = path.dirname(path.join(contentDir, 'documents', `${id}.mdx`));
	// A linked folder on the way (documents/<agency> → /etc) would lead outside: O_NOFOLLOW guards only the file itself.
	if (!isInside(folder, contentDir)) return [];
	return attachments.flatMap(({ file, title }) => {
		const inspected = inspectFileBeside(folder, file);
		if (!inspected.ok) return [];
		const { fileName, sourcePath } = inspected;
		const { bytes, sha256 } = describe(sourcePath);
		const type = ATTACHMENT_TYPES[extensionOf(fileName)] ?? { label: extensionOf(fileName).toUpperCase() || 'Tệp', mime: 'application/octet-stream' };
		return [{ title, fileName, href: `${urls.document(id)}${fileName}`, sourcePath, bytes, size: formatBytes(bytes), sha256, typeLabel: type.label, mime: type.mime }];
	});
}
