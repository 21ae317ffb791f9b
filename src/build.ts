/**
 * `npm run build`: Astro builds the pages, then the search index is built
 * from them once Astro's process has ended. Pagefind needs about 2 GB for
 * 10,000 documents and Astro keeps about 4 GB (mostly its bundler's) until
 * it exits; run one after the other, they never add up.
 * Settings come from the environment (OUT_DIR, CONTENT_DIR, SITE_URL…).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentCacheDir } from './paths.ts';
import { SEARCH_STAGING_DIR } from './integrations/search-prestage.ts';
import { prestagedDir } from './search/page-for-index.ts';
import { deleteInBackground, OUTPUT_MARKER, setIndexAside } from './integrations/prune-output.ts';
import { INDEX_DIR } from './search/pagefind-api.ts';
import { OUTPUT_PAGES_FILE, takeOutputPages } from './integrations/output-pages.ts';
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
/** Astro's records that let the next build keep pages, and what goes with them: dropped, the next build renders every page. */
const forgetKeptPages = () => {
	for (const file of ['incremental-build.json', 'share-cards.json', OUTPUT_MARKER, OUTPUT_PAGES_FILE]) fs.rmSync(path.join(contentCacheDir(), file), { force: true });
};
// Pages prepared for the search while rendered, but never staged: the last build stopped after Astro. Those pages lost their
// search records to the output (src/search/prestage-hook.ts), and only a new render gives them back to the staging.
if (fs.existsSync(prestagedDir(SEARCH_STAGING_DIR()))) forgetKeptPages();
markStep('npm run build: kiểm tra bộ nhớ đệm nội dung');
const astro = spawnSync(path.join(root, 'node_modules', '.bin', 'astro'), ['build'], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
	if (astro.error) console.error(`Không chạy được astro build: ${astro.error.message}`);
	// A failed build may have saved some pages but not their share cards: the next build starts afresh.
	forgetKeptPages();
	if (indexAside) await deleteInBackground(indexAside);
	process.exit(astro.status ?? 1);
}

markStep('Tiến trình Astro thoát');

// Loaded only now, so this process stays small (about 50 MB, not 150) while Astro runs.
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
