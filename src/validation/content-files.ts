/**
 * The one definition of which files under content/ are content: the
 * checker walks the tree with it and src/content.config.ts gives Astro the
 * same patterns and ids, so neither can load a file the other skips. Every
 * other file is reported, never ignored, except the attachments beside a
 * document (the attachment rules decide those).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';

export type Collection = 'agencies' | 'campaigns' | 'documents';

/** How each collection is laid out: Astro's glob pattern and the only extension it loads. */
export const CONTENT_LAYOUT = {
	agencies: { pattern: '*.yaml', extension: '.yaml' },
	campaigns: { pattern: '*.yaml', extension: '.yaml' },
	documents: { pattern: '*/*/*.mdx', extension: '.mdx' },
} as const satisfies Record<Collection, { pattern: string; extension: string }>;

/** A file or folder name that is an id: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR_PATTERN = /^\d{4}$/;
/** A document's file name (its URL's last part): as the checker has always allowed, lowercase ASCII, digits and hyphens. */
const DOCUMENT_NAME = /^[a-z0-9-]+$/;

/** An entry's id from its path under its collection's folder ("a/2024/b.mdx" → "a/2024/b"); Astro is given the same function. */
export function entryId(collection: Collection, relativePath: string): string {
	const posix = relativePath.split(path.sep).join('/');
	const extension = CONTENT_LAYOUT[collection].extension;
	return posix.endsWith(extension) ? posix.slice(0, -extension.length) : posix;
}

export interface ContentFile {
	collection: Collection;
	absolutePath: string;
}

export interface ContentTree {
	/** The content folder itself. */
	root: string;
	/** Files Astro loads, in a stable order. */
	files: ContentFile[];
	/** Other regular files inside a document folder (content/documents/<agency>/<year>/): possible attachments. */
	besideDocuments: string[];
	problems: Problem[];
}

const displayPath = (absolutePath: string) => path.relative(process.cwd(), absolutePath).split(path.sep).join('/');

function report(absolutePath: string, message: string, hint: string): Problem {
	return { severity: 'error', file: displayPath(absolutePath), field: 'file', message, hint };
}

/** Astro's globs skip dot files; a warning, since editors and operating systems leave them behind. */
const hidden = (full: string): Problem => ({ ...report(full, 'tệp ẩn (tên bắt đầu bằng dấu chấm) không được đọc', 'xóa tệp này'), severity: 'warning' });

/** Photos a document body may show (`![mô tả](./anh.jpg)`): what Astro's image service reads and every browser shows. */
export const BODY_IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;

/**
 * Image kinds a phone or editor produces that the site cannot show, with how to
 * make a JPEG or PNG of them. HEIC is the iPhone's default and sharp's build
 * reads no HEVC; GIF, BMP and SVG are refused too (an SVG can carry scripts).
 */
const UNSUPPORTED_IMAGES: Record<string, string> = {
	heic: 'ảnh HEIC của iPhone: trên iPhone chọn Cài đặt › Camera › Định dạng › Tương thích nhất rồi gửi lại ảnh (ảnh mới sẽ là JPEG), hoặc mở ảnh trên máy tính (Ảnh của Windows, Xem trước của macOS) và Xuất/Lưu thành JPEG',
	heif: 'ảnh HEIF: mở ảnh trên máy tính (Ảnh của Windows, Xem trước của macOS) và Xuất/Lưu thành JPEG',
	avif: 'ảnh AVIF: mở ảnh bằng trình sửa ảnh và Xuất/Lưu thành JPEG',
	gif: 'ảnh GIF: lưu lại thành PNG (hình vẽ, ảnh chụp màn hình) hoặc JPEG (ảnh chụp)',
	bmp: 'ảnh BMP: lưu lại thành PNG (hình vẽ, ảnh chụp màn hình) hoặc JPEG (ảnh chụp)',
	svg: 'hình SVG: xuất thành PNG (ví dụ bằng Inkscape: Xuất › PNG)',
};

/** How to turn an image the site cannot show into one it can, or undefined when the name is no such image. */
export function unsupportedImageHint(name: string): string | undefined {
	const kind = UNSUPPORTED_IMAGES[path.extname(name).slice(1).toLowerCase()];
	const jpeg = `${name.replace(/\.[^.]*$/, '')}.jpg`;
	return kind && `${kind}; đặt tệp ${jpeg} cạnh tệp .mdx và ghi ![mô tả ảnh](./${jpeg})`;
}

/** What a misplaced file probably is, for the hint. */
function kindOf(name: string): 'document' | 'data' | 'image' | 'other' {
	if (/\.(?:mdx|md|markdown)$/i.test(name)) return 'document';
	if (/\.(?:ya?ml|json|toml)$/i.test(name)) return 'data';
	const extension = path.extname(name).slice(1).toLowerCase();
	if ((BODY_IMAGE_EXTENSIONS as readonly string[]).includes(extension) || extension in UNSUPPORTED_IMAGES) return 'image';
	return 'other';
}

const DOCUMENT_PLACE = 'văn bản đặt ở content/documents/<mã cơ quan>/<năm>/<tên-tệp>.mdx';
const IMAGE_PLACE = 'ảnh của một bản tin đặt cạnh tệp .mdx của chính văn bản đó, trong content/documents/<mã cơ quan>/<năm>/, và chèn vào nội dung bằng ![mô tả ảnh](./ten-anh.jpg)';
const DATA_PLACE = 'cơ quan đặt ở content/agencies/<mã>.yaml, phong trào ở content/campaigns/<mã>.yaml';

function misplacedHint(name: string): string {
	const kind = kindOf(name);
	if (kind === 'document') return DOCUMENT_PLACE;
	if (kind === 'data') return DATA_PLACE;
	if (kind === 'image') return IMAGE_PLACE;
	return 'tệp đính kèm đặt cạnh tệp .mdx của văn bản và khai báo ở attachments; tệp khác xóa khỏi content/';
}

function entries(dir: string): fs.Dirent[] {
	return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Links are never followed: a link could publish a file from anywhere on the machine. */
function linkProblem(full: string, entry: fs.Dirent): Problem | undefined {
	if (!entry.isSymbolicLink()) return undefined;
	return report(full, 'là liên kết (symbolic link) tới tệp hoặc thư mục khác; trang không đăng liên kết', 'thay liên kết bằng chính tệp (sao chép tệp thật vào đây)');
}

function dataFolder(root: string, collection: 'agencies' | 'campaigns', tree: ContentTree): void {
	const dir = path.join(root, collection);
	const label = collection === 'agencies' ? 'cơ quan' : 'phong trào';
	const seen = new Map<string, string>();
	for (const entry of entries(dir)) {
		const full = path.join(dir, entry.name);
		const link = linkProblem(full, entry);
		if (link) {
			tree.problems.push(link);
		} else if (entry.isDirectory()) {
			tree.problems.push(report(full, `thư mục con trong content/${collection} không được đọc: mỗi ${label} là một tệp .yaml nằm ngay trong content/${collection}`, `chuyển các tệp trong thư mục này ra content/${collection}/ rồi xóa thư mục`));
		} else if (entry.name.startsWith('.')) {
			tree.problems.push(hidden(full));
		} else if (!entry.name.endsWith('.yaml')) {
			const stem = entry.name.replace(/\.[^.]*$/, '');
			// "x.yaml" sorts before "x.yml", so a duplicate id is already known here.
			const hint = /\.ya?ml$/i.test(entry.name)
				? `đổi tên thành ${stem.toLowerCase()}.yaml${seen.has(stem) ? ` (đã có ${stem}.yaml: giữ một tệp, xóa tệp kia)` : ''}`
				: misplacedHint(entry.name);
			tree.problems.push(report(full, `tệp "${entry.name}" không được đọc: tệp ${label} phải có đuôi .yaml`, hint));
		} else if (!ID_PATTERN.test(entry.name.slice(0, -'.yaml'.length))) {
			tree.problems.push(report(full, `tên tệp "${entry.name}" không dùng được làm mã ${label}: chỉ gồm chữ thường không dấu, số và gạch ngang`, `đổi tên, ví dụ ${collection === 'agencies' ? 'ubnd-xa-thu.yaml' : 'thi-dua-cchc-2024.yaml'}, và sửa mọi chỗ ghi mã cũ`));
		} else {
			seen.set(entry.name.slice(0, -'.yaml'.length), full);
			tree.files.push({ collection, absolutePath: full });
		}
	}
}

function documentFolder(root: string, tree: ContentTree): void {
	const base = path.join(root, 'documents');
	const walk = (dir: string, depth: number) => {
		for (const entry of entries(dir)) {
			const full = path.join(dir, entry.name);
			const link = linkProblem(full, entry);
			if (link) {
				tree.problems.push(link);
				continue;
			}
			if (entry.isDirectory()) {
				if (depth === 0 && !ID_PATTERN.test(entry.name)) {
					tree.problems.push(report(full, `thư mục "${entry.name}" không phải mã cơ quan: chỉ gồm chữ thường không dấu, số và gạch ngang`, `${DOCUMENT_PLACE}; mã cơ quan là tên tệp trong content/agencies`));
				} else if (depth === 1 && !YEAR_PATTERN.test(entry.name)) {
					tree.problems.push(report(full, `thư mục "${entry.name}" không phải một năm (bốn chữ số)`, DOCUMENT_PLACE));
				} else if (depth >= 2) {
					tree.problems.push(report(full, 'thư mục con trong thư mục năm không được đọc', `${DOCUMENT_PLACE}; chuyển tệp ra thư mục năm rồi xóa thư mục con`));
				} else {
					walk(full, depth + 1);
				}
				continue;
			}
			if (entry.name.startsWith('.')) {
				tree.problems.push(hidden(full));
			} else if (depth < 2) {
				tree.problems.push(report(full, 'tệp không nằm trong thư mục <mã cơ quan>/<năm> nên không được đọc', misplacedHint(entry.name)));
			} else if (entry.name.endsWith('.mdx')) {
				const stem = entry.name.slice(0, -'.mdx'.length);
				if (DOCUMENT_NAME.test(stem)) tree.files.push({ collection: 'documents', absolutePath: full });
				else tree.problems.push(report(full, `tên tệp "${entry.name}" không dùng được trong đường dẫn: chỉ gồm chữ thường không dấu, số và gạch ngang`, `đổi tên, ví dụ ${stem.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'ke-hoach-thi-dua'}.mdx`));
			} else if (kindOf(entry.name) === 'document') {
				tree.problems.push(report(full, `tệp "${entry.name}" không được đọc: tệp văn bản phải có đuôi .mdx`, `đổi tên thành ${entry.name.replace(/\.[^.]*$/, '')}.mdx`));
			} else if (kindOf(entry.name) === 'data') {
				tree.problems.push(report(full, `tệp "${entry.name}" không được đọc trong content/documents`, DATA_PLACE));
			} else if (unsupportedImageHint(entry.name)) {
				// A warning, as for any file nothing publishes; the body line that shows it is an error (rules-body-links.ts).
				tree.problems.push({ ...report(full, `"${entry.name}" là loại ảnh trang không hiển thị được nên không được đăng`, unsupportedImageHint(entry.name)!), severity: 'warning' });
			} else {
				tree.besideDocuments.push(full);
			}
		}
	};
	walk(base, 0);
}

/** Every file under root sorted into content, possible attachments and problems. */
export function readContentTree(root: string): ContentTree {
	const tree: ContentTree = { root, files: [], besideDocuments: [], problems: [] };
	if (!fs.existsSync(root)) return tree;
	for (const entry of entries(root)) {
		const full = path.join(root, entry.name);
		const link = linkProblem(full, entry);
		if (link) tree.problems.push(link);
		else if (entry.isDirectory() && entry.name === 'agencies') dataFolder(root, 'agencies', tree);
		else if (entry.isDirectory() && entry.name === 'campaigns') dataFolder(root, 'campaigns', tree);
		else if (entry.isDirectory() && entry.name === 'documents') documentFolder(root, tree);
		else if (entry.name.startsWith('.')) tree.problems.push(hidden(full));
		else tree.problems.push(report(full, `"${entry.name}" không thuộc thư mục agencies, campaigns hay documents nên không được đọc`, misplacedHint(entry.name)));
	}
	tree.files.sort((a, b) => (a.collection === b.collection ? (a.absolutePath < b.absolutePath ? -1 : 1) : a.collection < b.collection ? -1 : 1));
	return tree;
}
