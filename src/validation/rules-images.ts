/**
 * Photos in document bodies (`![mô tả](./anh.jpg "chú thích")`): each needs
 * a text alternative that says what it shows, and the file beside the
 * document must be what its name says, whole, light enough for git and
 * phones, sharp enough to read and small enough to build. The file is read
 * with sharp, as Astro's image service will read it (image-probe.ts), once
 * per version of the file (image-facts-cache.ts).
 * Image attachments are published byte for byte, so one still carrying GPS
 * coordinates is refused; body images lose every EXIF field when Astro
 * re-encodes them.
 *
 * Where a body image is missing, a link, outside the folder or of a kind
 * the site cannot show, rules-body-links.ts says so; this rule reads only
 * regular files it can open in the document's folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BODY_IMAGE_EXTENSIONS, type ContentTree } from './content-files.ts';
import { linkScheme } from './link-scheme.ts';
import { linksOf } from './rules-body-links.ts';
import { pathToField, type Problem } from './problem.ts';
import type { ImageFacts } from './image-probe.ts';
import type { ValidContent } from './schema-check.ts';
import { cachedImageFacts } from './image-facts-cache.ts';

/** Above this a photo is refused: a phone's full-quality JPEG is 3–6 MB, and every byte stays in git's history. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Narrower than this, a photo is blurred across the text column on a laptop (about 700 px at twice the pixel density). */
export const MIN_IMAGE_WIDTH = 640;
/** Longer than this on either side, or more pixels than the next limit, a photo costs the build seconds and hundreds of MB to encode. */
export const MAX_IMAGE_SIDE = 8000;
export const MAX_IMAGE_PIXELS = 40_000_000;
/** A text alternative longer than this is read out in one breath; the rest belongs in the caption. */
const LONG_ALT = 250;

const PROBE = fileURLToPath(new URL('./image-probe.ts', import.meta.url));
/** "./anh.jpg" or "anh.jpg": a plain name in the document's own folder. */
const OWN_FOLDER = /^(?:\.\/)?([A-Za-z0-9][A-Za-z0-9._-]*)$/;
/** Image kinds an attachment may be (src/attachments/attachments.ts), whose EXIF would be published as it is. */
const ATTACHED_IMAGE = /\.(?:jpe?g|png|webp|tiff?)$/i;
const FORMAT_OF_EXTENSION: Record<string, string> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp' };
const FORMAT_LABEL: Record<string, string> = { jpeg: 'ảnh JPEG', png: 'ảnh PNG', webp: 'ảnh WebP', heif: 'ảnh HEIC/HEIF (của iPhone)', gif: 'ảnh GIF', tiff: 'ảnh TIFF', svg: 'hình SVG', avif: 'ảnh AVIF', pdf: 'tệp PDF' };
/** Words that name no content ("Ảnh", "Hình minh họa"), compared folded to lower case without punctuation. */
const GENERIC_ALT = new Set(['ảnh', 'hình', 'hình ảnh', 'ảnh minh họa', 'ảnh minh hoạ', 'hình minh họa', 'hình minh hoạ', 'minh họa', 'minh hoạ', 'ảnh chụp', 'ảnh đính kèm', 'ảnh tin bài', 'photo', 'image', 'picture', 'img', 'ảnh 1', 'hình 1']);
/** Names cameras and phones give files: IMG_1234, DSC01234, PXL_20240101_…, or any name with an image extension. */
const FILE_NAME_ALT = /^(?:img|dsc|dscn|dcim|pxl|photo|image|anh|hinh|screenshot|zalo)[\s_-]?\d|\.(?:jpe?g|png|webp|heic|gif)$/i;

const IMAGE_HINT_ALT = 'viết một câu ngắn nói ảnh cho thấy gì, ví dụ ![Chủ tịch UBND huyện trao Bằng khen cho Phòng Nội vụ](./trao-bang-khen.jpg); xem mục 17 của hướng dẫn biên tập';
const RESIZE_HINT = 'thu nhỏ ảnh còn cạnh dài 2560 px, chất lượng JPEG 80–85% (ví dụ Ảnh của Windows › Đổi kích thước, hoặc Xem trước của macOS › Công cụ › Chỉnh kích thước)';

interface ImageUse {
	/** The file in the document's folder. */
	file: string;
	/** Where the problem is reported: the body line that shows it, or the attachment entry. */
	report: (message: string, hint: string) => Problem;
	/** Whether the page shows it (checked in full) or attaches it as it is (checked for GPS only). */
	kind: 'body' | 'attachment';
}

/** A regular file (no link of either kind) in the folder, or undefined: rules-body-links.ts and rules-attachments.ts report the rest. */
function regularFileIn(folder: string, written: string): string | undefined {
	const name = OWN_FOLDER.exec(written)?.[1];
	if (name === undefined) return undefined;
	const file = path.join(folder, name);
	try {
		const stat = fs.lstatSync(file);
		return stat.isFile() && stat.nlink === 1 ? file : undefined;
	} catch {
		return undefined;
	}
}

/** Folded for comparison: lower case, NFC, punctuation and spacing runs collapsed. */
const folded = (text: string) => text.normalize('NFC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** What is wrong with an image's text alternative, if anything. */
function altProblem(alt: string, fileName: string): { message: string; severity: Problem['severity'] } | undefined {
	const text = alt.trim();
	if (text === '') return { message: `ảnh ${fileName} chưa có mô tả (chữ giữa hai ngoặc vuông): người dùng trình đọc màn hình và người không tải được ảnh không biết ảnh cho thấy gì`, severity: 'error' };
	if (FILE_NAME_ALT.test(text) || folded(text) === folded(fileName.replace(/\.[^.]*$/, ''))) return { message: `mô tả của ảnh ${fileName} là tên tệp ("${text}"), không nói ảnh cho thấy gì`, severity: 'error' };
	if (GENERIC_ALT.has(folded(text))) return { message: `mô tả của ảnh ${fileName} chỉ là "${text}", không nói ảnh cho thấy gì`, severity: 'error' };
	if (text.length > LONG_ALT) return { message: `mô tả của ảnh ${fileName} dài ${text.length} ký tự; trình đọc màn hình đọc liền một mạch`, severity: 'warning' };
	return undefined;
}

/** Every image each document shows or attaches, with where to report it; alt text problems go straight to `out`. */
function imageUses(content: ValidContent, out: Problem[]): ImageUse[] {
	const uses: ImageUse[] = [];
	for (const doc of content.documents.values()) {
		const folder = path.dirname(doc.raw.absolutePath);
		for (const link of linksOf(doc.raw)) {
			if (link.kind !== 'image' || linkScheme(link.url) !== undefined || link.url.startsWith('//')) continue;
			const at = (message: string, hint: string, severity: Problem['severity'] = 'error'): Problem => ({ severity, file: doc.raw.file, line: link.line, field: 'body', message, hint });
			const alt = altProblem(link.alt ?? '', path.basename(link.url));
			if (alt) out.push(at(alt.message, alt.severity === 'error' ? IMAGE_HINT_ALT : 'giữ mô tả dưới 150 ký tự, đưa phần còn lại vào chú thích: ![mô tả](./anh.jpg "chú thích")', alt.severity));
			const file = regularFileIn(folder, link.url);
			if (file) uses.push({ file, report: at, kind: 'body' });
		}
		doc.data.attachments.forEach((attachment, i) => {
			const file = ATTACHED_IMAGE.test(attachment.file) ? regularFileIn(folder, attachment.file) : undefined;
			const field = ['attachments', i, 'file'];
			if (file) uses.push({ file, kind: 'attachment', report: (message, hint) => ({ severity: 'error', file: doc.raw.file, line: doc.raw.lineOf(field), field: pathToField(field), message, hint }) });
		});
	}
	return uses;
}

/** Facts for each file, read by one child process (sharp is asynchronous; the check is not). */
function probe(files: string[]): Map<string, ImageFacts> {
	if (files.length === 0) return new Map();
	const result = spawnSync(process.execPath, [PROBE], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) throw new Error(`Không đọc được ảnh bằng sharp (${PROBE}): ${result.error?.message ?? (result.stderr || `tiến trình dừng bởi tín hiệu ${result.signal}`)}`);
	const facts = JSON.parse(result.stdout) as ImageFacts[];
	return new Map(files.map((file, i) => [file, facts[i]!]));
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** What is wrong with a body image file, if anything. */
function fileProblems(file: string, facts: ImageFacts, report: ImageUse['report']): Problem[] {
	const name = path.basename(file);
	const extension = path.extname(name).slice(1).toLowerCase();
	const expected = FORMAT_OF_EXTENSION[extension];
	// Not a photo kind at all: rules-body-links.ts has said so.
	if (expected === undefined) return [];
	const out: Problem[] = [];
	const bytes = fs.statSync(file).size;
	if (bytes > MAX_IMAGE_BYTES) out.push(report(`ảnh ${name} nặng ${megabytes(bytes)} MB, quá giới hạn ${MAX_IMAGE_BYTES / 1024 / 1024} MB`, RESIZE_HINT));
	const actual = facts.format;
	if (actual && actual !== expected) {
		const proper = BODY_IMAGE_EXTENSIONS.find((ext) => FORMAT_OF_EXTENSION[ext] === actual);
		const hint = proper
			? `đổi tên tệp thành ${name.replace(/\.[^.]*$/, `.${proper}`)} và sửa tên trong ![…](./…) cho khớp`
			: 'mở ảnh bằng trình sửa ảnh và Xuất/Lưu thành JPEG (ảnh chụp) hoặc PNG (hình vẽ), rồi chèn tệp mới';
		out.push(report(`tệp ${name} là ${FORMAT_LABEL[actual] ?? `định dạng ${actual}`}, không phải ${FORMAT_LABEL[expected]} như đuôi tên`, hint));
		return out;
	}
	if (!facts.readable) {
		const message = actual
			? `ảnh ${name} bị hỏng hoặc bị cắt cụt, không đọc được hết (${facts.unreadable})`
			: `tệp ${name} không phải ảnh JPEG, PNG hay WebP đọc được`;
		out.push(report(message, 'mở ảnh gốc và lưu lại thành JPEG, hoặc sao chép lại tệp từ máy ảnh, điện thoại (tệp có thể bị hỏng khi tải về)'));
		return out;
	}
	const { width, height } = facts;
	if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
		out.push(report(`ảnh ${name} cỡ ${width} × ${height} px, quá lớn để dựng trang (tối đa ${MAX_IMAGE_SIDE} px mỗi cạnh và ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh)`, RESIZE_HINT));
	} else if (width < MIN_IMAGE_WIDTH) {
		out.push(report(`ảnh ${name} chỉ rộng ${width} px, sẽ bị nhòe trên màn hình lớn (cần ít nhất ${MIN_IMAGE_WIDTH} px)`, 'dùng ảnh gốc từ máy ảnh hoặc điện thoại, không dùng ảnh chụp màn hình hay ảnh đã bị thu nhỏ khi gửi qua mạng xã hội'));
	}
	return out;
}

export const images = (content: ValidContent, tree: ContentTree): Problem[] => {
	const out: Problem[] = [];
	const uses = imageUses(content, out);
	const facts = cachedImageFacts(tree.root, [...new Set(uses.map((use) => use.file))], probe);
	const reported = new Set<string>();
	for (const use of uses) {
		const found = facts.get(use.file)!;
		if (use.kind === 'attachment') {
			if (found.readable && found.gps) {
				out.push(use.report(`ảnh đính kèm ${path.basename(use.file)} còn ghi vị trí GPS nơi chụp; tệp đính kèm được đăng nguyên bản nên ai tải về cũng xem được vị trí`, `chèn ảnh vào nội dung bằng ![mô tả](./${path.basename(use.file)}) (trang tự xóa EXIF và GPS), hoặc xóa vị trí trước khi đính kèm: trên Windows chuột phải vào tệp › Properties › Details › Remove Properties and Personal Information`));
			}
		} else if (!reported.has(use.file)) {
			// A photo shown twice is reported once, at its first line.
			reported.add(use.file);
			out.push(...fileProblems(use.file, found, use.report));
		}
	}
	return out;
};
