import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Debian's Chromium, with the flags this closed network needs; shared with the benchmark. */
export { launchBrowser as launchChromium } from '../../tools/bench/browser.ts';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe-core into the page as DevTools would: the site's policy refuses
 * an injected `<script>` (page.addScriptTag), as it should.
 */
export async function injectAxe(page: Page): Promise<void> {
	await page.evaluate(AXE_SOURCE);
}
