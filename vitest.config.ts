import { defineConfig } from 'vitest/config';

/**
 * Tests that read the shared sample build: build output, browser tests and `*.site.test.ts`.
 * Only this project pays for the build, so `vitest run --project unit` gives fast feedback.
 */
const SITE_TESTS = ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/**/*.site.test.ts'];

export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Browser tests each drive a Chromium; on two cores, running files one at a time is faster and steadier.
		fileParallelism: false,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SITE_TESTS } },
			// Builds the sample site once and serves it for the build and browser tests.
			{ extends: true, test: { name: 'site', include: SITE_TESTS, globalSetup: ['test/setup/site.ts'] } },
		],
	},
});
