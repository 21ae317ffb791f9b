/**
 * The shared fixture's award decision using every allow-listed component,
 * and its news item with a photo (mdx-components-build.test.ts), in
 * Chromium with the site's headers: axe
 * finds no WCAG 2.2 AA violation, the Content-Security-Policy refuses
 * nothing, and the photo loads.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe, launchChromium } from '../helpers/browser.ts';
import { recordViolations } from '../helpers/csp.ts';
import { serveWithHeaders } from '../helpers/headers-server.ts';
import { fixtureDist } from '../helpers/paths.ts';
import { COMPONENTS_PAGE as DECISION_PAGE, PHOTO_NEWS_PAGE } from '../fixtures/shared-site/binh-lam.ts';

describe('in Chromium, with the site’s headers', () => {
	let browser: Browser;
	let server: { origin: string; close: () => Promise<void> };
	beforeAll(async () => {
		browser = await launchChromium();
		server = await serveWithHeaders(fixtureDist());
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const PAGES = [
		{ name: 'the decision using every component', path: DECISION_PAGE },
		{ name: 'the news item with a photo', path: PHOTO_NEWS_PAGE },
	];
	const VIEWPORTS = [{ width: 360, height: 800 }, { width: 1280, height: 900 }];
	it.each(PAGES.flatMap((target) => VIEWPORTS.map((viewport) => ({ ...target, viewport, width: viewport.width }))))('$name: axe finds no WCAG 2.2 AA violation, the policy refuses nothing and the photo loads at $width px', async ({ path: pagePath, viewport }) => {
		const context = await browser.newContext({ viewport });
		const violations = await recordViolations(context);
		const page = await context.newPage();
		try {
			await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load' });
			await injectAxe(page);
			const found = await page.evaluate(async () => {
				// @ts-expect-error axe is injected above
				const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
				return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(found).toEqual([]);
			const loaded = await page.evaluate(() => {
				const img = document.querySelector<HTMLImageElement>('.mdx-photo img')!;
				img.loading = 'eager';
				return img.decode().then(() => [img.naturalWidth > 0, img.currentSrc.split('.').at(-1)]);
			});
			expect(loaded).toEqual([true, 'avif']);
			expect(violations).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
