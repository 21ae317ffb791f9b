import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../search/build-index.ts';
import { progressReporter } from './progress.ts';

/**
 * Builds the Pagefind search index from the built pages, after everything
 * else is written: the index holds exactly what the site publishes.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const stats = await buildSearchIndex(fileURLToPath(dir), progressReporter(logger, 'Chỉ mục tìm kiếm'));
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				const kib = (stats.bytes / 1024).toFixed(0);
				logger.info(`Chỉ mục tìm kiếm: ${stats.pages} trang, ${stats.files} tệp, ${kib} KiB, ${seconds} giây.`);
			},
		},
	};
}
