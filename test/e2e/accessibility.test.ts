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

describe('axe-core finds no WCAG 2.2 AA violation', () => {
	for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
		it(`on all ${pages.length} pages at ${viewport.width}px`, async () => {
			const page = await browser.newPage({ viewport });
			const failures: string[] = [];
			for (const path of pages) {
				await page.goto(`${TEST_ORIGIN}${path.replace(/\.html$/, '')}`);
				await injectAxe(page);
				const violations = await page.evaluate(async () => {
					// @ts-expect-error axe is injected above
					const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
					return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				});
				failures.push(...violations.map((v: string) => `${path} ${v}`));
			}
			await page.close();
			expect(failures).toEqual([]);
		});
	}
});
