import type { BrowserContext } from 'playwright-core';

/** A policy as directive name → its sources, e.g. "script-src" → ["'self'", "'sha256-…'"]. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/**
 * The policy without its hashes, for comparing a page's `<meta>` with the
 * headers: each page lists only the hashes of what it has inline
 * (src/security/page-policy.ts), the header every alignment hash of
 * style-src-attr, so the two differ in hashes only.
 */
export function withoutBuildHashes(policy: Map<string, string[]>): Map<string, string[]> {
	const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
	return new Map([...policy].map(([name, sources]) => [name, ['script-src', 'style-src', 'style-src-attr'].includes(name) ? sources.filter((source) => !isHash(source)) : sources]));
}

/** Chromium's console lines about a refused resource, an ignored directive or a bad Permissions-Policy. */
const POLICY_CONSOLE = /Content Security Policy|Refused to|Permissions-Policy/i;

/**
 * Records every policy violation in the context's pages: the
 * `securitypolicyviolation` events of each document (kept across
 * navigations, redirects included) and Chromium's console lines, which also
 * cover the search worker and directives ignored in a `<meta>`.
 */
export async function recordViolations(context: BrowserContext): Promise<string[]> {
	const problems: string[] = [];
	await context.exposeBinding('reportPolicyViolation', (_source, text: string) => problems.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
			report(`${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) "${event.sample}"`);
		});
	});
	context.on('console', (message) => {
		if (POLICY_CONSOLE.test(message.text())) problems.push(`console ${message.type()} on ${message.page()?.url()}: ${message.text()}`);
	});
	return problems;
}
