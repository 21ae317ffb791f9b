import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium, injectAxe } from '../helpers/browser.ts';
import { builtPages, pageFile } from '../helpers/site.ts';
import { testOrigin } from '../helpers/paths.ts';

const TEST_ORIGIN = testOrigin();

// Redirect pages leave at once; test/share/browser.site.test.ts runs axe on them with the refresh cancelled.
const pages = builtPages().filter((path) => !fs.readFileSync(pageFile(path), 'utf8').includes('http-equiv="refresh"'));
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

// One test per page and width: each has its own timeout, so a loaded machine slows the run but fails none of it.
describe.each([{ width: 360, height: 800 }, { width: 1280, height: 900 }])('axe-core finds no WCAG 2.2 AA violation at $width px', (viewport) => {
	it.each(pages)('%s', async (path) => {
		const page = await browser.newPage({ viewport });
		try {
			await page.goto(`${TEST_ORIGIN}${path.replace(/\.html$/, '')}`);
			await injectAxe(page);
			const violations = await page.evaluate(async () => {
				// @ts-expect-error axe is injected above
				const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
				return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

it('axe runs on every built page that is not a redirect', () => {
	expect(pages.length).toBeGreaterThan(30);
});
