import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodiesInContentLayer } from '../../src/markdown/bodies-in-content-layer.ts';
import { ROOT } from '../helpers/paths.ts';
import { cacheKey } from '../../src/lib/cache-key.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A loader shaped like Astro's glob loader for MDX: digests the text and leaves rendering to Vite. */
const mdxLikeLoader = (files: Record<string, string>, data: Record<string, Record<string, unknown>> = {}): Loader => ({
	name: 'fake-glob',
	async load({ store, generateDigest }) {
		for (const [id, body] of Object.entries(files)) {
			store.set({ id, data: data[id] ?? {}, body, filePath: `content/documents/${id}.mdx`, digest: generateDigest(body), deferredRender: true });
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

	it('leaves a public body that uses an allow-listed component to Astro, parsed as MDX', async () => {
		const { context, stored } = fakeContext(async (body) => ({ html: `<p>${body}</p>`, metadata: {} }));
		const bodies = {
			note: 'Chữ.\n\n<Note title="Lưu ý">Ghi chú.</Note>',
			inline: 'Xem <DocumentCard id="a/2024/b" /> nhé.',
			html: '<b>Điều 1.</b>',
			unknown: '<Bieu>chữ</Bieu>',
			expression: 'Số {x}.',
			fenced: '```\n<Note>trong khối mã</Note>\n```',
			escaped: '\\<Note> là chữ.',
			broken: '<Note>chưa đóng',
			spacedLessThan: 'Tỷ lệ < 5% <Note>x</Note>',
			unspacedLessThan: 'Tỷ lệ 5<6 và <Note>x</Note>',
		};
		await bodiesInContentLayer(mdxLikeLoader(bodies)).load(context);
		const deferred = Object.keys(bodies).filter((id) => stored.get(id)!.deferredRender);
		// "< 5%" is text to MDX as well; "5<6" is not MDX, so that body is Markdown (and the check reports why).
		expect(deferred).toEqual(['note', 'inline', 'spacedLessThan']);
		expect(stored.get('note')!.rendered).toBeUndefined();
		expect(stored.get('note')!.body).toBe(bodies.note);
		// Everything else is rendered once as Markdown, where a tag shows as the text it is.
		expect(stored.get('html')!.rendered!.html).toBe('<p><b>Điều 1.</b></p>');
	});

	it('renders a draft or embargoed body with components as Markdown, and takes the file again next build', async () => {
		const { context, stored } = fakeContext(async () => ({ html: '', metadata: {} }));
		const body = '<Photo src="./anh.jpg" alt="Ảnh" />';
		const data = { draft: { draft: true }, later: { publishAt: '2999-01-01T08:00:00+07:00' }, earlier: { publishAt: '2001-01-01T08:00:00+07:00' } };
		await bodiesInContentLayer(mdxLikeLoader({ draft: body, later: body, earlier: body }, data)).load(context);
		expect(stored.get('draft')!.deferredRender).toBeUndefined();
		expect(stored.get('later')!.deferredRender).toBeUndefined();
		expect(stored.get('earlier')!.deferredRender).toBe(true);
		expect(stored.get('draft')!.digest).toMatch(/:not-yet-public$/);
		expect(stored.get('earlier')!.digest).not.toMatch(/not-yet-public/);
	});
});
