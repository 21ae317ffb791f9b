import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_DATA_META, contentStoreReader, STORE_MODULE_ID, type CollectionStorage } from '../../src/integrations/content-store-file.ts';

type LoadResult = { code: string; meta?: unknown } | null | undefined;
type AstroStorePlugin = Plugin & { config: (config: object, env: { command: string }) => void; load: { handler: (this: object, id: string) => Promise<LoadResult> } };

/** Astro's own plugin for `astro:content` and its store (astro/dist/content/vite-plugin-content-virtual-mod.js): not exported by the package, so taken by path. */
const astroPluginFile = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content/vite-plugin-content-virtual-mod.js');

let dir = '';
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-store-file-'));
	fs.writeFileSync(path.join(dir, 'entry.js'), "import store from 'astro:data-layer-content';\nexport default store;\n");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Astro's plugin as `astro build` sets it up, over a cache folder holding `data-store.json`. */
async function astroStorePlugin(storage: CollectionStorage): Promise<AstroStorePlugin> {
	const { astroContentVirtualModPlugin } = (await import(pathToFileURL(astroPluginFile).href)) as { astroContentVirtualModPlugin: (options: object) => AstroStorePlugin };
	const root = pathToFileURL(path.join(dir, 'root') + path.sep);
	const settings = {
		config: { root, srcDir: new URL('src/', root), cacheDir: pathToFileURL(dir + path.sep), experimental: { collectionStorage: storage }, legacy: {} },
		dotAstroDir: new URL('.astro/', root),
	};
	const plugin = astroContentVirtualModPlugin({ settings, fs });
	plugin.config({}, { command: 'build' });
	return plugin;
}

/** The prerender bundle of an entry importing the store, built with Astro's plugin and this one, as `astro build` has them. */
async function bundle(storeFile: string, storage: CollectionStorage, onStoreModule?: (replaced: boolean) => void) {
	const outDir = path.join(dir, 'out');
	const astro = await astroStorePlugin(storage);
	await build({
		root: dir,
		configFile: false,
		logLevel: 'silent',
		// Astro's plugin first, as in `astro build`: this one must still load the module.
		plugins: [astro, contentStoreReader(storeFile, storage, onStoreModule)],
		build: { ssr: path.join(dir, 'entry.js'), outDir, emptyOutDir: true, minify: false },
	});
	const [file] = fs.readdirSync(outDir).filter((name) => name.endsWith('.js') || name.endsWith('.mjs'));
	const code = fs.readFileSync(path.join(outDir, file!), 'utf8');
	const run = async () => ((await import(`${pathToFileURL(path.join(outDir, file!)).href}?${Date.now()}`)) as { default: unknown }).default;
	return { code, run };
}

/** What a module's code exports by default, evaluated as Node does. */
async function evaluate(code: string): Promise<unknown> {
	const file = path.join(dir, `module-${Date.now()}-${Math.random()}.mjs`);
	fs.writeFileSync(file, code);
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

const STORE = [{ documents: 1 }, 'qd-12-khen-thuong', 'Quyết định khen thưởng "tập thể" \\ </script>'];

describe('the content store in the prerender bundle', () => {
	it('is the module Astro would load: the same data and the same incremental-build mark', async () => {
		const storeFile = path.join(dir, 'data-store.json');
		fs.writeFileSync(storeFile, JSON.stringify(STORE));
		const astro = (await (await astroStorePlugin(undefined)).load.handler.call({ environment: { name: 'prerender' } }, STORE_MODULE_ID))!;
		const ours = contentStoreReader(storeFile, undefined) as Plugin & { load: { handler: (id: string) => LoadResult } };
		const read = ours.load.handler(STORE_MODULE_ID)!;
		expect(await evaluate(read.code)).toEqual(await evaluate(astro.code));
		expect(await evaluate(read.code)).toEqual(STORE);
		expect(read.meta).toEqual(astro.meta);
		expect(CONTENT_DATA_META).toEqual(astro.meta);
	});

	it('is read from its file when the bundle runs, not inlined as a string', async () => {
		const storeFile = path.join(dir, 'data-store.json');
		fs.writeFileSync(storeFile, JSON.stringify(STORE));
		const told: boolean[] = [];
		const { code, run } = await bundle(storeFile, 'single-file', (replaced) => told.push(replaced));
		expect(told).toEqual([true]);
		expect(code).not.toContain('qd-12-khen-thuong');
		expect(code).toContain(JSON.stringify(storeFile));
		expect(await run()).toEqual(STORE);
		// What the bundle returns is what the file holds when it runs: the sync's store, not the one seen while bundling.
		fs.writeFileSync(storeFile, JSON.stringify([{ documents: 0 }]));
		expect(await run()).toEqual([{ documents: 0 }]);
	});

	it('keeps a path with quotes and backslashes intact', async () => {
		const storeFile = path.join(dir, `kho "nội dung" \\ ${'$'}{x}.json`);
		fs.writeFileSync(storeFile, '{"ok":true}');
		const { run } = await bundle(storeFile, undefined);
		expect(await run()).toEqual({ ok: true });
	});

	it('leaves chunked storage and a missing store to Astro, and says so only when a store exists', async () => {
		fs.writeFileSync(path.join(dir, 'data-store.json'), JSON.stringify(STORE));
		const told: boolean[] = [];
		const chunked = await bundle(path.join(dir, 'data-store.json'), 'chunked', (replaced) => told.push(replaced));
		expect(chunked.code).not.toContain('readFileSync');
		expect(told).toEqual([false]);
		// No store file yet: Astro's empty module, nothing to replace or to warn about.
		fs.rmSync(path.join(dir, 'data-store.json'));
		const empty = await bundle(path.join(dir, 'data-store.json'), undefined, (replaced) => told.push(replaced));
		expect(await empty.run()).toEqual(new Map());
		expect(told).toEqual([false]);
	});
});
