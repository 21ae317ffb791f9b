import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { ROOT, TEST_NOW } from '../helpers/paths.ts';
import { runBuild, shared } from './run-build.ts';
import { freePort } from '../../tools/lib/free-port.ts';

/**
 * Builds the sample content once per run with a fixed date, then serves it
 * with Astro's own preview server for the browser tests. The build and e2e
 * projects share the one build (./run-build.ts).
 */
export default async function setup(project: TestProject) {
	const { value, release } = await shared(
		'sample-site',
		async () => {
			const dist = path.join(ROOT, '.cache', `test-site-${process.pid}`);
			fs.rmSync(dist, { recursive: true, force: true });
			await runBuild({ OUT_DIR: dist, SITE_NOW: TEST_NOW, ASTRO_CACHE_DIR: path.join(ROOT, '.cache', 'astro-test-site') });
			const port = await freePort();
			const server = await preview({ root: ROOT, outDir: dist, server: { host: '127.0.0.1', port }, logLevel: 'error' });
			return { dist, origin: `http://127.0.0.1:${port}`, server };
		},
		async ({ dist, server }) => {
			await server.stop();
			fs.rmSync(dist, { recursive: true, force: true });
		},
	);
	project.provide('testDist', value.dist);
	project.provide('testOrigin', value.origin);
	return release;
}
