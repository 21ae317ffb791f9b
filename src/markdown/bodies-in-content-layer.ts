import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cacheKey } from '../lib/cache-key.ts';
import { componentsUsed } from '../validation/body-syntax.ts';
import { isPublic, type Publishable } from '../lib/publication.ts';
import { now } from '../lib/dates.ts';
import { BODY_FILE_KEY, bodyFileOf, hasRenderedBody, pruneRenderedBodies, renderedBodiesDir, writeRenderedBody } from './rendered-bodies.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Wraps a file loader so each body is rendered to HTML when its file is
 * loaded, with the site's Markdown pipeline, and kept in Astro's content
 * store. Astro re-renders only files whose text (or the pipeline) changed.
 *
 * Left alone, Astro compiles every MDX body as a Vite module on every build:
 * a minute and most of the build's peak memory at 10,000 documents, even
 * when one sentence changed. Most bodies are plain Markdown, so only a body
 * that uses one of the allow-listed components (`<Note>`, `<Photo>`, …,
 * found by parsing it as MDX) is left to Astro's deferred render, which the
 * document page gives the components map (src/components/mdx/).
 * A plain body's HTML is kept in a file of its own (rendered-bodies.ts),
 * not in the store every build loads and writes whole.
 */
export function bodiesInContentLayer(loader: Loader): Loader {
	return {
		...loader,
		async load(context) {
			const pending = new Set<Promise<void>>();
			const failures: Error[] = [];
			// In `astro dev` the loader keeps watching files after load() returns; a failure then can only be logged.
			let loading = true;
			const at = now();
			const pipeline = pipelineTag(context);
			const bodies = renderedBodiesDir(fileURLToPath(context.config.cacheDir));
			// An entry whose body file is gone is taken as new, so the loader reads and renders its file again.
			for (const entry of context.store.values()) {
				const digest = bodyFileOf(entry);
				if (digest !== undefined && !hasRenderedBody(bodies, digest)) context.store.delete(entry.id);
			}
			const store = new Proxy(context.store, {
				get(target, property, receiver) {
					if (property !== 'set') return Reflect.get(target, property, receiver);
					return (entry: StoredEntry) => {
						if (entry.rendered || entry.body === undefined) return target.set(entry);
						const published = isPublic(entry.data as Publishable, at);
						if (published && componentsUsed(entry.body).size > 0) return target.set(entry);
						const job = renderEntry(context, entry, published, bodies)
							.then((rendered) => void target.set(rendered))
							.catch((error: Error) => (loading ? void failures.push(error) : context.logger.error(error.message)))
							.finally(() => pending.delete(job));
						pending.add(job);
						return true;
					};
				},
			});
			// The digest decides whether a stored body is reused: it must change with the pipeline too.
			const generateDigest: LoaderContext['generateDigest'] = (data) =>
				context.generateDigest(typeof data === 'string' ? data + pipeline : { data, pipeline });
			await loader.load({ ...context, store, generateDigest });
			while (pending.size > 0) await Promise.all(pending);
			loading = false;
			if (failures.length > 0) throw failures[0];
			pruneRenderedBodies(bodies, new Set(context.store.values().map(bodyFileOf).filter((digest) => digest !== undefined)));
		},
	};
}

/**
 * A body that is not public yet (draft, embargo) is rendered here as
 * Markdown, never shown, so Astro compiles no module for it and imports
 * none of its images: an imported image is copied to dist/_astro as it is,
 * EXIF and GPS included, unless a published page transforms it. Its stored
 * digest is marked so the next build takes the file again: it may be public
 * by then.
 */
async function renderEntry(context: LoaderContext, entry: StoredEntry, published: boolean, bodies: string): Promise<StoredEntry> {
	// The source text is not kept: nothing reads it once rendered, and it made Astro's store, which every build loads as one module, a third larger.
	const { deferredRender: _compiledByVite, body, ...rest } = entry;
	try {
		const fileURL = entry.filePath ? new URL(entry.filePath, context.config.root) : undefined;
		const rendered = await context.renderMarkdown(body ?? '', { fileURL });
		if (!published) return { ...rest, digest: `${String(entry.digest)}:not-yet-public`, rendered };
		const assetImports = rendered.metadata?.imagePaths;
		// Images: Astro's render() replaces their placeholders in the HTML, so that HTML stays in the store.
		if (assetImports?.length) return { ...rest, rendered, assetImports };
		const metadata = { ...rendered.metadata, [BODY_FILE_KEY]: await writeRenderedBody(bodies, rendered.html) };
		return { ...rest, rendered: { html: '', metadata } };
	} catch (error) {
		throw new Error(`${entry.filePath ?? entry.id}: không dựng được nội dung: ${(error as Error).message}`, { cause: error });
	}
}

/**
 * Files whose code decides a body's HTML: the plugins and what they import (read,
 * never listed by hand), the config that lists them, and this wrapper, so a change to any
 * of them renders every body afresh.
 */
const PLUGINS = fileURLToPath(new URL('./plugins.ts', import.meta.url));

let cachedTag: string | undefined;
/** The pipeline's code and the Markdown processor's versions, as a digest appended to each file's text. */
function pipelineTag(context: LoaderContext): string {
	if (cachedTag === undefined) {
		// The config, the plugins and this wrapper with every file they import, and the Markdown processor's versions.
		const key = cacheKey({
			code: [PLUGINS, import.meta.filename],
			files: [fileURLToPath(new URL('astro.config.mjs', context.config.root))],
			packages: ['satteri', '@astrojs/markdown-satteri'],
		});
		cachedTag = `\n<!-- ${key} -->`;
	}
	return cachedTag;
}
