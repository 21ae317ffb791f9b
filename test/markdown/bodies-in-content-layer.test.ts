import { afterEach, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodiesInContentLayer } from '../../src/markdown/bodies-in-content-layer.ts';
import { bodyFileOf, readRenderedBody, RENDERED_BODIES_DIR } from '../../src/markdown/rendered-bodies.ts';
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

const cacheDirs: string[] = [];
afterEach(() => {
	for (const dir of cacheDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function fakeContext(renderMarkdown: LoaderContext['renderMarkdown'], stored = new Map<string, Entry>(), cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bodies-'))) {
	cacheDirs.push(cacheDir);
	const context = {
		collection: 'documents',
		config: { root: pathToFileURL(`${ROOT}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
		generateDigest: (data: unknown) => (typeof data === 'string' ? `digest(${data})` : `digest(${JSON.stringify(data)})`),
		renderMarkdown,
		store: {
			set: (entry: Entry) => (stored.set(entry.id, entry), true),
			get: (id: string) => stored.get(id),
			values: () => [...stored.values()],
			delete: (id: string) => void stored.delete(id),
		},
	} as unknown as LoaderContext;
	const bodies = path.join(cacheDir, RENDERED_BODIES_DIR);
	/** The HTML a stored entry shows: from its body file, or from the store. */
	const htmlOf = (id: string) => {
		const entry = stored.get(id)!;
		const digest = bodyFileOf(entry);
		return digest === undefined ? entry.rendered?.html : readRenderedBody(bodies, digest, id);
	};
	return { context, stored, bodies, htmlOf };
}

describe('bodiesInContentLayer', () => {
	it('renders each body once, so Vite never compiles it, and keeps its HTML in a file named by its digest, not in the store', async () => {
		const { context, stored, bodies, htmlOf } = fakeContext(async (body) => ({ html: `<p>${body}</p>`, metadata: { imagePaths: [], headings: [] } }));
		await bodiesInContentLayer(mdxLikeLoader({ a: 'một', b: 'hai', c: 'một' })).load(context);
		expect(htmlOf('a')).toBe('<p>một</p>');
		expect(htmlOf('b')).toBe('<p>hai</p>');
		expect(stored.get('a')!.deferredRender).toBeUndefined();
		expect(stored.get('a')!.rendered).toEqual({ html: '', metadata: { imagePaths: [], headings: [], bodyFile: bodyFileOf(stored.get('a')!) } });
		// The same HTML is one file.
		expect(bodyFileOf(stored.get('c')!)).toBe(bodyFileOf(stored.get('a')!));
		expect(fs.readdirSync(bodies).sort()).toEqual([`${bodyFileOf(stored.get('a')!)}.html`, `${bodyFileOf(stored.get('b')!)}.html`].sort());
	});

	it('keeps a body with images in the store, where Astro resolves their placeholders', async () => {
		const { context, stored } = fakeContext(async () => ({ html: '<p><img __ASTRO_IMAGE_="{}"></p>', metadata: { imagePaths: ['./anh.jpg'] } }));
		await bodiesInContentLayer(mdxLikeLoader({ a: '![Ảnh](./anh.jpg)' })).load(context);
		expect(stored.get('a')!.rendered!.html).toBe('<p><img __ASTRO_IMAGE_="{}"></p>');
		expect(bodyFileOf(stored.get('a')!)).toBeUndefined();
		expect(stored.get('a')!.assetImports).toEqual(['./anh.jpg']);
	});

	it('renders again a body whose file is gone, and deletes the files no entry names', async () => {
		let renders = 0;
		const render: LoaderContext['renderMarkdown'] = async (body) => (renders++, { html: `<p>${body}</p>`, metadata: {} });
		const first = fakeContext(render);
		await bodiesInContentLayer(mdxLikeLoader({ a: 'một', b: 'hai' })).load(first.context);
		const digestA = bodyFileOf(first.stored.get('a')!)!;
		fs.rmSync(path.join(first.bodies, `${digestA}.html`));
		fs.writeFileSync(path.join(first.bodies, 'left-over.html'), '<p>cũ</p>');
		// A loader like Astro's glob loader: a stored entry of the same digest is kept as it is, anything else is set again.
		const keepingLoader: Loader = {
			name: 'fake-glob-keeping',
			async load({ store, generateDigest }) {
				for (const [id, body] of Object.entries({ a: 'một', b: 'hai đã sửa' })) {
					if (store.get(id)?.digest === generateDigest(body)) continue;
					store.set({ id, data: {}, body, filePath: `content/documents/${id}.mdx`, digest: generateDigest(body), deferredRender: true });
				}
			},
		};
		renders = 0;
		const second = fakeContext(render, first.stored, path.dirname(first.bodies));
		await bodiesInContentLayer(keepingLoader).load(second.context);
		expect(renders).toBe(2);
		expect(second.htmlOf('a')).toBe('<p>một</p>');
		expect(second.htmlOf('b')).toBe('<p>hai đã sửa</p>');
		expect(fs.readdirSync(second.bodies).sort()).toEqual([`${digestA}.html`, `${bodyFileOf(second.stored.get('b')!)}.html`].sort());
	});

	it('refuses a body file that is missing or was altered, naming the document', async () => {
		const { context, stored, bodies, htmlOf } = fakeContext(async (body) => ({ html: `<p>${body}</p>`, metadata: {} }));
		await bodiesInContentLayer(mdxLikeLoader({ a: 'một' })).load(context);
		const file = path.join(bodies, `${bodyFileOf(stored.get('a')!)}.html`);
		fs.writeFileSync(file, '<p>khác</p>');
		expect(() => htmlOf('a')).toThrow(/Văn bản a: phần thân đã dựng .* đã bị sửa\. Cách sửa: xoá thư mục bộ nhớ đệm/);
		fs.rmSync(file);
		expect(() => htmlOf('a')).toThrow(/Văn bản a: thiếu phần thân đã dựng/);
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
		const { context, stored, htmlOf } = fakeContext(async (body) => ({ html: `<p>${body}</p>`, metadata: {} }));
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
		expect(htmlOf('html')).toBe('<p><b>Điều 1.</b></p>');
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
