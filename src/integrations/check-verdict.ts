/**
 * What the content check (run on a worker thread by content-check.ts) gave
 * this build, shared through globalThis: the content layer's loaders
 * (unchanged-entries.ts, loaded by Vite's module runner as another copy of
 * every module) wait for it before Astro reads a single file, so Astro's own
 * English schema errors never come before the check's Vietnamese report.
 * Nothing here imports the checker: the content config stays light.
 */
import type { Problem } from '../validation/problem.ts';
import type { ShareCard } from '../share-images/card.ts';
import type { Redirect } from '../share/redirect-table.ts';

/** The check's findings, and what the build takes from the content it read. */
export interface CheckVerdict {
	errors: Problem[];
	warnings: Problem[];
	/** Files parsed and checked this time; the others' results came from the cache. */
	checkedFiles: number;
	/** Paths the sitemap leaves out (old addresses, withdrawn documents): sitemap-filter.ts. */
	unlisted: string[];
	/** The cards document pages are going to register (predicted-cards.ts), for the share images to draw early. */
	predictedCards: ShareCard[];
	/** Short links and old addresses of the public documents (redirect-table.ts), written by redirects.ts. */
	redirects: Redirect[];
}

const KEY = Symbol.for('thi-dua-khen-thuong.check-verdict');
type Scope = Record<symbol, Promise<CheckVerdict> | undefined>;

/** Set by content-check.ts when it starts the check: settles once the verdict is handled (a build with errors never gets past it). */
export function setCheckVerdict(verdict: Promise<CheckVerdict> | undefined): void {
	(globalThis as unknown as Scope)[KEY] = verdict;
}

/** This build's verdict, or undefined outside a build or dev server that checks (a loader run on its own, `astro sync`). */
export function checkVerdict(): Promise<CheckVerdict> | undefined {
	return (globalThis as unknown as Scope)[KEY];
}
