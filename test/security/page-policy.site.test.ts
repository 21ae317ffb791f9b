import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages, contentPages, loadPage } from '../helpers/site.ts';
import { parsePolicy } from '../helpers/csp.ts';

/**
 * Each page's policy names exactly the inline scripts, styles and style
 * attributes that page has (src/security/page-policy.ts): none missing,
 * which would break the page, and none of another page's. Read with
 * cheerio, independently of the trim's own regular expressions.
 */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

function inlineOf(sitePath: string) {
	const $ = loadPage(sitePath);
	const scripts = $('script:not([src])').toArray().filter((script) => EXECUTABLE.has($(script).attr('type') ?? '')).map((script) => sha256($(script).text()));
	const styles = $('style').toArray().map((style) => sha256($(style).text()));
	const attributes = $('[style]').toArray().map((el) => sha256($(el).attr('style')!));
	const policy = parsePolicy($('meta[http-equiv="content-security-policy"]').attr('content') ?? '');
	return { scripts, styles, attributes, policy };
}
const hashesIn = (policy: Map<string, string[]>, directive: string) => (policy.get(directive) ?? []).filter(isHash).sort();
const unique = (list: string[]) => [...new Set(list)].sort();

describe('each page\'s Content-Security-Policy <meta>', () => {
	const pages = contentPages();

	it('is checked on every page a reader stays on', () => {
		expect(pages.length).toBeGreaterThan(40);
		expect(builtPages().length).toBeGreaterThan(pages.length);
	});

	it.each(pages)('%s lists exactly the hashes of what it has inline', (sitePath) => {
		const { scripts, styles, attributes, policy } = inlineOf(sitePath);
		expect(policy.get('script-src'), sitePath).toEqual(expect.arrayContaining(["'self'"]));
		expect(hashesIn(policy, 'script-src')).toEqual(unique(scripts));
		expect(hashesIn(policy, 'style-src')).toEqual(unique(styles));
		expect(hashesIn(policy, 'style-src-attr')).toEqual(unique(attributes));
	});

	it('lists no hash at all on a document page, which has nothing inline (Astro listed every script and stylesheet of the build)', () => {
		const documents = pages.filter((page) => page.startsWith('/van-ban/') && loadPage(page)('article.document').length === 1);
		expect(documents.length).toBeGreaterThan(5);
		for (const page of documents) {
			const { policy } = inlineOf(page);
			expect([...policy.values()].flat().filter(isHash), page).toEqual([]);
		}
	});
});
