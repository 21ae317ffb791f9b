import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Astro bundles its content store into the prerender code as one string
 * literal (`export default JSON.parse("…")`, astro/dist/content/
 * vite-plugin-content-virtual-mod.js): 49 MB at 10,000 documents, which
 * rolldown bundles and V8 compiles again on every build (Astro's route
 * generation in a one-edit rebuild: 16.8-17.1 s with it, 6.9 s without,
 * docs/performance.md). The prerender code runs in the build's own process,
 * right after the content sync wrote that same store to Astro's cache
 * folder, so it can read the file there instead. The module is loaded here,
 * before Astro's own `load` reads the file and quotes it (1.2-2 s of a
 * rebuild's bundling, CPU profile). Static output only: the prerender bundle
 * is deleted after the build and never runs anywhere else.
 * test/unit/content-store-file.test.ts runs Astro's own `load` beside this
 * one, so an Astro whose module holds something else fails a test.
 */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** The store file of a build (`DATA_STORE_FILE` under `config.cacheDir` in astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';
/**
 * What Astro marks its store module with, so the incremental build leaves it out of each page's
 * dependency hash (astro/dist/core/build/incremental-metadata.js).
 */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** How Astro stores collections (`experimental.collectionStorage`): only the single file is read here. */
export type CollectionStorage = AstroConfig['experimental']['collectionStorage'] | undefined;

/** The module that reads the store at run time; the path is JSON-quoted, so no character in it can end the string. */
function storeReaderModule(storeFile: string): string {
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/**
 * `onStoreModule` hears whether the store module was read from its file (true), or left to Astro although a store
 * exists (false: chunked storage), so the build can say so, or why it is slower. No store file yet: Astro's empty module.
 */
export function contentStoreReader(storeFile: string, storage: CollectionStorage, onStoreModule: (replaced: boolean) => void = () => {}): Plugin {
	const singleFile = storage === undefined || storage === 'single-file';
	return {
		name: 'content-store-from-file',
		apply: 'build',
		enforce: 'pre',
		// Only code that runs in the build's process may read its files: never a browser bundle.
		applyToEnvironment: (environment) => environment.name !== 'client',
		load: {
			// Before Astro's own `load` of the module, which comes earlier in the plugin list.
			order: 'pre',
			handler(id) {
				if (id !== STORE_MODULE_ID || !fs.existsSync(storeFile)) return null;
				onStoreModule(singleFile);
				return singleFile ? { code: storeReaderModule(storeFile), map: { mappings: '' }, meta: CONTENT_DATA_META } : null;
			},
		},
	};
}

export function contentStoreFile(): AstroIntegration {
	let replaced: boolean | undefined;
	return {
		name: 'content-store-file',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				if (command !== 'build' || config.output !== 'static') return;
				const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
				const storage = config.experimental.collectionStorage;
				updateConfig({ vite: { plugins: [contentStoreReader(storeFile, storage, (done) => (replaced = done))] } });
			},
			'astro:build:done': ({ logger }) => {
				// For whoever changes the storage setting: the build still works, only slower.
				if (replaced === true) logger.info('Mã dựng trang đọc kho nội dung từ tệp của nó, không nhúng kho vào mã.');
				if (replaced === false) logger.warn('Kho nội dung chia mảnh (experimental.collectionStorage): kho được nhúng vào mã dựng trang, bản dựng chậm hơn (src/integrations/content-store-file.ts).');
			},
		},
	};
}
