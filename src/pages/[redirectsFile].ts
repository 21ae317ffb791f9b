/**
 * The host redirect files, `/_redirects` (Netlify, Cloudflare Pages) and
 * `/_redirects.nginx.map` (nginx), from the same table as the redirect pages.
 * The operator's own rules live in `_redirects` at the repository's root and
 * are kept first: in public/ Astro would skip this route for that file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { site } from '../lib/content.ts';
import { NGINX_MAP_FILE, REDIRECTS_FILE, renderNginxMap, renderRedirectsFile } from '../share/host-redirects.ts';
import { redirectTable } from '../share/redirect-table.ts';

export function getStaticPaths() {
	if (fs.existsSync(path.join(process.cwd(), 'public', REDIRECTS_FILE))) {
		throw new Error(
			`Tệp public/${REDIRECTS_FILE} làm mất các chuyển hướng của liên kết ngắn (Astro bỏ qua tệp sinh ra khi public/ có tệp cùng tên).\n` +
				`Cách sửa: chuyển tệp đó ra thư mục gốc của kho (${REDIRECTS_FILE}); các quy tắc trong đó được giữ ở đầu dist/${REDIRECTS_FILE}.`,
		);
	}
	return [{ params: { redirectsFile: REDIRECTS_FILE } }, { params: { redirectsFile: NGINX_MAP_FILE } }];
}

export const GET: APIRoute = async ({ params }) => {
	const table = redirectTable((await site()).documents);
	if (params.redirectsFile === NGINX_MAP_FILE) return new Response(renderNginxMap(table));
	const own = path.join(process.cwd(), REDIRECTS_FILE);
	return new Response(renderRedirectsFile(table, fs.existsSync(own) ? fs.readFileSync(own, 'utf8') : ''));
};
