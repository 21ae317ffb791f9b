import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { ROOT, TEST_NOW } from '../helpers/paths.ts';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/**
 * Builds the sample content once with a fixed date, then serves it with
 * Astro's own preview server for the browser tests.
 */
export default async function setup(project: TestProject) {
	const dist = path.join(ROOT, '.cache', `test-site-${process.pid}`);
	fs.rmSync(dist, { recursive: true, force: true });
	const env = { ...process.env, OUT_DIR: dist, SITE_NOW: TEST_NOW, ASTRO_CACHE_DIR: path.join(ROOT, '.cache', 'astro-test-site'), ASTRO_TELEMETRY_DISABLED: '1' };
	const build = spawnSync(process.execPath, [path.join(ROOT, 'src', 'build.ts')], { cwd: ROOT, env, encoding: 'utf8' });
	if (build.status !== 0) {
		throw new Error(`Building the sample site failed:\n${build.stdout}\n${build.stderr}`);
	}
	const port = await freePort();
	const server = await preview({ root: ROOT, outDir: dist, server: { host: '127.0.0.1', port }, logLevel: 'error' });
	project.provide('testDist', dist);
	project.provide('testOrigin', `http://127.0.0.1:${port}`);
	return async () => {
		await server.stop();
		fs.rmSync(dist, { recursive: true, force: true });
	};
}
