import path from 'node:path';
import { inject } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The build date the tests fix, so campaign status is reproducible: Cổ Lễ 2024 is ongoing. */
export const TEST_NOW = '2024-03-01';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the global setup built the sample site for this run. */
		testDist: string;
		/** Where it serves it. */
		testOrigin: string;
		/** The shared fixture's content folder (test/fixtures/shared-site/compose.ts). */
		fixtureContent: string;
		/** Where the global setup built it. */
		fixtureDist: string;
	}
}

/** Each run builds into its own folder, so parallel runs never delete each other's site. */
export const testDist = () => inject('testDist');
export const testOrigin = () => inject('testOrigin');
export const fixtureContent = () => inject('fixtureContent');
export const fixtureDist = () => inject('fixtureDist');
