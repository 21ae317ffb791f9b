import type { AstroIntegration } from 'astro';
import { checkContent, formatReport } from '../validation/index.ts';
import { CONTENT_DIR, contentCacheDir } from '../paths.ts';
import type { ValidContent } from '../validation/schema-check.ts';
import { unlistedPaths } from '../feeds/sitemap-filter.ts';
import { markStep } from '../lib/build-timings.ts';
import { stopBuild } from '../stop-build.ts';

let lastChecked: ValidContent | undefined;
let lastUnlisted: ReadonlySet<string> | undefined;

/**
 * The content as the last check in this process read it (valid entries
 * only), handed over once: the build keeps no second copy of the corpus.
 */
export function takeCheckedContent(): ValidContent | undefined {
	const content = lastChecked;
	lastChecked = undefined;
	return content;
}

/**
 * The paths the sitemap leaves out (old addresses, withdrawn documents), from
 * the content this build checked: kept apart from the content itself, which
 * the share images take and release.
 */
export function checkedUnlistedPaths(): ReadonlySet<string> {
	if (!lastUnlisted) throw new Error('content-check: the sitemap asked for the checked content before the check ran');
	return lastUnlisted;
}

/**
 * Runs the same checks as `npm run check` before Astro loads any content,
 * so a build never publishes half-valid content.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ logger, command }) => {
				markStep('Khởi động Astro, nạp cấu hình');
				// What each file unchanged since the last build gave on its own (parse, schema, per-file rules) comes from beside Astro's cache.
				const result = checkContent(CONTENT_DIR, { cacheDir: contentCacheDir() });
				markStep('Kiểm tra nội dung (như npm run check)');
				logger.info(`Kiểm tra nội dung: đọc và kiểm tra lại ${result.checkedFiles} tệp mới hoặc đã sửa; các tệp khác dùng kết quả lần trước.`);
				lastChecked = result.content;
				lastUnlisted = unlistedPaths(result.content.documents);
				if (result.warnings.length) logger.warn(`\n${formatReport(result.warnings)}`);
				if (result.errors.length === 0) return;
				const report = formatReport(result.errors);
				if (command === 'dev') {
					logger.error(`\n${report}`);
					return;
				}
				stopBuild(logger, `Nội dung có lỗi, không xây dựng trang.\n${report}`);
			},
		},
	};
}
