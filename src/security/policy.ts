/**
 * The site's Content-Security-Policy and companion security headers, in one
 * place: astro.config.mjs builds the `<meta>` policy of every page from it,
 * the build writes `dist/_headers` from it, and the nginx example in
 * docs/deploy.md is checked against it. Depends on nothing of the site but
 * the federation type, so the config can import it. The search origins
 * (federated indexes, the national endpoint) are passed in by the config.
 */
import { createHash } from 'node:crypto';
import type { FederatedIndex } from '../site.config.ts';

/** A directive with its sources, as Astro's `security.csp.directives` types it. */
type Directive = `${'default-src' | 'connect-src' | 'img-src' | 'font-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/** Sources of every script: same-origin files, plus compiling Pagefind's WebAssembly (no eval of JS). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/** Sources of every stylesheet: same-origin files only; Astro adds a hash for any inline `<style>`. */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The only style attributes pages may carry: the Markdown renderer writes a
 * table column's alignment (`| :-: |`, common in award annexes) as
 * `style="text-align: center"` on each cell. 'unsafe-hashes' with these
 * three hashes allows exactly these values and no other style attribute.
 */
export const TABLE_ALIGN_STYLES = ['text-align: left', 'text-align: center', 'text-align: right'] as const;
export const STYLE_ATTRIBUTE_HASHES = TABLE_ALIGN_STYLES.map((style) => `sha256-${createHash('sha256').update(style).digest('base64')}` as const);
/** `style-src-attr`, as Astro writes it from the same sources. */
export const STYLE_ATTRIBUTE_DIRECTIVE = ['style-src-attr', "'unsafe-hashes'", ...STYLE_ATTRIBUTE_HASHES.map((hash) => `'${hash}'`)].join(' ');

/**
 * Origins of the federated search indexes, which the search page (and
 * Pagefind's worker) fetch: `https://khanhhoa.example.vn/pagefind/` gives
 * `https://khanhhoa.example.vn`.
 */
export function federatedOrigins(indexes: readonly FederatedIndex[]): string[] {
	return [...new Set(indexes.map((index) => new URL(index.indexUrl).origin))].sort();
}

/**
 * The origin of the national search endpoint the search page asks first
 * (SITE.nationalSearch, docs/national.md), or none when it is unset. The
 * setting must be a full web address: a bad one stops the build here rather
 * than leaving the search page unable to reach it.
 */
export function nationalOrigins(endpoint: string | undefined): string[] {
	if (endpoint === undefined) return [];
	const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
	if (!url || !['https:', 'http:'].includes(url.protocol)) {
		throw new Error(
			`NATIONAL_SEARCH_URL “${endpoint}” không phải một địa chỉ web đầy đủ. Cách sửa: ghi cả giao thức và tên miền, ví dụ NATIONAL_SEARCH_URL=https://timkiem.example.gov.vn/api/tim-kiem, hoặc bỏ trống để trang chỉ dùng bộ tìm kiếm của mình.`,
		);
	}
	return [url.origin];
}

/** Every origin the search page fetches from besides its own: the federated indexes, then the national endpoint. */
export function searchOrigins(indexes: readonly FederatedIndex[], nationalSearch?: string): string[] {
	return [...new Set([...federatedOrigins(indexes), ...nationalOrigins(nationalSearch)])];
}

/**
 * Directives other than script-src and style-src (Astro writes those two
 * with its hashes). Every one of them is valid in a `<meta>` policy.
 */
export function pageDirectives(indexes: readonly FederatedIndex[], nationalSearch?: string): Directive[] {
	return [
		"default-src 'self'",
		// Pagefind fetches its index, fragments and wasm; federation adds the other sites' /pagefind/, the national tier its endpoint.
		`connect-src ${["'self'", ...searchOrigins(indexes, nationalSearch)].join(' ')}`,
		"img-src 'self'",
		"font-src 'self'",
		// Pagefind runs its search in a same-origin worker (/pagefind/pagefind-worker.js).
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
}

/** Directives a browser ignores (with a console warning) in a `<meta>` policy: headers only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The full policy sent as a header for every page of the public site: the
 * `<meta>` policy without per-page hashes (the build inlines no stylesheet,
 * so none are needed) plus frame-ancestors. Browsers enforce both, so the
 * header never has to be looser than the `<meta>`.
 */
export function headerPolicy(indexes: readonly FederatedIndex[], nationalSearch?: string): string {
	return [
		...pageDirectives(indexes, nationalSearch),
		`script-src ${SCRIPT_SOURCES.join(' ')}`,
		`style-src ${STYLE_SOURCES.join(' ')}`,
		STYLE_ATTRIBUTE_DIRECTIVE,
		...HEADER_ONLY_DIRECTIVES,
	].join('; ');
}

/**
 * The content editor under /quan-tri/ (a single-page app committing to the
 * Git host) needs what the public site refuses: inline styles it injects at
 * run time, images and previews from blob:/data: URLs, and the Git host's
 * API. Still no inline or remote script, no plugins, no framing.
 */
export const EDITOR_PATH = '/quan-tri/';
export const EDITOR_POLICY = [
	"default-src 'self'",
	// Decap CMS's bundle compiles code from strings at start-up: under script-src 'self' alone it stops with
	// "Evaluating a string as JavaScript violates … script-src" (seen in Chromium). Only this page gets it.
	"script-src 'self' 'unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' blob: data: https://*.githubusercontent.com",
	"media-src 'self' blob:",
	"frame-src 'self' blob:",
	"connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
	"font-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join('; ');

/** Security headers sent with every response, beside the policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// Two years, the preload list's minimum; `preload` is left to the operator, as it is hard to undo.
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	// Other sites learn only that a reader came from this site, never which document.
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// Powerful features the site never uses. Clipboard and Web Share stay allowed: the share tools use them.
	// Only features Chromium knows: an unknown one is a console error on every page ("bluetooth" was).
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()',
	// For browsers without frame-ancestors.
	'X-Frame-Options': 'DENY',
};
