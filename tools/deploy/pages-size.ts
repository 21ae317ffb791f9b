/**
 * GitHub Pages refuses a site over 1 GB, after the build, with an English
 * error that does not say what to do. This measures dist/ the way the Pages
 * artifact packs it (a tar: 512 bytes of header per file, contents padded to
 * 512) and stops the workflow first, in Vietnamese, pointing to the S3 path.
 */
import fs from 'node:fs';
import path from 'node:path';

/** GitHub's published limit for a Pages site. */
export const PAGES_LIMIT_BYTES = 1_000_000_000;
/** From here the workflow warns: a few months of documents are left before the limit. */
export const PAGES_WARN_BYTES = 800_000_000;

const TAR_BLOCK = 512;

export interface SiteSize {
	files: number;
	/** Sum of the files' sizes. */
	bytes: number;
	/** Size as a tar archive, what the Pages artifact holds. */
	tarBytes: number;
}

/** Files and bytes under `dist`, hidden folders (.git, a build's ".dang-xoa-…") left out as the artifact step leaves .git out. */
export function measureSite(dist: string): SiteSize {
	let files = 0;
	let bytes = 0;
	let tarBytes = 0;
	for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
		const relative = path.relative(dist, path.join(entry.parentPath, entry.name));
		if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue;
		// Folders take a header block in the archive too.
		if (entry.isDirectory()) tarBytes += TAR_BLOCK;
		if (!entry.isFile()) continue;
		const size = fs.statSync(path.join(entry.parentPath, entry.name)).size;
		files++;
		bytes += size;
		tarBytes += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
	}
	return { files, bytes, tarBytes };
}

export type SizeVerdict = { level: 'ok' | 'warn' | 'error'; message: string };

const inMegabytes = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('vi-VN')} MB`;

/** Whether a site of this size can go to GitHub Pages, in words for the workflow log. */
export function pagesVerdict(size: SiteSize): SizeVerdict {
	const measured = `Trang có ${size.files.toLocaleString('vi-VN')} tệp, ${inMegabytes(size.tarBytes)} khi đóng gói cho GitHub Pages (giới hạn ${inMegabytes(PAGES_LIMIT_BYTES)}).`;
	const move = 'chuyển sang lưu trữ tương thích S3 sau CDN: npm run deploy:s3 (docs/deploy.md, mục "Lưu trữ tương thích S3"), chỉ gửi các tệp thay đổi và không có giới hạn này.';
	if (size.tarBytes >= PAGES_LIMIT_BYTES) {
		return { level: 'error', message: `${measured}\nGitHub Pages không nhận trang lớn hơn 1 GB: lần triển khai này dừng lại, trang đang chạy giữ nguyên.\nCách sửa: ${move}` };
	}
	if (size.tarBytes >= PAGES_WARN_BYTES) {
		return { level: 'warn', message: `${measured}\nSắp chạm giới hạn 1 GB của GitHub Pages.\nCách sửa: trước khi chạm giới hạn, ${move}` };
	}
	return { level: 'ok', message: measured };
}
