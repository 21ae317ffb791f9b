import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder, inBatches } from '../lib/files.ts';
import { filesUnderInBackground } from '../lib/files-in-background.ts';
import { markStep, saveMarks } from '../lib/build-timings.ts';
import { clearPageDigests, pageInputDigests, recordedPageDigests, saveOutputPages } from './output-pages.ts';
import { DIGEST_FILE } from './stylesheet-cache.ts';
import { clearWritten, generatedImages, publicCopies, recordWritten, viteOutputRecorder, writtenCounts, writtenFiles } from './written-files.ts';

/**
 * The output folder is kept between builds (`vite.build.emptyOutDir: false`),
 * so a page Astro's incremental build finds unchanged is left where it is
 * instead of being deleted and copied back: at 10,000 documents that was
 * about a third of a one-document rebuild.
 *
 * What the folder must no longer hold is removed here, after every other
 * integration has written its files: anything no step of this build
 * recorded as written (written-files.ts): Astro's routes (restored pages
 * included), Vite's bundles, the copies of `public/`, generated images, the
 * sitemap, the share images and `_headers`. No file time is compared. A document made a draft,
 * embargoed or deleted loses its page, its short link, its attachments and
 * its share image this way; the search index (written after Astro) goes too
 * and is rebuilt from the pages that remain.
 *
 * Astro keeps a page it finds unchanged if any file is at its place, without
 * reading it. That is safe only in the folder the last completed build with
 * this cache wrote: a marker beside Astro's cache names that folder, and any
 * other (another OUT_DIR, after an interrupted or failed build) is emptied
 * first, so Astro copies the pages from its own cache instead.
 * Keep this integration last.
 */
export function pruneOutput(): AstroIntegration {
	let outDir = '';
	let publicDir = '';
	let markerFile = '';
	let cacheDir = '';
	// Settles without rejecting, so a failure waits for build:done instead of crashing the build unexplained.
	let emptying: Promise<Error | undefined> = Promise.resolve(undefined);
	// What the folder held when the build started, listed while Astro builds; the same rule for a failure.
	let existing: Promise<string[] | Error> = Promise.resolve([]);
	return {
		name: 'prune-output',
		hooks: {
			'astro:config:setup': () => {
				clearWritten();
				clearPageDigests();
			},
			'astro:config:done': ({ config }) => {
				outDir = path.resolve(fileURLToPath(config.outDir));
				publicDir = path.resolve(fileURLToPath(config.publicDir));
				markerFile = fileURLToPath(new URL(OUTPUT_MARKER, config.cacheDir));
				cacheDir = fileURLToPath(config.cacheDir);
				markStep('Các tích hợp khởi tạo');
			},
			'astro:build:setup': ({ updateConfig }) => {
				updateConfig({ plugins: [viteOutputRecorder(outDir)] });
			},
			'astro:build:start': async ({ logger }) => {
				markStep('Đồng bộ nội dung (content layer), sinh kiểu');
				const lastComplete = await fs.readFile(markerFile, 'utf8').catch(() => undefined);
				// Gone until this build completes: an interrupted build leaves no marker.
				await fs.rm(markerFile, { force: true });
				if (lastComplete === outDir) {
					existing = filesUnderInBackground(outDir).catch((error: Error) => error);
					return;
				}
				const moved = await setAside(outDir);
				if (!moved) return;
				emptying = deleteInBackground(moved.folder).then(() => undefined, (error: Error) => error);
				logger.info(`Thư mục kết quả không phải của lần dựng trước với bộ nhớ đệm này: đã dọn ${moved.entries} mục để dựng lại từ đầu.`);
			},
			'astro:build:generated': () => markStep('Đóng gói mã (Vite), sinh trang: getStaticPaths, trang đổi kết xuất, trang cũ giữ lại'),
			'astro:build:done': async ({ dir, assets, logger }) => {
				markStep('Sitemap, _headers');
				const emptyingFailed = await emptying;
				if (emptyingFailed) throw new Error(`Không xóa được kết quả cũ trong ${outDir}: ${emptyingFailed.message}`, { cause: emptyingFailed });
				const out = fileURLToPath(dir);
				recordWritten('routes', [...assets.values()].flat().map((url) => fileURLToPath(url)));
				recordWritten('public', publicCopies(publicDir, out));
				recordWritten('images', generatedImages(out));
				// Without Vite's record every script and stylesheet would look stale: stop rather than publish a site without them.
				if (!writtenCounts().vite) throw new Error('prune-output: Vite không báo tệp nào đã ghi; dừng để không xóa nhầm mã và kiểu trình bày của trang.');
				const written = writtenFiles();
				const files = await existing;
				if (files instanceof Error) throw new Error(`Không liệt kê được thư mục kết quả ${outDir} để dọn: ${files.message}`, { cause: files });
				const removed = await pruneFolder(out, written, files);
				if (removed > 0) logger.info(`Đã xóa ${removed} tệp của lần dựng trước mà không bước nào của lần dựng này ghi ra.`);
				await fs.mkdir(path.dirname(markerFile), { recursive: true });
				await fs.writeFile(markerFile, outDir);
				const stylesheet = await fs.readFile(path.join(cacheDir, DIGEST_FILE), 'utf8').catch(() => '');
				saveOutputPages(cacheDir, out, written, new Map([...pageInputDigests(cacheDir, stylesheet), ...recordedPageDigests()]));
				markStep('Dọn thư mục kết quả');
				saveMarks(cacheDir);
			},
		},
	};
}

/** Inside the output folder while it is emptied; Astro never writes a name starting with a dot there. */
const SET_ASIDE_PREFIX = '.dang-xoa-';

/**
 * Moves everything in `folder` except `.git` (kept, as Astro's own emptying
 * keeps it) into a hidden folder inside it, so the build starts from an
 * empty folder at once. Inside rather than beside it, so the move is a
 * rename even when the output folder is a mount of its own. Returns
 * undefined when there was nothing to move.
 */
export async function setAside(folder: string): Promise<{ folder: string; entries: number } | undefined> {
	const names = await fs.readdir(folder).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	const movable = names.filter((name) => name !== '.git' && !name.startsWith(SET_ASIDE_PREFIX));
	const leftovers = names.filter((name) => name.startsWith(SET_ASIDE_PREFIX)).map((name) => path.join(folder, name));
	if (movable.length === 0 && leftovers.length === 0) return undefined;
	const aside = path.join(folder, `${SET_ASIDE_PREFIX}${process.pid}-${Date.now()}`);
	await fs.mkdir(aside);
	for (const name of [...movable, ...leftovers.map((file) => path.basename(file))]) await fs.rename(path.join(folder, name), path.join(aside, name));
	return { folder: aside, entries: movable.length };
}

/**
 * Deletes a folder in another process, so the build does not wait: at
 * 46,000 files deleting in place took 15 s. Falls back to Node where there
 * is no `rm`. Resolves when the folder is gone.
 */
export function deleteInBackground(folder: string): Promise<void> {
	return new Promise<void>((resolve) => {
		const rm = spawn('rm', ['-rf', '--', folder], { stdio: 'ignore' });
		rm.on('error', () => resolve());
		rm.on('exit', () => resolve());
	}).then(() => fs.rm(folder, { recursive: true, force: true }));
}

/**
 * Moves the last build's search index (`<outDir>/<indexDir>`, written after
 * Astro by `src/build.ts`, so no Astro step ever records it) out of the
 * output folder into `besideDir`, for `deleteInBackground`. Pruning it file
 * by file took about 10 of the 74 s of a one-document rebuild at 10,000
 * documents (10,858 files). Only a rename on the same file system: returns
 * undefined when there is no index or the rename would be a copy (then the
 * pruning deletes it as before). The index is rebuilt after Astro either way.
 */
export async function setIndexAside(outDir: string, indexDir: string, besideDir: string): Promise<string | undefined> {
	const aside = path.join(besideDir, `${SET_ASIDE_PREFIX}${indexDir}-${process.pid}-${Date.now()}`);
	await fs.mkdir(besideDir, { recursive: true });
	try {
		await fs.rename(path.join(outDir, indexDir), aside);
		return aside;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'EXDEV') return undefined;
		throw error;
	}
}

/** Beside Astro's cache: the output folder the last completed build wrote. */
export const OUTPUT_MARKER = 'output-folder.txt';

/**
 * Deletes every file under `dir` that is not in `outputs` (absolute paths:
 * what this build's steps wrote), whatever its time, then the folders that
 * left empty. Returns the number of files deleted. A `.git` folder is left
 * alone, as Astro's own emptying of the folder does.
 *
 * `files`: the folder's files as listed when the build started, so the
 * listing (0.5–1.2 s at 10,000 documents) is not waited for at the end.
 * Every file the build adds after that is one of its steps' outputs, each
 * recorded (written-files.ts): the files it could miss are ones a step
 * wrote without recording them, which the next build's listing finds.
 */
export async function pruneFolder(folder: string, outputs: ReadonlySet<string>, files?: readonly string[]): Promise<number> {
	const dir = path.resolve(folder);
	const stale = (files ?? filesUnder(dir)).filter((file) => !outputs.has(file) && path.relative(dir, file).split(path.sep)[0] !== '.git');
	await inBatches(stale, 256, (file) => fs.rm(file, { force: true }));
	const emptied = new Set<string>();
	for (const file of stale) for (let folder = path.dirname(file); folder.startsWith(dir + path.sep); folder = path.dirname(folder)) emptied.add(folder);
	// Deepest first, so a parent is tried after its children; a folder still in use refuses.
	for (const folder of [...emptied].sort((a, b) => b.length - a.length)) await fs.rmdir(folder).catch(() => {});
	return stale.length;
}
