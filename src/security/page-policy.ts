/**
 * Trims the Content-Security-Policy `<meta>` Astro writes into a page to the
 * hashes that page needs. Astro lists in every page the hash of every script
 * and stylesheet the build emitted anywhere (astro/dist/core/csp/common.js,
 * `trackScriptHashes`: every client chunk, though all of them are loaded as
 * same-origin files that `'self'` already allows): 0.93 KB a page, 9 MB at
 * 10,000 documents. A hash is kept only when the page has an inline
 * element it allows, and only hashes Astro (or the configured policy) put
 * there are ever kept: the trim never allows anything the full policy did
 * not, so a script that somehow reached a page's markup stays refused.
 * Run on each rendered page by src/middleware.ts.
 */
import { createHash } from 'node:crypto';

/** Executable script types; a JSON-LD or other data block is not a script to CSP. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** Content is escaped on every page, so ` style="` only ever starts an attribute. */
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
const HASH_SOURCE = /^'sha(256|384|512)-/i;

const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** HTML attribute escapes Astro writes inside a double-quoted value; the browser hashes the unescaped value. */
function unescapeAttribute(value: string): string {
	return value.replace(/&(quot|#34|amp|#38|lt|gt|#39);/g, (entity) => ({ '&quot;': '"', '&#34;': '"', '&amp;': '&', '&#38;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'" })[entity]!);
}

/** The hash sources each hashed directive of this page needs, from what the page holds inline. */
export function inlineHashes(html: string): Record<'script-src' | 'style-src' | 'style-src-attr', Set<string>> {
	const scripts = new Set<string>();
	for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
		if (/\ssrc=/i.test(attributes!)) continue;
		const type = /\stype="([^"]*)"/i.exec(attributes!)?.[1]?.toLowerCase() ?? '';
		if (EXECUTABLE_TYPES.has(type)) scripts.add(sha256Source(body!));
	}
	const styles = new Set([...html.matchAll(INLINE_STYLE)].map(([, body]) => sha256Source(body!)));
	const attributes = new Set([...html.matchAll(STYLE_ATTRIBUTE)].map(([, value]) => sha256Source(unescapeAttribute(value!))));
	return { 'script-src': scripts, 'style-src': styles, 'style-src-attr': attributes };
}

/**
 * `html` with its policy `<meta>` keeping, in script-src, style-src and
 * style-src-attr, only the hashes of inline elements the page has; every
 * other source and directive as it was. A page without the `<meta>` (a
 * redirect page) is returned unchanged.
 */
export function trimPagePolicy(html: string): string {
	const meta = POLICY_META.exec(html);
	if (!meta) return html;
	const needed: Record<string, Set<string>> = inlineHashes(html);
	const directives = meta[1]!
		.split(';')
		.map((directive) => directive.trim().split(/\s+/).filter(Boolean))
		.filter((parts) => parts.length > 0)
		.map(([name, ...sources]) => {
			const keep = needed[name!.toLowerCase()];
			return [name, ...(keep ? sources.filter((source) => !HASH_SOURCE.test(source) || keep.has(source)) : sources)].join(' ');
		});
	return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${directives.join(';')}">`);
}
