import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodiesInContentLayer } from '../../src/markdown/bodies-in-content-layer.ts';
import { ROOT } from '../helpers/paths.ts';
import { cacheKey } from '../../src/lib/cache-key.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A loader shaped like Astro's glob loader for MDX: digests the text and leaves rendering to Vite. */
const mdxLikeLoader = (files: Record<string, string>): Loader => ({
	name: 'fake-glob',
	async load({ store, generateDigest }) {
		for (const [id, body] of Object.entries(files)) {
			store.set({ id, data: {}, body, filePath: `content/documents/${id}.mdx`, digest: generateDigest(body), deferredRender: true });
		}
	},
});

function fakeContext(renderMarkdown: LoaderContext['renderMarkdown']) {
	const stored = new Map<string, Entry>();
	const context = {
		collection: 'documents',
		config: { root: pathToFileURL(`${ROOT}/`) },
		generateDigest: (data: unknown) => (typeof data === 'string' ? `digest(${data})` : `digest(${JSON.stringify(data)})`),
		renderMarkdown,
		store: { set: (entry: Entry) => (stored.set(entry.id, entry), true), get: (id: string) => stored.get(id) },
	} as unknown as LoaderContext;
	return { context, stored };
}

describe('bodiesInContentLayer', () => {
	it('stores each body rendered, so Vite never compiles it', async () => {
		const { context, stored } = fakeContext(async (body) => ({ html: `<p>${body}</p>`, metadata: { imagePaths: [] } }));
		await bodiesInContentLayer(mdxLikeLoader({ a: 'một', b: 'hai' })).load(context);
		expect(stored.get('a')!.rendered!.html).toBe('<p>một</p>');
		expect(stored.get('b')!.rendered!.html).toBe('<p>hai</p>');
		expect(stored.get('a')!.deferredRender).toBeUndefined();
	});

	it('gives each body a digest that also depends on the rendering pipeline', async () => {
		const { context, stored } = fakeContext(async () => ({ html: '', metadata: {} }));
		await bodiesInContentLayer(mdxLikeLoader({ a: 'một' })).load(context);
		const digest = stored.get('a')!.digest!;
		expect(digest).not.toBe('digest(một)');
		// One cache key (src/lib/cache-key.ts): the plugins and this wrapper with all they import, the config, the processor's versions.
		const pipeline = cacheKey({
			code: [path.join(ROOT, 'src/markdown/plugins.ts'), path.join(ROOT, 'src/markdown/bodies-in-content-layer.ts')],
			files: [path.join(ROOT, 'astro.config.mjs')],
			packages: ['satteri', '@astrojs/markdown-satteri'],
		});
		expect(digest).toBe(`digest(một\n<!-- ${pipeline} -->)`);
	});

	it('fails the load with the file when a body cannot be rendered', async () => {
		const { context } = fakeContext(async () => {
			throw new Error('boom');
		});
		await expect(bodiesInContentLayer(mdxLikeLoader({ a: 'một' })).load(context)).rejects.toThrow('content/documents/a.mdx: không dựng được nội dung: boom');
	});
});
