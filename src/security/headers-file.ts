/**
 * The security headers in the two formats the deploy guide documents: a
 * static host's `_headers` file (Cloudflare Pages, Netlify), written into
 * the build by src/integrations/security-headers.ts, and nginx `add_header`
 * lines, shown in docs/deploy.md and checked against this module by a test.
 */
import type { FederatedIndex } from '../site.config.ts';
import { EDITOR_PATH, EDITOR_POLICY, SECURITY_HEADERS, headerPolicy } from './policy.ts';

type HeaderList = [name: string, value: string][];

/** Every header of a public page, the policy first. */
export function siteHeaders(indexes: readonly FederatedIndex[], nationalSearch?: string): HeaderList {
	return [['Content-Security-Policy', headerPolicy(indexes, nationalSearch)], ...Object.entries(SECURITY_HEADERS)];
}

/** The editor's headers: the same, with its own looser policy. */
export function editorHeaders(): HeaderList {
	return [['Content-Security-Policy', EDITOR_POLICY], ...Object.entries(SECURITY_HEADERS)];
}

/**
 * `_headers` for Cloudflare Pages and Netlify. A request matching several
 * rules gets the headers of all of them, so the editor's rule first detaches
 * (`! Name`, Cloudflare's syntax) the site-wide policy; otherwise both
 * policies would be enforced and the stricter one would break the editor.
 */
export function renderHeadersFile(indexes: readonly FederatedIndex[], nationalSearch?: string): string {
	const block = (path: string, lines: string[]) => [path, ...lines.map((line) => `  ${line}`)].join('\n');
	return [
		'# Written by the build from src/security/policy.ts; edit that file, not this one.',
		block('/*', siteHeaders(indexes, nationalSearch).map(([name, value]) => `${name}: ${value}`)),
		block(`${EDITOR_PATH}*`, ['! Content-Security-Policy', `Content-Security-Policy: ${EDITOR_POLICY}`]),
		'',
	].join('\n');
}

/**
 * nginx `add_header` lines, with `always` so error pages (the 404) carry
 * them too. nginx drops a server's add_header lines in any location that has
 * its own, so the guide includes these in every location.
 */
export function renderNginxHeaders(headers: HeaderList): string {
	return headers.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n') + '\n';
}
