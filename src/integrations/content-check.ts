import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { formatReport } from '../validation/problem.ts';
import { CONTENT_DIR, contentCacheDir } from '../paths.ts';
import { markStep } from '../lib/build-timings.ts';
import { stopBuild } from '../stop-build.ts';
import { setCheckVerdict, type CheckVerdict } from './check-verdict.ts';

let lastUnlisted: ReadonlySet<string> | undefined;

/**
 * The paths the sitemap leaves out (old addresses, withdrawn documents), from
 * the content this build checked, so the sitemap never reads the corpus again.
 */
export function checkedUnlistedPaths(): ReadonlySet<string> {
	if (!lastUnlisted) throw new Error('content-check: the sitemap asked for the checked content before the check ran');
	return lastUnlisted;
}

/** The check of content-check-worker.ts, on a worker thread. */
function checkOnWorker(contentDir: string, cacheDir: string): Promise<CheckVerdict> {
	return new Promise((resolve, reject) => {
		// A young generation of 48 MB instead of the default: the check keeps most of what it allocates (the cache's records,
		// every file's text), and fewer scavenges copy it less often. Alone at 10,000 documents with its cache:
		// 2.38–2.50 s with 32–96 MB, 2.61–2.71 s with the default (a throwaway script starting this worker, runs alternated).
		const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { contentDir, cacheDir }, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
		worker.once('message', (verdict: CheckVerdict) => resolve(verdict));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`luồng kiểm tra dừng (mã ${code}) trước khi báo kết quả`)));
	});
}

/**
 * Runs the same checks as `npm run check` before Astro loads any content,
 * so a build never publishes half-valid content. On a worker thread: Astro
 * goes on starting (its other integrations, its content config) while the
 * check runs, and the content layer's loaders wait for the verdict before
 * reading a file (check-verdict.ts). At 10,000 documents the check is 2 s
 * of a one-edit rebuild (5.8 s with an empty cache), and Astro took 1.0–1.5 s
 * from the check's end to its first loader. A build with errors stops when
 * the verdict comes, with the Vietnamese report only.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ logger, command }) => {
				markStep('Khởi động Astro, nạp cấu hình');
				// What each file unchanged since the last build gave on its own (parse, schema, per-file rules) comes from beside Astro's cache.
				const verdict = checkOnWorker(CONTENT_DIR, contentCacheDir()).then(
					(result) => {
						markStep('Kiểm tra nội dung (như npm run check, trên luồng riêng: đến khi có kết quả)');
						logger.info(`Kiểm tra nội dung: đọc và kiểm tra lại ${result.checkedFiles} tệp mới hoặc đã sửa; các tệp khác dùng kết quả lần trước.`);
						lastUnlisted = new Set(result.unlisted);
						if (result.warnings.length) logger.warn(`\n${formatReport(result.warnings)}`);
						if (result.errors.length === 0) return result;
						const report = formatReport(result.errors);
						if (command !== 'dev') stopBuild(logger, `Nội dung có lỗi, không xây dựng trang.\n${report}`);
						logger.error(`\n${report}`);
						return result;
					},
					(error: Error) => stopBuild(logger, `Không chạy được bước kiểm tra nội dung: ${error.message}`),
				);
				setCheckVerdict(verdict);
			},
		},
	};
}
