import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FONT_WEIGHT_LIST, fontFileName } from '../fonts/font-files.ts';

/**
 * The site ships one stylesheet (`cssCodeSplit: false`), named by a hash of
 * all the CSS of every component. Astro's incremental build re-renders a page
 * only when its own components change, so after a style edit in one component
 * every other kept page would still link the old stylesheet, which the build
 * no longer writes (seen: the short-link pages after an edit of fonts.css).
 * This forgets Astro's record of kept pages whenever any CSS of the site
 * changed, so every page is rendered with the new stylesheet's name.
 */
const SOURCE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** Beside Astro's cache: the digest of the CSS the last build's pages link (also part of each page's input digest, output-pages.ts). */
export const DIGEST_FILE = 'site-stylesheet.digest';
/** Astro's record of the pages it may keep (astro/dist/core/build/incremental.js). */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

function cssSources(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return cssSources(full);
		return /\.(astro|css)$/.test(entry.name) ? [full] : [];
	});
}

/** Every `<style>` block and stylesheet under src/, and the font file names fonts.css is rewritten with. */
export function siteCssDigest(sourceDir = SOURCE_DIR): string {
	const hash = createHash('sha256');
	for (const file of cssSources(sourceDir).sort()) {
		const text = fs.readFileSync(file, 'utf8');
		const css = file.endsWith('.css') ? [text] : [...text.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/g)].map((match) => match[0]);
		if (css.length > 0) hash.update(`${path.relative(sourceDir, file)}\0${css.join('\0')}\0`);
	}
	for (const weight of FONT_WEIGHT_LIST) hash.update(fontFileName(weight));
	return hash.digest('hex');
}

export function stylesheetCache(): AstroIntegration {
	let cacheDir = '';
	let digest = '';
	return {
		name: 'stylesheet-cache',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command !== 'build') return;
				cacheDir = fileURLToPath(config.cacheDir);
				digest = siteCssDigest();
				const digestPath = path.join(cacheDir, DIGEST_FILE);
				const previous = fs.existsSync(digestPath) ? fs.readFileSync(digestPath, 'utf8') : undefined;
				const manifest = path.join(cacheDir, INCREMENTAL_MANIFEST);
				if (previous !== digest && fs.existsSync(manifest)) {
					fs.rmSync(manifest);
					logger.info('CSS của trang đã đổi: dựng lại mọi trang để tất cả dùng cùng một tệp CSS mới.');
				}
			},
			'astro:build:done': () => {
				if (!cacheDir) return;
				fs.mkdirSync(cacheDir, { recursive: true });
				fs.writeFileSync(path.join(cacheDir, DIGEST_FILE), digest);
			},
		},
	};
}
