/**
 * A local editor on a temporary git repository holding a copy of the sample
 * content (never the real content/ folder), with a Chromium page, for the
 * editor's browser tests.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { type LocalEditor, startLocalEditor } from '../../tools/publishing/editor/local-editor.ts';

export const git = (repo: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Biên tập viên', '-c', 'user.email=bien-tap@example.org', ...args], { cwd: repo, encoding: 'utf8' });

export interface EditorSession {
	repo: string;
	editor: LocalEditor;
	browser: Browser;
	newPage(width: number): Promise<Page>;
	close(): Promise<void>;
}

export async function openEditorSession(): Promise<EditorSession> {
	const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cms-'));
	fs.cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
	git(repo, 'init', '-q', '-b', 'main');
	git(repo, 'add', '-A');
	git(repo, 'commit', '-qm', 'Nội dung mẫu');
	const editor = await startLocalEditor({ repo, port: 0, proxyPort: 0 });
	const browser = await launchChromium();
	return {
		repo,
		editor,
		browser,
		async newPage(width) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			// The editor is a 5 MB script: on a busy two-core machine (a load of 13 to 20) a step can take minutes, so waits are generous but bounded (no timing is asserted).
			page.setDefaultTimeout(240_000);
			page.setDefaultNavigationTimeout(240_000);
			// Leaving a form with unsaved changes asks first; a new document starts from a fresh form.
			page.on('dialog', (dialog) => void dialog.accept());
			return page;
		},
		async close() {
			await browser.close();
			await editor.close();
			fs.rmSync(repo, { recursive: true, force: true });
		},
	};
}

/** Opens the editor and logs in (the local backend needs no password). */
export async function logIn(page: Page, editor: LocalEditor): Promise<void> {
	await page.goto(editor.url, { waitUntil: 'domcontentloaded' });
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByRole('link', { name: 'Kế hoạch' }).first().waitFor();
}
