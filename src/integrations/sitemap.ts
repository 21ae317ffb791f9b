import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapFiles } from '../feeds/sitemap.ts';
import { recordWritten } from './written-files.ts';

/**
 * Writes the sitemap (src/feeds/sitemap.ts) of every page this build
 * generated that `listed` keeps, at the top of the output folder, and
 * records the files for the pruning. Every page of this static site is in
 * Astro's list of generated pages, so no route needs listing on its own.
 */
export function sitemap({ listed }: { listed: (url: string) => boolean }): AstroIntegration {
	let root: URL | undefined;
	return {
		name: 'sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.site ? new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site) : undefined;
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				if (!root) {
					logger.warn('Chưa khai báo địa chỉ trang (url trong src/site.config.ts): không tạo sơ đồ trang (sitemap).');
					return;
				}
				const site = root;
				const urls = pages.map(({ pathname }) => new URL(pathname.replace(/^\//, ''), site).href).filter((url) => listed(url));
				const outDir = fileURLToPath(dir);
				const written: string[] = [];
				for (const [name, xml] of sitemapFiles(urls, site)) {
					const file = path.join(outDir, name);
					await fs.writeFile(file, xml);
					written.push(file);
				}
				recordWritten('sitemap', written);
			},
		},
	};
}
