import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { cacheDirFor } from '../../src/paths.ts';
import { composeFixtureContent, FIXTURE_NOW } from '../fixtures/shared-site/compose.ts';
import { REPOSITORY_URL } from '../fixtures/shared-site/history.ts';
import { runBuild, shared } from './run-build.ts';

/**
 * Composes the shared fixture content (test/fixtures/shared-site/) and builds
 * it once per run, for the tests whose content the sample must not carry.
 */
export default async function setup(project: TestProject) {
	const { value, release } = await shared(
		'fixture-site',
		async () => {
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-fixture-site-'));
			const content = path.join(dir, 'content');
			const dist = path.join(dir, 'dist');
			try {
				await composeFixtureContent(content);
				await runBuild({ CONTENT_DIR: content, OUT_DIR: dist, SITE_NOW: FIXTURE_NOW, REPOSITORY_URL });
			} catch (error) {
				// No teardown runs for a setup that failed: leave nothing behind.
				fs.rmSync(dir, { recursive: true, force: true });
				fs.rmSync(cacheDirFor(content), { recursive: true, force: true });
				throw error;
			}
			return { dir, content, dist };
		},
		async ({ dir, content }) => {
			fs.rmSync(dir, { recursive: true, force: true });
			fs.rmSync(cacheDirFor(content), { recursive: true, force: true });
		},
	);
	project.provide('fixtureContent', value.content);
	project.provide('fixtureDist', value.dist);
	return release;
}
