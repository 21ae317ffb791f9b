import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Builds the sample site once and serves it for the build and browser tests.
		globalSetup: ['test/setup/site.ts'],
		include: ['test/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Browser tests each drive a Chromium; on two cores, running files one at a time is faster and steadier.
		fileParallelism: false,
	},
});
