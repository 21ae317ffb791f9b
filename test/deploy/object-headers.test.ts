import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRulesOf, IMMUTABLE, NO_CACHE, objectHeaders, SHORT, sitePathOf } from '../../tools/deploy/object-headers.ts';
import { purge, purgePaths } from '../../tools/deploy/purge.ts';
import { renderHeadersFile } from '../../src/security/headers-file.ts';

describe('headers each file is stored with', () => {
	it.each([
		['_astro/Base.CJk8mIkE.css', 'text/css; charset=utf-8', IMMUTABLE],
		['og/0dcd1cd9efe510c1.png', 'image/png', IMMUTABLE],
		['pagefind/index/vi_3f2a.pf_index', 'application/octet-stream', IMMUTABLE],
		['pagefind/filter/vi_9c1d.pf_filter', 'application/octet-stream', IMMUTABLE],
		['pagefind/pagefind.vi_64f6f1af7a.pf_meta', 'application/octet-stream', IMMUTABLE],
		['pagefind/wasm.unknown.pagefind', 'application/octet-stream', SHORT],
		['pagefind/pagefind.js', 'text/javascript; charset=utf-8', SHORT],
		['fonts/be-vietnam-pro-400.woff2', 'font/woff2', SHORT],
		['du-lieu/van-ban.csv', 'text/csv; charset=utf-8; header=present', SHORT],
		['van-ban/a/2024/b/ban-ky.PDF', 'application/pdf', SHORT],
		['quan-tri/config.yml', 'text/yaml; charset=utf-8', NO_CACHE],
		['404.html', 'text/html; charset=utf-8', SHORT],
	])('%s: %s, %s', (key, contentType, cacheControl) => {
		expect(objectHeaders(key)).toEqual({ contentType, cacheControl });
	});

	it('the build’s own _headers sets no Cache-Control, so the table above decides', () => {
		expect(cacheRulesOf(renderHeadersFile([]))).toEqual([]);
	});

	it('a Cache-Control in _headers wins for the paths it matches, the last matching rule first', () => {
		const rules = cacheRulesOf('# host rules\n/*\n  X-Frame-Options: DENY\n/van-ban/*\n  Cache-Control: public, max-age=60\n/rss.xml\n  cache-control: no-cache\n');
		expect(objectHeaders('van-ban/a/2024/b/index.html', rules).cacheControl).toBe('public, max-age=60');
		expect(objectHeaders('rss.xml', rules).cacheControl).toBe('no-cache');
		expect(objectHeaders('_astro/x.css', rules).cacheControl).toBe(IMMUTABLE);
	});

	it('names pages by the address readers use', () => {
		expect(sitePathOf('index.html')).toBe('/');
		expect(sitePathOf('van-ban/a/2024/b/index.html')).toBe('/van-ban/a/2024/b/');
		expect(sitePathOf('404.html')).toBe('/404.html');
	});
});

describe('CDN purge', () => {
	it('lists what changes in place, never files named by their content', () => {
		expect(purgePaths(['index.html', '_astro/x.css', 'og/1.png', 'rss.xml', 'van-ban/a/2024/b/ban-ky.pdf'], ['van-ban/c/2023/d/index.html', 'og/2.png'])).toEqual([
			'/',
			'/rss.xml',
			'/van-ban/a/2024/b/ban-ky.pdf',
			'/van-ban/c/2023/d/',
		]);
	});

	it('runs DEPLOY_PURGE_COMMAND with the list on standard input and its file in DEPLOY_PURGE_FILE; a failing command is an error with Cách sửa', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-'));
		try {
			const list = path.join(dir, 'purge-urls.txt');
			const received = path.join(dir, 'received.txt');
			await purge(['/', '/van-ban/a/'], 'https://x.vn', list, { command: `cat > '${received}' && echo "$DEPLOY_PURGE_FILE" >> '${received}'` });
			expect(fs.readFileSync(received, 'utf8')).toBe(`https://x.vn/\nhttps://x.vn/van-ban/a/\n${list}\n`);
			await expect(purge(['/'], 'https://x.vn', list, { command: 'exit 3' })).rejects.toThrow(/kết thúc với mã 3\.\nCách sửa: /);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
