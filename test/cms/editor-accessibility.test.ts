/**
 * The editor passes axe-core (WCAG 2.2 AA and best practice, as the site's
 * pages do) on the login, list and form screens and the import page, and fits a 360 px phone
 * without scrolling sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { type EditorSession, logIn, openEditorSession } from './editor-session.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let session: EditorSession;

beforeAll(async () => {
	session = await openEditorSession();
});
afterAll(async () => {
	await session?.close();
});

async function violations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

/**
 * The list screen fills in after login (entries arrive, placeholders fade
 * out): axe once read a fading element's mid-transition colours as a
 * contrast failure (fresh-clone CI, 1280 px). Read the settled screen:
 * no request in flight, no finite animation or transition running.
 */
async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity));
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the editor is accessible', { timeout: 600_000 }, () => {
	for (const width of [360, 1280]) {
		it(`has no axe violation and no sideways scrolling at ${width}px`, async () => {
			const page = await session.newPage(width);
			const found: Record<string, string[]> = {};
			await page.goto(session.editor.url, { waitUntil: 'domcontentloaded' });
			await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
			found.login = await violations(page);
			await logIn(page, session.editor);
			await settled(page);
			found.list = await violations(page);
			expect(await overflow(page)).toBe(0);
			await page.goto(`${session.editor.url}#/collections/quyet-dinh-khen-thuong/new`, { waitUntil: 'domcontentloaded' });
			await page.getByText('Ngày ban hành').first().waitFor();
			await page.getByRole('button', { name: /Add danh sách khen thưởng/ }).click();
			await page.getByText('Tên người hoặc tập thể').first().waitFor();
			found.form = await violations(page);
			expect(await overflow(page)).toBe(0);
			await page.goto(`${session.editor.url}nhap.html`);
			found.import = await violations(page);
			expect(await overflow(page)).toBe(0);
			if (width === 360) await page.screenshot({ path: 'docs/anh/trinh-bien-tap/05-dien-thoai.png' });
			await page.close();
			expect(found).toEqual({ login: [], list: [], form: [], import: [] });
		});
	}
});
