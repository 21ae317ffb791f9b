import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, isRedirectPage, loadPage } from '../helpers/site.ts';
import { testDist } from '../helpers/paths.ts';
import { parsePolicy, withoutBuildHashes } from '../helpers/csp.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-server.ts';

/**
 * The policy each built page carries in its `<meta>`: present everywhere,
 * strict, covering whatever the page has inline, and the same as the one the
 * build writes into `_headers` for static hosts (less frame-ancestors).
 */
const PAGES = builtPages();
/** Redirect pages (short links, old addresses) load and run nothing, so they carry no policy of their own (src/share/redirect-page.ts). */
const POLICY_PAGES = PAGES.filter((page) => !isRedirectPage(page));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Script types a browser runs; JSON-LD and other data blocks are not scripts to CSP. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function pagePolicy(sitePath: string) {
	const $ = loadPage(sitePath);
	const metas = $('meta').filter((_, meta) => $(meta).attr('http-equiv')?.toLowerCase() === 'content-security-policy');
	return { $, metas, policy: parsePolicy(metas.attr('content') ?? '') };
}

describe('the Content-Security-Policy <meta> of every built page', () => {
	it('is checked on every page of the sample build, not a handful', () => {
		expect(PAGES.length).toBeGreaterThan(40);
		expect(PAGES).toContain('/404.html');
	});

	it('leaves out only redirect pages, which load and run nothing a policy would govern', () => {
		const redirects = PAGES.filter(isRedirectPage);
		expect(redirects.length).toBeGreaterThan(10);
		for (const sitePath of redirects) {
			const $ = loadPage(sitePath);
			expect($('script, style, img, iframe, object, embed, form, svg, [style], link:not([rel="canonical"])').length, sitePath).toBe(0);
		}
	});

	it.each(POLICY_PAGES)('%s has one policy in <head> with the required directives', (sitePath) => {
		const { $, metas, policy } = pagePolicy(sitePath);
		expect(metas.length).toBe(1);
		expect(metas.parent().is('head')).toBe(true);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
		expect(policy.get('style-src')).toContain("'self'");
		expect(policy.get('style-src')).not.toContain("'unsafe-hashes'");
		expect(policy.get('style-src-attr')?.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'unsafe-hashes'"]);
		for (const directive of ['script-src', 'style-src', 'style-src-attr', 'default-src', 'connect-src', 'img-src']) {
			for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
				expect(policy.get(directive) ?? [], `${directive} allows ${loose}`).not.toContain(loose);
			}
		}
		// Ignored (with a console warning) when delivered by <meta>: they belong in the headers.
		for (const headerOnly of ['frame-ancestors', 'report-uri', 'sandbox']) expect(policy.has(headerOnly)).toBe(false);
		// A policy applies only to what follows it: nothing runs before it.
		const before = $('head').children().toArray().slice(0, $('head').children().index(metas));
		expect(before.filter((el) => el.tagName === 'script' && EXECUTABLE.has($(el).attr('type') ?? '')).length).toBe(0);
	});

	it.each(PAGES)('%s has nothing inline the policy does not name by its hash', (sitePath) => {
		const { $, policy } = pagePolicy(sitePath);
		const scriptSources = policy.get('script-src') ?? [];
		const styleSources = policy.get('style-src') ?? [];
		$('script:not([src])').each((_, script) => {
			if (!EXECUTABLE.has($(script).attr('type') ?? '')) return;
			expect(scriptSources, `inline script on ${sitePath}`).toContain(sha256($(script).text()));
		});
		$('style').each((_, style) => expect(styleSources, `inline style on ${sitePath}`).toContain(sha256($(style).text())));
		const elements = $('*').toArray().flatMap((el) => ('attribs' in el ? [el] : []));
		const handlers = elements.flatMap((el) => Object.keys(el.attribs).filter((name) => name.startsWith('on')).map((name) => `<${el.tagName} ${name}>`));
		expect(handlers).toEqual([]);
		// Style attributes only by hash ('unsafe-hashes'): a table column's alignment.
		const attributeSources = policy.get('style-src-attr') ?? [];
		for (const el of elements) {
			if (el.attribs.style !== undefined) expect(attributeSources, `style="${el.attribs.style}" on ${sitePath}`).toContain(sha256(el.attribs.style));
		}
		expect($('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]').length).toBe(0);
	});

	it('matches the `_headers` policy directive for directive, except what only a header can carry', () => {
		const rules = parseHeadersFile(fs.readFileSync(path.join(testDist(), '_headers'), 'utf8'));
		const header = parsePolicy(headersFor(rules, '/van-ban/')['content-security-policy'] ?? '');
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		header.delete('frame-ancestors');
		for (const sitePath of POLICY_PAGES) {
			expect(withoutBuildHashes(pagePolicy(sitePath).policy), sitePath).toEqual(withoutBuildHashes(header));
		}
	});
});
