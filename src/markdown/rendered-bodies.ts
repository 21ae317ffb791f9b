import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * Plain Markdown bodies rendered in the content layer are kept as files of
 * their own beside Astro's content store, named by the SHA-256 of their HTML,
 * and the store entry keeps only that name. Astro loads, rewrites and parses
 * the whole store on every build, and the prerender code reads it again: at
 * 10,000 documents the bodies were 23 of its 43 million characters, and
 * serialising the store took 2.0 s with them, 0.96 s without (devalue, the
 * bench's store). A body with images stays in the store: Astro's `render()`
 * resolves its image placeholders.
 */
export const RENDERED_BODIES_DIR = 'rendered-bodies';

/** What a store entry's `rendered.metadata` holds instead of the HTML. */
export const BODY_FILE_KEY = 'bodyFile';

export const renderedBodiesDir = (cacheDir: string) => path.join(cacheDir, RENDERED_BODIES_DIR);

/** The digest of the body file a stored entry names, if its body is kept in one. */
export function bodyFileOf(entry: { rendered?: { metadata?: Record<string, unknown> } }): string | undefined {
	const digest = entry.rendered?.metadata?.[BODY_FILE_KEY];
	return typeof digest === 'string' ? digest : undefined;
}

const bodyPath = (dir: string, digest: string) => path.join(dir, `${digest}.html`);

/** Writes in progress, by file. */
const writing = new Map<string, Promise<void>>();

/**
 * Writes `html` under its digest (unless a file of that name is there) and returns the digest.
 * Asynchronous, so the content layer goes on parsing while the disk works: written synchronously,
 * the 9,000 bodies of a 10,000-document build held its main thread 7.3 s (profiled warm build).
 */
export async function writeRenderedBody(dir: string, html: string): Promise<string> {
	const digest = createHash('sha256').update(html).digest('hex');
	const file = bodyPath(dir, digest);
	// Two documents with the same body share one file and one write.
	if (!writing.has(file) && !fs.existsSync(file)) writing.set(file, writeWhole(file, html).finally(() => writing.delete(file)));
	await writing.get(file);
	return digest;
}

/** Written whole under another name first: a build stopped halfway never leaves half a body under the digest. */
async function writeWhole(file: string, html: string): Promise<void> {
	await fsp.mkdir(path.dirname(file), { recursive: true });
	const partial = `${file}.${process.pid}.tmp`;
	await fsp.writeFile(partial, html);
	await fsp.rename(partial, file);
}

/** Whether the body kept under `digest` is there. */
export const hasRenderedBody = (dir: string, digest: string) => fs.existsSync(bodyPath(dir, digest));

/** The HTML kept under `digest`; a missing or altered file is an error naming the document, never an empty page. */
export function readRenderedBody(dir: string, digest: string, documentId: string): string {
	let html: string;
	try {
		html = fs.readFileSync(bodyPath(dir, digest), 'utf8');
	} catch {
		throw new Error(`Văn bản ${documentId}: thiếu phần thân đã dựng trong ${dir}. Cách sửa: xoá thư mục bộ nhớ đệm của Astro (${path.dirname(dir)}) rồi dựng lại.`);
	}
	if (createHash('sha256').update(html).digest('hex') !== digest) {
		throw new Error(`Văn bản ${documentId}: phần thân đã dựng trong ${dir} đã bị sửa. Cách sửa: xoá thư mục bộ nhớ đệm của Astro (${path.dirname(dir)}) rồi dựng lại.`);
	}
	return html;
}

/** Deletes every kept body no entry names any more (edited, removed or unpublished documents). */
export function pruneRenderedBodies(dir: string, live: ReadonlySet<string>): number {
	if (!fs.existsSync(dir)) return 0;
	let removed = 0;
	for (const name of fs.readdirSync(dir)) {
		if (live.has(name.replace(/\.html$/, '')) && name.endsWith('.html')) continue;
		fs.rmSync(path.join(dir, name), { force: true });
		removed++;
	}
	return removed;
}
