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

/** axe-core's WCAG 2.2 AA and best-practice violations on the page, one line each: "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
	await injectAxe(page);
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}
