import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareCardKey } from '../share-images/card.ts';
import { createShareImagePool, type ShareImagePool } from '../share-images/pool.ts';
import {
	clearShareCards,
	onShareCardRegistered,
	registeredCardsByKey,
	registeredPages,
	SHARE_IMAGE_DIR,
} from '../share-images/registry.ts';
import { cardsForPages, forgetPagesOfOtherTemplate, readPageCards, writePageCards } from '../share-images/page-cards.ts';
import { templateDigest } from '../share-images/template-digest.ts';
import { checkVerdict } from './check-verdict.ts';
import { progressReporter } from './progress.ts';
import { recordWritten } from './written-files.ts';
import { markStep } from '../lib/build-timings.ts';

/**
 * Publishes the share image of every page that was built, and only those.
 * Predicted cards come from public documents only, so a draft or embargoed
 * document never gets an image, not even in the cache.
 * Images start rendering as soon as the content is checked: document cards
 * predicted from it first, then each card a page registers, while Astro
 * loads content, bundles and renders pages. The workers run at the lowest
 * priority (worker.ts), so they take only the CPU Astro leaves idle.
 */
export function shareImages(): AstroIntegration {
	let pool: ShareImagePool | undefined;
	let stopListening = () => {};
	let pageCardsFile = '';
	let predictedKeys = new Set<string>();
	return {
		name: 'share-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				// Beside Astro's incremental-build cache, so both are kept or cleared together.
				pageCardsFile = fileURLToPath(new URL('share-cards.json', config.cacheDir));
			},
			// After content-check's setup (it is listed first), so the checked content is there to predict from.
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' || pool) return;
				// From the sources, before any page runs: the copy bundled into the pages reuses it (template-digest.ts).
				const template = templateDigest();
				if (forgetPagesOfOtherTemplate(fileURLToPath(new URL('share-cards.json', config.cacheDir)), template)) {
					logger.info('Mẫu ảnh chia sẻ đã đổi: dựng lại mọi trang để địa chỉ ảnh chia sẻ khớp với ảnh mới.');
				}
				const current = createShareImagePool({
					cacheDir: path.resolve(process.env.SHARE_IMAGE_CACHE ?? 'node_modules/.cache/share-images'),
				});
				pool = current;
				// Predicted by the check's worker from the content it read (predicted-cards.ts), queued when its verdict comes.
				void checkVerdict()?.then(({ predictedCards }) => {
					for (const card of predictedCards) current.add(card);
					predictedKeys = new Set(predictedCards.map((card) => shareCardKey(card)));
				});
			},
			'astro:build:start': () => {
				if (!pool) throw new Error('share-images: astro:build:start ran without a build setup');
				const current = pool;
				clearShareCards();
				stopListening = onShareCardRegistered((card) => current.add(card));
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				markStep('Astro kết thúc sinh trang');
				stopListening();
				if (!pool) throw new Error('share-images: astro:build:done ran without a build setup');
				const pageCards = cardsForPages(
					pages.map((page) => page.pathname),
					registeredPages(),
					registeredCardsByKey(),
					readPageCards(pageCardsFile),
				);
				// Recorded before rendering: Astro has already saved its page cache, and a later
				// build restoring those pages needs their cards even if this build fails below.
				writePageCards(pageCardsFile, pageCards, templateDigest());
				for (const card of pageCards.cards.values()) pool.add(card);
				const started = performance.now();
				const outDir = path.join(fileURLToPath(dir), SHARE_IMAGE_DIR);
				const stats = await pool.finish({
					outDir,
					onProgress: progressReporter(logger, 'Ảnh chia sẻ'),
					only: new Set(pageCards.cards.keys()),
				});
				pool = undefined;
				// finish() publishes exactly the cards in `only`, one `<key>.png` each; the pruning keeps these.
				recordWritten('share-images', [...pageCards.cards.keys()].map((key) => path.join(outDir, `${key}.png`)));
				const unused = [...predictedKeys].filter((key) => !pageCards.cards.has(key)).length;
				// A mismatch only wastes time (unused images stay in the cache), but it means the prediction has drifted from the pages.
				if (unused > 0) logger.warn(`Ảnh chia sẻ: ${unused} ảnh vẽ trước theo dự đoán không có trang nào dùng.`);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(
					`Ảnh chia sẻ: ${pageCards.cards.size} ảnh cho ${pageCards.pages.size} trang; ${stats.rendered} ảnh mới ` +
						`(${stats.renderedEarly} vẽ trong lúc dựng trang), ${stats.cached} ảnh lấy từ bộ nhớ đệm; ` +
						`thêm ${seconds} giây sau khi dựng trang.`,
				);
				for (const missing of stats.missingGlyphs) {
					logger.warn(`Phông chữ thiếu ký tự ${missing.chars.join(' ')} trong ảnh chia sẻ "${missing.title}"`);
				}
				markStep('Ảnh chia sẻ: vẽ nốt, đặt vào dist/og');
			},
		},
	};
}
