import { defineConfig } from 'vitest/config';

/**
 * Three projects; `npm test` runs them all, `npm test -- --project <name>` one:
 * - unit: no site build and no browser, for fast feedback;
 * - build: what builds write (the shared sample and fixture builds, and the
 *   few builds that are inherently several: incremental steps, the embargo's
 *   scheduled build, the editor's saved files, the synthetic relevance corpus);
 * - e2e: everything that drives Chromium.
 * The build and e2e projects share one sample build and one fixture build
 * per run (test/setup/run-build.ts).
 */
const E2E_TESTS = [
	'test/e2e/**/*.test.ts',
	'test/cms/editor-accessibility.test.ts',
	'test/cms/editor-e2e.test.ts',
	'test/cms/import-formats.test.ts',
	'test/share/browser.site.test.ts',
	'test/search/pipeline.test.ts',
	'test/images/published-images.test.ts',
	'test/markdown/mdx-components.e2e.test.ts',
	'test/publishing/history-attachments.test.ts',
];
const BUILD_TESTS = [
	'test/build/**/*.test.ts',
	'test/**/*.site.test.ts',
	'test/**/*.build.test.ts',
	'test/content/content-tree-build.test.ts',
	'test/markdown/mdx-components-build.test.ts',
	'test/publishing/embargo.test.ts',
	'test/publishing/guide.test.ts',
];
const SHARED_BUILDS = ['test/setup/site.ts', 'test/setup/fixture-site.ts'];

export default defineConfig({
	test: {
		testTimeout: 60_000,
		// A build in a beforeAll takes 1 to 3 minutes on a busy two-core machine; 15 minutes leaves room for a load of 15 to 20.
		hookTimeout: 900_000,
		// Browser tests each drive a Chromium; on two cores, running files one at a time is faster and steadier.
		fileParallelism: false,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...BUILD_TESTS, ...E2E_TESTS] } },
			{ extends: true, test: { name: 'build', include: BUILD_TESTS, exclude: E2E_TESTS, globalSetup: SHARED_BUILDS } },
			// A browser test loads a few pages in Chromium; at a load of 15 to 20 one page can take 10 s or more.
			{ extends: true, test: { name: 'e2e', include: E2E_TESTS, globalSetup: SHARED_BUILDS, testTimeout: 180_000 } },
		],
	},
});
