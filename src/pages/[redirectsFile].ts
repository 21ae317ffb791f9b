/**
 * The host redirect files, `/_redirects` (Netlify, Cloudflare Pages) and
 * `/_redirects.nginx.map` (nginx), from the same table as the redirect pages.
 * A `public/_redirects` of the operator's own is kept, its rules first.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { site } from '../lib/content.ts';
import { NGINX_MAP_FILE, REDIRECTS_FILE, renderNginxMap, renderRedirectsFile } from '../share/host-redirects.ts';
import { redirectTable } from '../share/redirect-table.ts';

export function getStaticPaths() {
	return [{ params: { redirectsFile: REDIRECTS_FILE } }, { params: { redirectsFile: NGINX_MAP_FILE } }];
}

export const GET: APIRoute = async ({ params }) => {
	const table = redirectTable((await site()).documents);
	if (params.redirectsFile === NGINX_MAP_FILE) return new Response(renderNginxMap(table));
	const own = path.join(process.cwd(), 'public', REDIRECTS_FILE);
	return new Response(renderRedirectsFile(table, fs.existsSync(own) ? fs.readFileSync(own, 'utf8') : ''));
};
