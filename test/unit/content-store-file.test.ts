import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentStoreReader, STORE_MODULE_ID } from '../../src/integrations/content-store-file.ts';

/** The shape of Astro's store module in a build (astro/dist/content/vite-plugin-content-virtual-mod.js, `load`). */
function astroStoreModule(storeModuleCode: (json: string) => string, storeFile: string): Plugin {
	return {
		name: 'astro-like-store',
		enforce: 'pre',
		resolveId: (id) => (id === 'astro:data-layer-content' ? STORE_MODULE_ID : null),
		load: (id) => (id === STORE_MODULE_ID ? storeModuleCode(fs.existsSync(storeFile) ? fs.readFileSync(storeFile, 'utf8') : '') : null),
	};
}

let dir = '';
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-store-file-'));
	fs.writeFileSync(path.join(dir, 'entry.js'), "import store from 'astro:data-layer-content';\nexport default store;\n");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function bundle(storeModuleCode: (json: string) => string, storeFile: string, onStoreModule?: (replaced: boolean) => void) {
	const outDir = path.join(dir, 'out');
	await build({
		root: dir,
		configFile: false,
		logLevel: 'silent',
		plugins: [astroStoreModule(storeModuleCode, storeFile), contentStoreReader(storeFile, onStoreModule)],
		build: { ssr: path.join(dir, 'entry.js'), outDir, emptyOutDir: true, minify: false },
	});
	const [file] = fs.readdirSync(outDir).filter((name) => name.endsWith('.js') || name.endsWith('.mjs'));
	const code = fs.readFileSync(path.join(outDir, file!), 'utf8');
	const run = async () => ((await import(`${pathToFileURL(path.join(outDir, file!)).href}?${Date.now()}`)) as { default: unknown }).default;
	return { code, run };
}

const inlined = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

describe('the content store in the prerender bundle', () => {
	it('is read from its file when the bundle runs, not inlined as a string', async () => {
		const storeFile = path.join(dir, 'data-store.json');
		fs.writeFileSync(storeFile, JSON.stringify({ documents: [{ id: 'qd-12-khen-thuong', title: 'Quyết định khen thưởng "tập thể"' }] }));
		const told: boolean[] = [];
		const { code, run } = await bundle(inlined, storeFile, (replaced) => told.push(replaced));
		expect(told).toEqual([true]);
		expect(code).not.toContain('qd-12-khen-thuong');
		expect(code).toContain(JSON.stringify(storeFile));
		expect(await run()).toEqual({ documents: [{ id: 'qd-12-khen-thuong', title: 'Quyết định khen thưởng "tập thể"' }] });
		// What the bundle returns is what the file holds when it runs: the sync's store, not the one seen while bundling.
		fs.writeFileSync(storeFile, JSON.stringify({ documents: [] }));
		expect(await run()).toEqual({ documents: [] });
	});

	it('keeps a path with quotes and backslashes intact', async () => {
		const storeFile = path.join(dir, `kho "nội dung" \\ ${'$'}{x}.json`);
		fs.writeFileSync(storeFile, '{"ok":true}');
		const { run } = await bundle(inlined, storeFile);
		expect(await run()).toEqual({ ok: true });
	});

	it('leaves a store module of another shape as Astro wrote it, and says so only when it inlines a store', async () => {
		const storeFile = path.join(dir, 'data-store.json');
		fs.writeFileSync(storeFile, '{"chunked":1}');
		const told: boolean[] = [];
		const { code, run } = await bundle(() => 'export default { chunked: 2 }', storeFile, (replaced) => told.push(replaced));
		expect(code).not.toContain('readFileSync');
		expect(await run()).toEqual({ chunked: 2 });
		expect(told).toEqual([false]);
		// No store file yet: Astro's empty module, nothing to replace or to warn about.
		const empty = await bundle(() => 'export default new Map()', path.join(dir, 'missing.json'), (replaced) => told.push(replaced));
		expect(await empty.run()).toEqual(new Map());
		expect(told).toEqual([false]);
	});
});
