import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../helpers/csp.ts';
import { markdownToHtml } from 'satteri';
import { STYLE_ATTRIBUTE_HASHES } from '../../src/security/policy.ts';
import { inlineHashes, trimPagePolicy } from '../../src/security/page-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SCRIPT = 'document.documentElement.dataset.js = "1";';
const STYLE = '.x{color:red}';
const CHUNK = hash('export const chunk = 1;');
const CSS_FILE = hash('body{margin:0}');
const [LEFT, CENTER, RIGHT] = STYLE_ATTRIBUTE_HASHES.map((h) => `'${h}'`);
/** A policy as Astro writes it: every hash of the build, whatever the page holds. */
const ASTRO_POLICY = `default-src 'self';connect-src 'self';img-src 'self';object-src 'none';base-uri 'self'; script-src 'self' 'wasm-unsafe-eval' ${CHUNK} ${hash(SCRIPT)}; style-src 'self' ${CSS_FILE} ${hash(STYLE)}; style-src-attr 'unsafe-hashes' ${LEFT} ${CENTER} ${RIGHT};`;
const page = (head: string, body = '') => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${ASTRO_POLICY}">${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => parsePolicy(/http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!);

describe('trimPagePolicy', () => {
	it('drops every hash on a page with nothing inline, keeping every other source and directive', () => {
		const data = '<script type="application/ld+json">{"@type":"WebPage"}</script><script type="module" src="/_astro/a.js"></script>';
		const policy = policyOf(trimPagePolicy(page(data, '<p>Văn bản</p>')));
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'"]);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect([...policy.keys()]).toEqual([...parsePolicy(ASTRO_POLICY).keys()]);
	});

	it('keeps exactly the hashes of what the page has inline: its script, its style, its alignments', () => {
		// An award annex's table as the Markdown renderer writes it, its middle column centred.
		const table = markdownToHtml('| STT | Họ và tên |\n|:-:|:-:|\n| 1 | Nguyễn Văn A |\n', { features: { gfm: true } }).html;
		expect(table).toContain('style="text-align: center"');
		const body = `<script>${SCRIPT}</script>${table}`;
		const policy = policyOf(trimPagePolicy(page(`<style>${STYLE}</style>`, body)));
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", hash(SCRIPT)]);
		expect(policy.get('style-src')).toEqual(["'self'", hash(STYLE)]);
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", CENTER]);
	});

	it('never allows an inline element the full policy did not: an unknown script stays refused', () => {
		const injected = 'alert(document.cookie)';
		const policy = policyOf(trimPagePolicy(page('', `<script>${injected}</script><p style="color: red">x</p>`)));
		expect(policy.get('script-src')).not.toContain(hash(injected));
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'"]);
	});

	it('leaves a page without a policy (a redirect page) as it was, and is idempotent', () => {
		const redirect = '<!DOCTYPE html><meta http-equiv="refresh" content="0; url=/van-ban/a/"><title>Chuyển</title>';
		expect(trimPagePolicy(redirect)).toBe(redirect);
		const once = trimPagePolicy(page(`<style>${STYLE}</style>`));
		expect(trimPagePolicy(once)).toBe(once);
	});
});

describe('inlineHashes', () => {
	it('hashes style attributes as the browser reads them, entities decoded', () => {
		expect([...inlineHashes('<td style="font-family: &quot;A&quot;">')['style-src-attr']]).toEqual([hash('font-family: "A"')]);
	});

	it('counts executable scripts only: no data block, no script file', () => {
		const html = `<script type="application/ld+json">{}</script><script type="application/json">[]</script><script src="/a.js"></script><script type="module">${SCRIPT}</script>`;
		expect([...inlineHashes(html)['script-src']]).toEqual([hash(SCRIPT)]);
	});
});
