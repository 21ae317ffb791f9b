import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contactEmailProblems, isExampleHost, isProductionUrl } from '../../src/site-identity.ts';
import { ROOT } from '../helpers/paths.ts';

describe('which addresses are real', () => {
	it('tells a production address from a local, preview-by-example or reserved one', () => {
		for (const url of ['https://thiduakhenthuong.gov.vn', 'https://tdkt.ninhbinh.gov.vn', 'https://so-noi-vu.github.io']) expect(isProductionUrl(url), url).toBe(true);
		for (const url of ['https://thiduakhenthuong.example.vn', 'https://example.com', 'http://127.0.0.1:4321', 'http://localhost:4321', 'http://[::1]:4321', 'https://tdkt.test', 'https://a.example']) {
			expect(isProductionUrl(url), url).toBe(false);
		}
	});

	it('sees an example mail domain however it is dressed', () => {
		for (const host of ['example.com', 'EXAMPLE.ORG', 'thiduakhenthuong.example.vn', 'example.gov.vn', 'hop-thu.test', 'x.invalid']) expect(isExampleHost(host), host).toBe(true);
		for (const host of ['ninhbinh.gov.vn', 'examples.vn', 'gmail.com']) expect(isExampleHost(host), host).toBe(false);
	});
});

describe('the contact address of a build', () => {
	it('may not be an example mailbox on a production site: the message names the setting and says how to fix it, in Vietnamese', () => {
		const [problem, ...rest] = contactEmailProblems('https://thiduakhenthuong.gov.vn', 'lienhe@thiduakhenthuong.example.vn', true);
		expect(rest).toEqual([]);
		expect(problem!.where).toBe('biến môi trường SITE_CONTACT_EMAIL');
		expect(problem!.message).toContain('lienhe@thiduakhenthuong.example.vn');
		expect(problem!.message).toContain('Cách sửa:');
		expect(problem!.message).toBe(problem!.message.normalize('NFC'));
		const fromFile = contactEmailProblems('https://thiduakhenthuong.gov.vn', 'hopthu@example.com', false)[0]!;
		expect(fromFile.where).toMatch(/^src\/site\.config\.ts, dòng \d+, trường contactEmail/);
	});

	it('may be unset anywhere, an example on a demonstration build, and a real mailbox anywhere', () => {
		expect(contactEmailProblems('https://thiduakhenthuong.gov.vn', undefined, false)).toEqual([]);
		expect(contactEmailProblems('https://thiduakhenthuong.example.vn', 'lienhe@example.vn', false)).toEqual([]);
		expect(contactEmailProblems('https://thiduakhenthuong.gov.vn', 'tdkt@sonoivu.ninhbinh.gov.vn', true)).toEqual([]);
	});

	it('must be an address at all', () => {
		const [problem] = contactEmailProblems('https://thiduakhenthuong.example.vn', 'lienhe(at)sonoivu.gov.vn', true);
		expect(problem!.message).toContain('không phải một địa chỉ thư điện tử');
	});

	it('is unset in this repository, so the sample shows no invented mailbox', async () => {
		const { SITE } = await import('../../src/site.config.ts');
		expect(process.env.SITE_CONTACT_EMAIL ?? '').toBe('');
		expect(SITE.contactEmail).toBeUndefined();
		expect(fs.readFileSync(path.join(ROOT, 'src/site.config.ts'), 'utf8')).not.toMatch(/[\w.-]+@[\w.-]*example/);
	});

	it('stops a production build before any page is made when it is an example mailbox', () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-identity-'));
		try {
			const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
				cwd: ROOT,
				encoding: 'utf8',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://thiduakhenthuong.gov.vn', SITE_CONTACT_EMAIL: 'lienhe@example.gov.vn', OUT_DIR: path.join(out, 'dist'), ASTRO_CACHE_DIR: path.join(out, 'cache') },
			});
			expect(build.status).not.toBe(0);
			expect(build.stdout + build.stderr).toContain('Cài đặt trang có lỗi, không xây dựng trang.');
			expect(build.stdout + build.stderr).toContain('biến môi trường SITE_CONTACT_EMAIL');
			// Only the Vietnamese message: no English frame from Astro around it (src/stop-build.ts).
			expect(build.stdout + build.stderr).not.toMatch(/unhandled error|Hint:|Stack trace|Browser APIs/);
			expect(fs.existsSync(path.join(out, 'dist', 'index.html'))).toBe(false);
		} finally {
			fs.rmSync(out, { recursive: true, force: true });
		}
	});
});
