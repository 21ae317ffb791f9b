/**
 * `npm run build`: Astro builds the pages, then the search index is built
 * from them once Astro's process has ended. Pagefind needs about 2 GB for
 * 10,000 documents and Astro keeps about 4 GB (mostly its bundler's) until
 * it exits; run one after the other, they never add up.
 * Settings come from the environment (OUT_DIR, CONTENT_DIR, SITE_URL…).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { contentCacheDir } from './paths.ts';
import { forgetKeptPagesIn, SEARCH_STAGING_DIR, stagedRecordsLost, stagingStoppedAfterAstro } from './integrations/search-prestage.ts';
import { deleteInBackground, setIndexAside } from './integrations/prune-output.ts';
import { INDEX_DIR } from './search/pagefind-api.ts';
import { prereadSearchState } from './search/preread.ts';
import { takeOutputPages } from './integrations/output-pages.ts';
import { dropStaleContentStore } from './lib/source-digest.ts';
import { cacheKey } from './lib/cache-key.ts';
import { formatTimings, markStep, ownMarks, processStart, takeSavedMarks, timingsWanted } from './lib/build-timings.ts';

const root = path.resolve(import.meta.dirname, '..');
const configDigest = cacheKey({ code: [path.join(root, 'src', 'content.config.ts')], packages: ['astro'] });
if (dropStaleContentStore(contentCacheDir(), configDigest)) console.log('Lược đồ nội dung đã đổi: đọc lại toàn bộ nội dung.');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
// Out of the output folder while Astro builds and prunes it. Put back as the base of a delta index when few pages changed
// (src/search/delta-plan.ts); otherwise deleted by another process while the new index is made, and awaited before this one ends.
const indexAside = await setIndexAside(outDir, INDEX_DIR, contentCacheDir());
let oldIndexGone = Promise.resolve();
const forgetKeptPages = () => forgetKeptPagesIn(contentCacheDir());
if (stagingStoppedAfterAstro(contentCacheDir())) {
	console.log('Lần dựng trước dừng giữa chừng sau khi Astro dựng trang: dựng lại mọi trang để chỉ mục tìm kiếm đủ trang.');
	forgetKeptPages();
} else if (stagedRecordsLost(contentCacheDir())) {
	console.log('Không còn sổ ghi của bước chuẩn bị chỉ mục tìm kiếm (thư mục search-staging trong bộ nhớ đệm đã mất hoặc theo định dạng cũ): dựng lại mọi trang để chỉ mục tìm kiếm đủ trang.');
	forgetKeptPages();
}
markStep('npm run build: kiểm tra bộ nhớ đệm nội dung');
const astroExit = new Promise<{ status: number | null; error?: Error }>((resolve) => {
	const child = spawn(path.join(root, 'node_modules', '.bin', 'astro'), ['build'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	child.once('error', (error) => resolve({ status: null, error }));
	child.once('exit', (status) => resolve({ status }));
});
// Read by this process while it waits for Astro (preread.ts); neither read fails (a file it cannot read is read as none).
// Not during Astro's first seconds: it loads its modules on both cores, and reading then made its start 0.35 s slower
// (1.52–1.58 s against 1.18–1.23 s, three one-edit rebuilds each way at 10,000 documents); it then checks and syncs on one.
const prereadAfter = Promise.race([astroExit, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
const preread = prereadSearchState(SEARCH_STAGING_DIR(), prereadAfter);
const astro = await astroExit;
if (astro.status !== 0) {
	if (astro.error) console.error(`Không chạy được astro build: ${astro.error.message}`);
	// A failed build may have saved some pages but not their share cards: the next build starts afresh.
	forgetKeptPages();
	if (indexAside) await deleteInBackground(indexAside);
	process.exit(astro.status ?? 1);
}

markStep('Tiến trình Astro thoát');

// Loaded only now, so this process stays small while Astro runs (about 50 MB, not 150, before it held what preread.ts reads).
const { buildSearchIndex } = await import('./search/build-index.ts');
const { progressReporter } = await import('./integrations/progress.ts');
const time = () => new Date().toTimeString().slice(0, 8);
const logger = { info: (message: string) => console.log(`${time()} [search-index] ${message}`) };
const started = performance.now();
const stats = await buildSearchIndex(outDir, {
	onProgress: progressReporter(logger, 'Chỉ mục tìm kiếm'),
	stagingDir: SEARCH_STAGING_DIR(),
	knownPages: takeOutputPages(contentCacheDir(), outDir),
	previousBundle: indexAside,
	// The published pages lose the hidden search fields once staged (1.2 KB a document page); the staging keeps them.
	stripSearchRecords: true,
	preread,
	onFullIndex: () => {
		if (indexAside) oldIndexGone = deleteInBackground(indexAside);
	},
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
logger.info(
	`Chỉ mục tìm kiếm: ${stats.pages} trang, ${stats.files} tệp, ${(stats.bytes / 1024).toFixed(0)} KiB, ${seconds} giây; ` +
		`${stats.prestaged} trang chuẩn bị trong lúc dựng, đọc lại ${stats.read} trang đã dựng, chuẩn bị lại ${stats.prepared} trang; ` +
		(stats.delta === undefined ? `lập chỉ mục toàn bộ (${stats.fullReason}).` : `chỉ mục bổ sung ${stats.delta} trang.`),
);
await oldIndexGone;
if (timingsWanted()) {
	markStep('Chỉ mục: dọn dẹp');
	console.log(formatTimings([processStart('npm run build bắt đầu'), ...takeSavedMarks(contentCacheDir()), ...ownMarks()]));
}
