/**
 * Keeps `npm test -- --project unit` fast and the e2e project complete: a
 * test file that drives Chromium belongs to the e2e project, one that builds
 * a site or reads a shared build to build or e2e (a file that needs neither
 * may sit beside build tests it belongs with), and every test file to
 * exactly one project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.ts';
import { ROOT } from '../helpers/paths.ts';

interface Project { test: { name: string; include: string[]; exclude?: string[] } }
const projects = (config.test!.projects as Project[]).map(({ test }) => test);
const projectOf = (file: string) =>
	projects.filter((project) => project.include.some((glob) => path.matchesGlob(file, glob)) && !(project.exclude ?? []).some((glob) => path.matchesGlob(file, glob))).map((project) => project.name);

const testFiles = fs.readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
	// This file names what it looks for.
	.filter((file) => file.endsWith('.test.ts') && file !== path.join('architecture', 'test-projects.test.ts'))
	.map((file) => `test/${file.split(path.sep).join('/')}`)
	.sort();
const source = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
/** What starts a browser, a site build, or reads one of the run's shared builds. */
const DRIVES_BROWSER = /\b(launchChromium|openEditorSession)\b/;
const BUILDS = /\b(buildSite|buildSiteWithLog|testDist|testOrigin|fixtureDist|fixtureContent)\b|from '\.\.\/helpers\/site\.ts'/;

describe('test projects', () => {
	it('are unit, build and e2e', () => {
		expect(projects.map((project) => project.name)).toEqual(['unit', 'build', 'e2e']);
		expect(testFiles.length).toBeGreaterThan(100);
	});

	it.each(testFiles)('%s is in exactly one project, the one its needs ask for', (file) => {
		const text = source(file);
		const expected = DRIVES_BROWSER.test(text) ? ['e2e'] : BUILDS.test(text) ? ['build', 'e2e'] : ['unit', 'build', 'e2e'];
		const found = projectOf(file);
		expect(found).toHaveLength(1);
		expect(expected).toContain(found[0]);
	});
});
