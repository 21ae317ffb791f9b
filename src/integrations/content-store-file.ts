import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Astro bundles its content store into the prerender code as one string
 * literal (`export default JSON.parse("…")`, astro/dist/content/
 * vite-plugin-content-virtual-mod.js): 49 MB at 10,000 documents, which
 * rolldown bundles and V8 compiles again on every build (Astro's route
 * generation in a one-edit rebuild: 16.8-17.1 s with it, 6.9 s without,
 * docs/performance.md). The prerender code runs
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
function storeReaderModule(storeFile: string): string {
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/** `onStoreModule` hears whether Astro's store module was replaced, so the build can say so, or why it is slower. */
export function contentStoreReader(storeFile: string, onStoreModule: (replaced: boolean) => void = () => {}): Plugin {
	return {
		name: 'content-store-from-file',
		apply: 'build',
		enforce: 'post',
		// Only code that runs in the build's process may read its files: never a browser bundle.
		applyToEnvironment: (environment) => environment.name !== 'client',
		transform(code, id) {
			if (id !== STORE_MODULE_ID || code.startsWith(NO_STORE)) return null;
			const replaced = code.startsWith(INLINED_STORE) && fs.existsSync(storeFile);
			onStoreModule(replaced);
			return replaced ? { code: storeReaderModule(storeFile), map: { mappings: '' } } : null;
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
				updateConfig({ vite: { plugins: [contentStoreReader(storeFile, (done) => (replaced = done))] } });
			},
			'astro:build:done': ({ logger }) => {
				// For whoever upgrades Astro: the build still works, only slower.
				if (replaced === true) logger.info('Mã dựng trang đọc kho nội dung từ tệp của nó, không nhúng kho vào mã.');
				if (replaced === false) logger.warn('Astro đã đổi cách gói kho nội dung: kho được nhúng vào mã dựng trang như cũ, bản dựng chậm hơn (src/integrations/content-store-file.ts).');
			},
		},
	};
}
