/**
 * The Content-Type and Cache-Control each file of `dist/` is stored with in
 * object storage, following the cache table of docs/deploy.md: files whose
 * names carry a hash of their content are kept for a year, everything that
 * can change at the same address (pages, feeds, attachments, Pagefind's
 * entry files) only five minutes, so corrections, withdrawals and lifted
 * embargoes show quickly even where a CDN purge is missing.
 */
import path from 'node:path';

/** Named by content: a new version is a new name, so the old one never has to be refetched. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Same address, changing content: docs/deploy.md "Bộ nhớ đệm". */
export const SHORT = 'public, max-age=300';
/** The press officers' editor: always the deployed version (nginx example in docs/deploy.md). */
export const NO_CACHE = 'no-cache';

/** Key prefixes whose files are named by their content (Astro's bundles, share images, Pagefind's chunks). */
const IMMUTABLE_PREFIXES = ['_astro/', 'og/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];
/** Pagefind's language metadata is named by its hash too: pagefind.vi_64f6f1af7a.pf_meta. */
const HASHED_PAGEFIND_META = /^pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8; header=present',
	'.yml': 'text/yaml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.tif': 'image/tiff',
	'.tiff': 'image/tiff',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.doc': 'application/msword',
	'.xls': 'application/vnd.ms-excel',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'.zip': 'application/zip',
	// Open data JSON is published compressed (docs/open-data.md): a download, never Content-Encoding, or browsers would unpack it under a .gz name.
	'.gz': 'application/gzip',
};

/** Pagefind's index files are compressed already and read with fetch(): opaque bytes, never recompressed (docs/deploy.md). */
const OCTET_STREAM = 'application/octet-stream';

export interface ObjectHeaders {
	contentType: string;
	cacheControl: string;
}

/** A Cache-Control the host's `_headers` file sets for a path pattern. */
export interface CacheRule {
	pattern: RegExp;
	cacheControl: string;
}

/**
 * The Cache-Control lines of a `_headers` file (Cloudflare Pages' syntax,
 * written by src/integrations/security-headers.ts): a host that reads that
 * file and the bucket then cache alike. The security headers in it cannot be
 * stored on objects; docs/deploy.md says where the CDN sets them.
 */
export function cacheRulesOf(headersFile: string): CacheRule[] {
	const rules: CacheRule[] = [];
	let pattern: RegExp | undefined;
	for (const line of headersFile.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*');
			pattern = new RegExp(`^${source}$`);
			continue;
		}
		const value = /^\s+cache-control:\s*(.+?)\s*$/i.exec(line)?.[1];
		if (pattern && value) rules.push({ pattern, cacheControl: value });
	}
	return rules;
}

/**
 * Headers for the file at `key` (a path inside dist/, "/"-separated, no
 * leading slash); the last `_headers` rule matching its address wins over
 * the table above.
 */
export function objectHeaders(key: string, rules: readonly CacheRule[] = []): ObjectHeaders {
	const contentType = CONTENT_TYPES[path.posix.extname(key).toLowerCase()] ?? OCTET_STREAM;
	const address = sitePathOf(key);
	const fromHeadersFile = rules.findLast((rule) => rule.pattern.test(address) || rule.pattern.test(`/${key}`));
	return { contentType, cacheControl: fromHeadersFile?.cacheControl ?? cacheControlOf(key) };
}

/** The address readers use for a file: "van-ban/x/index.html" is "/van-ban/x/", "index.html" is "/". */
export function sitePathOf(key: string): string {
	return `/${key}`.replace(/(^|\/)index\.html$/, '$1');
}

function cacheControlOf(key: string): string {
	if (key.startsWith('quan-tri/')) return NO_CACHE;
	if (IMMUTABLE_PREFIXES.some((prefix) => key.startsWith(prefix)) || HASHED_PAGEFIND_META.test(key)) return IMMUTABLE;
	return SHORT;
}

/** Whether a file at `key` may change while keeping its address: what a CDN must be told to forget. */
export function changesInPlace(key: string): boolean {
	return cacheControlOf(key) !== IMMUTABLE;
}
