/**
 * A document's history and attachments on its built page. The shared fixture
 * (test/fixtures/shared-site/history.ts) is a git checkout of its own with a
 * rename, a correction and a signed PDF, built with a repository address,
 * as the deploy workflow does.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, injectAxe } from '../helpers/browser.ts';
import { SEED } from '../helpers/content-fixture.ts';
import { serveWithHeaders } from '../helpers/headers-server.ts';
import { fixtureContent, fixtureDist } from '../helpers/paths.ts';
import { CHANGE_NOTE, COMMITS, CORRECTION, PDF, PDF_NAME, RENAMED, RENAMED_ID, RENAMED_ISSUED, UNCOMMITTED_ID } from '../fixtures/shared-site/history.ts';

let root: string;
let out: string;
const page = (id: string) => cheerio.load(fs.readFileSync(path.join(out, 'van-ban', id, 'index.html'), 'utf8'));
const text = ($: cheerio.CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();

beforeAll(() => {
	root = fixtureContent();
	out = fixtureDist();
});

describe('public history: change notes from the file, first publication from git', () => {
	it('lists the change notes and corrections written in the file, newest first, and never a commit message', () => {
		const $ = page(RENAMED_ID);
		expect($('[data-field="changes"] li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get()).toEqual([
			`02/02/2024: ${CHANGE_NOTE}`,
			`02/02/2024: Đính chính: ${CORRECTION}`,
		]);
		expect($('[data-field="changes"] li[data-kind="correction"]')).toHaveLength(1);
		const history = text($, '.document-history');
		for (const { message } of COMMITS) expect(history).not.toContain(message);
		expect($('.document-history a[href*="/commit/"]')).toHaveLength(0);
	});

	it('labels the first publication as on this site, across the rename, and dates the last update by the latest note', () => {
		const $ = page(RENAMED_ID);
		expect(text($, '[data-field="first-published"] time')).toBe('ngày 20 tháng 01 năm 2024');
		expect($('[data-field="first-published"] time').attr('datetime')).toBe('2024-01-20T09:00:00+07:00');
		expect($('[data-field="first-published"]').prev('dt').text().trim()).toBe('Đăng lần đầu trên trang này');
		expect(text($, '[data-field="first-published"] .document-history__note')).toBe(`Là ngày văn bản được đưa lên trang này, không phải ngày ban hành (${RENAMED_ISSUED}).`);
		expect(text($, '[data-field="last-updated"]')).toBe('ngày 02 tháng 02 năm 2024');
		expect($('meta[property="article:modified_time"]').attr('content')).toBe('2024-02-02T00:00:00+07:00');
		expect($('[data-field="history-link"]').attr('href')).toBe(`https://github.com/vi-du/tdkt/commits/HEAD/${RENAMED}`);
	});

	it('a file without change notes has a first publication date and no update or change list', () => {
		const $ = page(SEED.moDuc.replace(/^documents\/|\.mdx$/g, ''));
		expect(text($, '[data-field="first-published"] time')).toBe('ngày 20 tháng 01 năm 2024');
		expect($('[data-field="last-updated"]')).toHaveLength(0);
		expect($('[data-field="changes"]')).toHaveLength(0);
		expect($('meta[property="article:modified_time"]')).toHaveLength(0);
	});

	it('a file not committed yet shows no history and no modified time, and the build does not fail', () => {
		const $ = page(UNCOMMITTED_ID);
		expect($('h1').text()).not.toBe('');
		expect($('#lich-su-van-ban')).toHaveLength(0);
		expect($('meta[property="article:modified_time"]')).toHaveLength(0);
	});
});

describe('attachments', () => {
	it('publishes the signed original under the document URL, byte for byte', () => {
		const built = path.join(out, 'van-ban', RENAMED_ID, PDF_NAME);
		expect(fs.readFileSync(built).equals(fs.readFileSync(path.join(root, PDF)))).toBe(true);
		expect(fs.readFileSync(built, 'latin1')).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
	});

	it('lists it with its title, type, size and SHA-256, linking to the published file', () => {
		const $ = page(RENAMED_ID);
		const item = $(`[data-attachment="${PDF_NAME}"]`);
		const bytes = fs.readFileSync(path.join(root, PDF));
		expect(item.find('a').attr('href')).toBe(`/van-ban/${RENAMED_ID}/${PDF_NAME}`);
		expect(item.find('a').text().trim()).toBe('Bản lưu của tin (PDF)');
		expect(bytes.length).toBeLessThan(1024);
		expect(text($, '[data-attachment] [data-field="size"]')).toBe(`${bytes.length} byte`);
		expect(item.text()).toContain('PDF');
		expect(text($, '[data-attachment] [data-field="sha256"]')).toBe(createHash('sha256').update(bytes).digest('hex'));
	});

	it('documents without attachments have no attachment section', () => {
		expect(page(SEED.moDuc.replace(/^documents\/|\.mdx$/g, ''))('#tep-dinh-kem')).toHaveLength(0);
	});
});

describe('the history and attachment sections', () => {
	it('are valid HTML', async () => {
		const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(out, 'van-ban', RENAMED_ID, 'index.html'));
		expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
	});

	it('pass axe (WCAG 2.2 AA) on a phone and a desktop', async () => {
		// The built site needs to be served from its root for its styles to apply.
		const server = await serveWithHeaders(out);
		const browser = await launchChromium();
		try {
			for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
				const page = await browser.newPage({ viewport });
				await page.goto(`${server.origin}/van-ban/${RENAMED_ID}/`);
				await injectAxe(page);
				const violations = await page.evaluate(async () => {
					// @ts-expect-error axe is injected above
					const result = await window.axe.run({ include: [['.document-history'], ['.attachments']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
					return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				});
				await page.close();
				expect(violations).toEqual([]);
			}
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
