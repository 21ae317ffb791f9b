import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { parsePolicy } from '../helpers/csp.ts';
import { headerPolicy, nationalOrigins, pageDirectives } from '../../src/security/policy.ts';
import { renderHeadersFile } from '../../src/security/headers-file.ts';

/**
 * The national endpoint in the Content-Security-Policy: `connect-src`
 * allows exactly its origin when NATIONAL_SEARCH_URL is set, and nothing
 * more when it is not; a setting that is no web address stops the build
 * with a Vietnamese message. The browser side (the page's fetch allowed
 * under the built policy) is test/e2e/national-search.test.ts.
 */
const ENDPOINT = 'https://timkiem.example.gov.vn:8443/api/tim-kiem?nguon=tinh';
const KHANH_HOA = { name: 'UBND tỉnh Khánh Hòa', indexUrl: 'https://khanhhoa.example.vn/pagefind/', baseUrl: 'https://khanhhoa.example.vn/' };

/** astro.config.mjs's page directives, loaded in a fresh process with the given environment. */
function configDirectives(env: Record<string, string | undefined>) {
	const script = "const { default: config } = await import('./astro.config.mjs'); console.log(JSON.stringify(config.security.csp.directives));";
	const clean = { ...process.env };
	delete clean.NATIONAL_SEARCH_URL;
	delete clean.SEARCH_FEDERATION;
	return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8' });
}

describe('the national endpoint in the policy', () => {
	it('allows exactly the endpoint’s origin (scheme, host and port), beside the federated ones', () => {
		expect(nationalOrigins(ENDPOINT)).toEqual(['https://timkiem.example.gov.vn:8443']);
		const policy = parsePolicy(headerPolicy([KHANH_HOA], ENDPOINT));
		expect(policy.get('connect-src')).toEqual(["'self'", 'https://khanhhoa.example.vn', 'https://timkiem.example.gov.vn:8443']);
		for (const [name, sources] of policy) if (name !== 'connect-src') expect(sources.join(' '), name).not.toMatch(/timkiem/);
		expect(renderHeadersFile([], ENDPOINT)).toContain("connect-src 'self' https://timkiem.example.gov.vn:8443;");
	});

	it('adds nothing when unset', () => {
		expect(nationalOrigins(undefined)).toEqual([]);
		expect(parsePolicy(headerPolicy([])).get('connect-src')).toEqual(["'self'"]);
		expect(headerPolicy([], undefined)).toBe(headerPolicy([]));
	});

	it.each(['/api/tim-kiem', 'timkiem.example.gov.vn/api/tim-kiem', 'javascript:alert(1)', 'ftp://timkiem.example.gov.vn/'])('refuses "%s" with a Vietnamese message and the fix', (endpoint) => {
		expect(() => nationalOrigins(endpoint)).toThrow(/NATIONAL_SEARCH_URL .* không phải một địa chỉ web đầy đủ\. Cách sửa: .*https:\/\/timkiem\.example\.gov\.vn\/api\/tim-kiem/);
	});

	it('reaches the pages’ <meta> from NATIONAL_SEARCH_URL through astro.config.mjs, and only then', () => {
		const set = configDirectives({ NATIONAL_SEARCH_URL: ENDPOINT });
		expect(set.stderr).not.toMatch(/Error/);
		expect(JSON.parse(set.stdout.trim().split('\n').at(-1)!)).toEqual(pageDirectives([], ENDPOINT));
		const unset = configDirectives({});
		expect(JSON.parse(unset.stdout.trim().split('\n').at(-1)!)).toContain("connect-src 'self'");
		const bad = configDirectives({ NATIONAL_SEARCH_URL: '/api/tim-kiem' });
		expect(bad.status).not.toBe(0);
		expect(bad.stderr).toContain('Cách sửa');
	});
});
