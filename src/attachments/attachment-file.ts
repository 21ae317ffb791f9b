/**
 * Opening an attachment or a body image without ever leaving the
 * document's folder: the name is one plain file name, the file is opened
 * with O_NOFOLLOW (a symbolic link fails to open, so a link to /etc/passwd
 * is never read), must be a regular file with one name (a hard link would
 * publish a file that lives elsewhere too), and its first bytes must match
 * its extension (a PDF starts as a PDF). The checker reports each reason;
 * the publisher silently skips what the checker would have refused.
 */
import fs from 'node:fs';
import path from 'node:path';

/** How each published kind of file begins. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
	pdf: (head) => head.subarray(0, 5).toString('latin1') === '%PDF-',
	png: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
	jpg: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
	webp: (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP',
	tif: (head) => ['II*\0', 'MM\0*'].includes(head.subarray(0, 4).toString('latin1')),
	// Word 97-2003: an OLE compound file.
	doc: (head) => head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
	// Office Open XML and OpenDocument files are ZIP archives.
	zip: (head) => head.subarray(0, 4).toString('latin1') === 'PK\x03\x04',
};
const SIGNATURE_OF: Record<string, keyof typeof SIGNATURES> = {
	pdf: 'pdf', png: 'png', jpg: 'jpg', jpeg: 'jpg', webp: 'webp', tif: 'tif', tiff: 'tif', doc: 'doc', docx: 'zip', xlsx: 'zip', odt: 'zip', ods: 'zip',
};

/** Above this, a file is refused: readers on phones could not fetch it, and git hosts refuse it too. */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;
/** Names that stay the same in a URL on every host: ASCII letters, digits, dot, hyphen, underscore; never "." or "..". */
export const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** "./name.pdf": the one way an attachment is written. */
const RELATIVE_NAME = /^\.\/([^/\\]+)$/;

export type FileRefusal = 'not-beside' | 'unsafe-name' | 'missing' | 'link' | 'not-file' | 'hard-link' | 'empty' | 'too-big' | 'unknown-type' | 'wrong-content';

export type InspectedFile = { ok: true; sourcePath: string; fileName: string; bytes: number } | { ok: false; refusal: FileRefusal; fileName: string };

export const extensionOf = (fileName: string) => path.extname(fileName).slice(1).toLowerCase();

/** The file a document's `./name` refers to, or why it cannot be published. */
export function inspectFileBeside(folder: string, written: string): InspectedFile {
	const fileName = RELATIVE_NAME.exec(written)?.[1];
	if (fileName === undefined) return { ok: false, refusal: 'not-beside', fileName: path.basename(written) };
	if (!SAFE_FILE_NAME.test(fileName)) return { ok: false, refusal: 'unsafe-name', fileName };
	const signature = SIGNATURE_OF[extensionOf(fileName)];
	if (!signature) return { ok: false, refusal: 'unknown-type', fileName };
	const sourcePath = path.join(folder, fileName);
	let fd: number;
	try {
		fd = fs.openSync(sourcePath, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { ok: false, refusal: code === 'ELOOP' || code === 'EMLINK' ? 'link' : code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'not-file', fileName };
	}
	try {
		const stat = fs.fstatSync(fd);
		if (!stat.isFile()) return { ok: false, refusal: 'not-file', fileName };
		if (stat.nlink > 1) return { ok: false, refusal: 'hard-link', fileName };
		if (stat.size === 0) return { ok: false, refusal: 'empty', fileName };
		if (stat.size > MAX_ATTACHMENT_BYTES) return { ok: false, refusal: 'too-big', fileName };
		const head = Buffer.alloc(16);
		fs.readSync(fd, head, 0, head.length, 0);
		if (!SIGNATURES[signature]!(head)) return { ok: false, refusal: 'wrong-content', fileName };
		return { ok: true, sourcePath, fileName, bytes: stat.size };
	} finally {
		fs.closeSync(fd);
	}
}

/** An inspected file's bytes, opened again without following links, so a file swapped for a link since is not read. */
export function readFileBeside(sourcePath: string): Buffer<ArrayBuffer> {
	const fd = fs.openSync(sourcePath, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
	try {
		const stat = fs.fstatSync(fd);
		if (!stat.isFile() || stat.nlink > 1) throw new Error(`${sourcePath}: không còn là tệp thường`);
		// Read through the descriptor that was checked; its buffer is a plain ArrayBuffer, as Response wants.
		return fs.readFileSync(fd) as Buffer<ArrayBuffer>;
	} finally {
		fs.closeSync(fd);
	}
}

/** Image kinds a document body may show. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'];
