import fs from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { previewCss } from '../../admin/assets.ts';
import { withHashedFontUrls } from '../../fonts/font-files.ts';

/**
 * The site's own stylesheets for the editor's preview pane, so a document looks there as it will on the
 * site: its web fonts (under their hashed names) and their fallback faces first, since global.css sets
 * `font-family: var(--font-sans)`, which font-fallback.css defines; without them the pane fell back to a serif.
 */
export const GET: APIRoute = async () => {
	const read = (name: string) => fs.readFile(path.join(process.cwd(), 'src', 'styles', name), 'utf8');
	const css = [withHashedFontUrls(await read('fonts.css')), await read('font-fallback.css'), await previewCss()].join('\n');
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
