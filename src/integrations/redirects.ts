import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILES_AT_ONCE, inBatches } from '../lib/files.ts';
import { NGINX_MAP_FILE, REDIRECTS_FILE, renderNginxMap, renderRedirectsFile } from '../share/host-redirects.ts';
import { redirectPage } from '../share/redirect-page.ts';
import type { Redirect } from '../share/redirect-table.ts';
import { stopBuild } from '../stop-build.ts';
import { checkVerdict } from './check-verdict.ts';
import { recordPageDigests } from './output-pages.ts';
import { recordWritten } from './written-files.ts';

/** Beside Astro's cache: each redirect page this build left in the output folder, with the digest of its bytes. */
const WRITTEN_PAGES_FILE = 'redirect-pages.json';

/**
 * The redirect pages (short links, old addresses: src/share/redirect-page.ts)
 * and the host redirect files, written by the build from the redirect table
 * the content check computed from the public documents
 * (content-check-worker.ts), not as Astro routes. At 10,000 documents they
 * were 10,000 of Astro's 24,222 outputs, and Astro spends a route path, a
 * `stat` and two log lines on each kept page in every build. Here a page is
 * written only when its bytes change or its file is gone.
 *
 * In `astro dev` the same pages are answered from the table the dev
 * server's check computed when it started.
 */
export function redirects(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'redirects',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const ownFile = path.join(fileURLToPath(config.publicDir), REDIRECTS_FILE);
				if (command === 'build' && fs.existsSync(ownFile)) {
					stopBuild(
						logger,
						`Tệp public/${REDIRECTS_FILE} trùng tên với tệp chuyển hướng bước dựng sinh ra cho liên kết ngắn (dist/${REDIRECTS_FILE}): một trong hai sẽ mất.\n` +
							`Cách sửa: chuyển tệp đó ra thư mục gốc của kho (${REDIRECTS_FILE}); các quy tắc trong đó được giữ ở đầu dist/${REDIRECTS_FILE}.`,
					);
				}
			},
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:server:setup': ({ server }) => {
				let pages: Promise<Map<string, Redirect>> | undefined;
				server.middlewares.use((request, response, next) => {
					const verdict = checkVerdict();
					if (!verdict || !request.url) return next();
					pages ??= verdict.then(({ redirects }) => new Map(redirects.map((row) => [row.from, row])));
					// Not decoded: the table's paths hold only [a-z0-9/-], and a malformed escape must not throw here.
					const { pathname } = new URL(request.url, 'http://localhost');
					pages.then((rows) => {
						const row = rows.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
						if (!row) return next();
						response.setHeader('Content-Type', 'text/html; charset=utf-8');
						response.end(redirectPage(row));
					}, next);
				});
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const verdict = await checkVerdict();
				if (!verdict) throw new Error('redirects: bước dựng không có kết quả kiểm tra nội dung để lấy bảng chuyển hướng');
				const outDir = fileURLToPath(dir);
				const astroPages = new Set(pages.map(({ pathname }) => `/${pathname.replace(/^\//, '')}`));
				// Stopped with the message alone: a thrown error would reach the log inside Astro's English frame (src/stop-build.ts).
				const written = await writeRedirectPages(outDir, cacheDir, verdict.redirects, astroPages).catch((error: Error) =>
					stopBuild(logger, `Không ghi được các trang chuyển hướng (liên kết ngắn, địa chỉ cũ).\n${error.message}`),
				);
				if (written > 0) logger.info(`Trang chuyển hướng (liên kết ngắn, địa chỉ cũ): ghi ${written} trang mới hoặc đã đổi trong ${verdict.redirects.length}.`);
				const own = path.join(process.cwd(), REDIRECTS_FILE);
				const hostFiles: [string, string][] = [
					[REDIRECTS_FILE, renderRedirectsFile(verdict.redirects, fs.existsSync(own) ? fs.readFileSync(own, 'utf8') : '')],
					[NGINX_MAP_FILE, renderNginxMap(verdict.redirects)],
				];
				for (const [name, text] of hostFiles) fs.writeFileSync(path.join(outDir, name), text);
				recordWritten('redirects', hostFiles.map(([name]) => path.join(outDir, name)));
			},
		},
	};
}

/**
 * Writes the page of every row into `outDir` (`<from>index.html`) unless the
 * last build with this cache left the same bytes there; records every page
 * as written (the pruning keeps it) with its digest (the search staging
 * skips it). Returns how many pages were written. `astroPages`: the site
 * paths Astro generated, which no redirect may take over (the check refuses
 * such old addresses, src/validation/rules-aliases.ts; this is the last guard).
 */
export async function writeRedirectPages(outDir: string, cacheDir: string, table: readonly Redirect[], astroPages: ReadonlySet<string> = new Set()): Promise<number> {
	const clash = table.find((row) => astroPages.has(row.from));
	if (clash) throw new Error(`Địa chỉ ${clash.from} vừa là một trang của trang web vừa là địa chỉ chuyển hướng đến ${clash.to}: không ghi đè trang đó. Cách sửa: xóa ${clash.from} khỏi aliases của văn bản.`);
	const recordFile = path.join(cacheDir, WRITTEN_PAGES_FILE);
	const last = readRecord(recordFile, outDir);
	const pages = table.map((row) => {
		const relative = `${row.from.slice(1)}index.html`;
		const file = path.resolve(outDir, relative);
		// The schema allows only [a-z0-9/-] in old addresses; this keeps any other path out of the output folder.
		if (!file.startsWith(path.resolve(outDir) + path.sep)) throw new Error(`redirects: địa chỉ ${row.from} ra ngoài thư mục kết quả`);
		const html = redirectPage(row);
		return { relative, file, html, digest: createHash('sha256').update(html).digest('hex') };
	});
	const changed = pages.filter(({ relative, file, digest }) => last.get(relative) !== digest || !fs.existsSync(file));
	recordWritten('redirects', pages.map(({ file }) => file));
	recordPageDigests(pages.map(({ relative, digest }) => [relative, digest]));
	// Every page as recorded, and no other: the record stands as it is.
	if (changed.length === 0 && last.size === pages.length) return 0;
	// The record goes first: a build stopped halfway leaves pages the record does not vouch for, written again next time.
	fs.rmSync(recordFile, { force: true });
	await inBatches(changed, FILES_AT_ONCE, async ({ file, html }) => {
		await fs.promises.mkdir(path.dirname(file), { recursive: true });
		await fs.promises.writeFile(file, html);
	});
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.writeFileSync(recordFile, JSON.stringify({ outDir: path.resolve(outDir), pages: Object.fromEntries(pages.map(({ relative, digest }) => [relative, digest])) }));
	return changed.length;
}

function readRecord(file: string, outDir: string): Map<string, string> {
	try {
		const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { outDir: string; pages: Record<string, string> };
		return saved.outDir === path.resolve(outDir) ? new Map(Object.entries(saved.pages)) : new Map();
	} catch {
		return new Map();
	}
}
