/**
 * The redirect table in the formats hosts read, so a short link answers with
 * a real 301 where the host allows (link previews and crawlers follow it
 * everywhere) and the static page remains for hosts that do not (GitHub
 * Pages, plain object storage):
 * - `_redirects`: Netlify and Cloudflare Pages (Cloudflare reads the first
 *   2,000 static rules: docs/deploy.md);
 * - an nginx `map` from the request path to the target, included by the
 *   server block in docs/deploy.md.
 */
import type { Redirect } from './redirect-table.ts';

/** Host-file names at the top of dist/; a leading "_" keeps them out of the bucket (tools/deploy/local-files.ts). */
export const REDIRECTS_FILE = '_redirects';
export const NGINX_MAP_FILE = '_redirects.nginx.map';

const GENERATED = '# Written by the build from the redirect table (src/share/redirect-table.ts); edit content, not this file.';

/**
 * `_redirects` lines, after the `existing` file's own (the first matching
 * rule wins, so a hand-written rule keeps priority), without repeating a
 * source the existing file already has.
 */
export function renderRedirectsFile(table: readonly Redirect[], existing = ''): string {
	const taken = new Set(existing.split('\n').map((line) => line.trim().split(/\s+/)[0]).filter((source) => source && !source.startsWith('#')));
	const lines = table.filter(({ from }) => !taken.has(from)).map(({ from, to }) => `${from} ${to} 301`);
	const head = existing.trim() === '' ? [] : [existing.trimEnd()];
	return [...head, GENERATED, ...lines, ''].join('\n');
}

/** Lines for an nginx `map $uri $tdkt_redirect { … }` block; paths are checked to hold only [a-z0-9/-]. */
export function renderNginxMap(table: readonly Redirect[]): string {
	return [GENERATED, ...table.map(({ from, to }) => `${from} ${to};`), ''].join('\n');
}
