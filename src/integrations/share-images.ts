import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderShareImages } from '../share-images/pool.ts';
import { clearShareCards, registeredShareCards, SHARE_IMAGE_DIR } from '../share-images/registry.ts';
import { progressReporter } from './progress.ts';

/**
 * Renders the share image of every page that was built, and only those:
 * a draft or embargoed page is never rendered, so it never gets an image.
 */
export function shareImages(): AstroIntegration {
	return {
		name: 'share-images',
		hooks: {
			'astro:build:start': () => clearShareCards(),
			'astro:build:done': async ({ dir, logger }) => {
				const cards = registeredShareCards();
				const started = performance.now();
				const stats = await renderShareImages(cards, {
					outDir: path.join(fileURLToPath(dir), SHARE_IMAGE_DIR),
					cacheDir: path.resolve(process.env.SHARE_IMAGE_CACHE ?? 'node_modules/.cache/share-images'),
					onProgress: progressReporter(logger, 'Ảnh chia sẻ'),
				});
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`Ảnh chia sẻ: ${stats.rendered} ảnh mới, ${stats.cached} ảnh lấy từ bộ nhớ đệm, ${seconds} giây.`);
				for (const missing of stats.missingGlyphs) {
					logger.warn(`Phông chữ thiếu ký tự ${missing.chars.join(' ')} trong ảnh chia sẻ "${missing.title}"`);
				}
			},
		},
	};
}
