import type { APIRoute } from 'astro';
import { previewCss } from '../../admin/assets.ts';

/** The site's own stylesheets for the editor's preview pane, so a document looks there as it will on the site. */
export const GET: APIRoute = async () => new Response(await previewCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
