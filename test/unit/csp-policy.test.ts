import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { parsePolicy } from '../helpers/csp.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-server.ts';
import { markdownToHtml } from 'satteri';
import { EDITOR_POLICY, STYLE_ATTRIBUTE_HASHES, TABLE_ALIGN_STYLES, federatedOrigins, headerPolicy, pageDirectives } from '../../src/security/policy.ts';
import { editorHeaders, renderHeadersFile, renderNginxHeaders, siteHeaders } from '../../src/security/headers-file.ts';

const KHANH_HOA = { name: 'UBND tỉnh Khánh Hòa', indexUrl: 'https://khanhhoa.example.vn/pagefind/', baseUrl: 'https://khanhhoa.example.vn/' };
const HUE = { name: 'UBND thành phố Huế', indexUrl: 'https://hue.example.vn:8443/tim/pagefind/', baseUrl: 'https://hue.example.vn:8443/tim/' };

describe('the policy with search federation', () => {
	it('lets the search fetch each federated index from its origin, and nothing else from elsewhere', () => {
		expect(federatedOrigins([KHANH_HOA, HUE, { ...KHANH_HOA, name: 'again' }])).toEqual(['https://hue.example.vn:8443', 'https://khanhhoa.example.vn']);
		const policy = parsePolicy(headerPolicy([KHANH_HOA, HUE]));
		expect(policy.get('connect-src')).toEqual(["'self'", 'https://hue.example.vn:8443', 'https://khanhhoa.example.vn']);
		for (const [name, sources] of policy) if (name !== 'connect-src') expect(sources.join(' '), name).not.toMatch(/example\.vn/);
		expect(parsePolicy(headerPolicy([])).get('connect-src')).toEqual(["'self'"]);
	});

	it('reaches the pages\' <meta> from SEARCH_FEDERATION through astro.config.mjs', () => {
		const script = "const { default: config } = await import('./astro.config.mjs'); console.log(JSON.stringify(config.security.csp.directives));";
		const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
			cwd: ROOT,
			env: { ...process.env, SEARCH_FEDERATION: JSON.stringify([KHANH_HOA]) },
			encoding: 'utf8',
		});
		expect(run.stderr).not.toMatch(/Error/);
		expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual(pageDirectives([KHANH_HOA]));
		expect(pageDirectives([KHANH_HOA])).toContain("connect-src 'self' https://khanhhoa.example.vn");
	});
});

describe('the `_headers` file', () => {
	const rules = parseHeadersFile(renderHeadersFile([KHANH_HOA]));

	it('sends the site policy and every security header with every public path', () => {
		for (const sitePath of ['/', '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/', '/pagefind/pagefind-worker.js', '/quan-tri']) {
			expect(headersFor(rules, sitePath)).toEqual(Object.fromEntries(siteHeaders([KHANH_HOA]).map(([name, value]) => [name.toLowerCase(), value])));
		}
	});

	it('replaces, not adds to, the policy under /quan-tri/, so the editor is not held to the stricter one', () => {
		for (const sitePath of ['/quan-tri/', '/quan-tri/index.html', '/quan-tri/config.yml']) {
			expect(headersFor(rules, sitePath)['content-security-policy']).toBe(EDITOR_POLICY);
		}
		const editor = parsePolicy(EDITOR_POLICY);
		expect(editor.get('frame-ancestors')).toEqual(["'none'"]);
		expect(editor.get('object-src')).toEqual(["'none'"]);
		// Decap compiles code from strings, so the editor (and only the editor) allows eval; never a remote or inline script.
		expect(editor.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
	});
});

describe('the nginx example of docs/deploy.md', () => {
	const guide = fs.readFileSync(path.join(ROOT, 'docs', 'deploy.md'), 'utf8');

	it('has the same headers as the build, for the site and for the editor', () => {
		expect(guide).toContain(renderNginxHeaders(siteHeaders([])));
		expect(guide).toContain(renderNginxHeaders(editorHeaders()));
	});
});

describe('style attributes', () => {
	it('are allowed exactly for what the Markdown renderer writes for aligned table columns', () => {
		const { html } = markdownToHtml('| STT | Họ và tên | Số tiền |\n|:-:|:--|--:|\n| 1 | Nguyễn Văn A | 1.500.000 |\n', { features: { gfm: true } });
		const styles = new Set([...html.matchAll(/ style="([^"]*)"/g)].map((match) => match[1]));
		expect([...styles].sort()).toEqual([...TABLE_ALIGN_STYLES].sort());
		const attributeSources = parsePolicy(headerPolicy([])).get('style-src-attr');
		expect(attributeSources).toEqual(["'unsafe-hashes'", ...STYLE_ATTRIBUTE_HASHES.map((hash) => `'${hash}'`)]);
		expect(STYLE_ATTRIBUTE_HASHES).toContain('sha256-' + createHash('sha256').update('text-align: center').digest('base64'));
	});
});
