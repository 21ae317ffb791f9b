import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Astro bundles its content store into the prerender code as one string
 * literal (`export default JSON.parse("…")`, astro/dist/content/
 * vite-plugin-content-virtual-mod.js): 49 MB at 10,000 documents, which
 * rolldown bundles and V8 compiles again on every build (15.6 s of CPU in a
 * profiled one-edit rebuild, docs/performance.md). The prerender code runs
 * in the build's own process, right after the content sync wrote that same
 * store to Astro's cache folder, so it can read the file there instead.
 * Static output only: the prerender bundle is deleted after the build and
 * never runs anywhere else.
 */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** The store file of a build (`DATA_STORE_FILE` under `config.cacheDir` in astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';
/** What Astro's single-file store module starts with; any other shape (chunked storage, a new Astro) is left alone. */
const INLINED_STORE = 'export default JSON.parse(';
/** Astro's module when there is no store file yet: nothing inlined, nothing to say. */
const NO_STORE = 'export default new Map()';

/** The module that reads the store at run time; the path is JSON-quoted, so no character in it can end the string. */
export function storeReaderModule(storeFile: string): string {
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/** `onLeftInlined` hears of a store module this could not replace, so the build can say why it is slower; `onReplaced` of one it did. */
export function contentStoreReader(storeFile: string, onLeftInlined: () => void = () => {}, onReplaced: () => void = () => {}): Plugin {
	return {
		name: 'content-store-from-file',
		apply: 'build',
		enforce: 'post',
		// Only code that runs in the build's process may read its files: never a browser bundle.
		applyToEnvironment: (environment) => environment.name !== 'client',
		transform(code, id) {
			if (id !== STORE_MODULE_ID || code.startsWith(NO_STORE)) return null;
			if (!code.startsWith(INLINED_STORE) || !fs.existsSync(storeFile)) {
				onLeftInlined();
				return null;
			}
			onReplaced();
			return { code: storeReaderModule(storeFile), map: { mappings: '' } };
		},
	};
}

export function contentStoreFile(): AstroIntegration {
	let leftInlined = false;
	let replaced = false;
	return {
		name: 'content-store-file',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				if (command !== 'build' || config.output !== 'static') return;
				const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
				const reader = contentStoreReader(
					storeFile,
					() => (leftInlined = true),
					() => (replaced = true),
				);
				updateConfig({ vite: { plugins: [reader] } });
			},
			'astro:build:done': ({ logger }) => {
				// For whoever upgrades Astro: the build still works, only slower.
				if (replaced) logger.info('Mã dựng trang đọc kho nội dung từ tệp của nó, không nhúng kho vào mã.');
				if (leftInlined) logger.warn('Astro đã đổi cách gói kho nội dung: kho được nhúng vào mã dựng trang như cũ, bản dựng chậm hơn (src/integrations/content-store-file.ts).');
			},
		},
	};
}
