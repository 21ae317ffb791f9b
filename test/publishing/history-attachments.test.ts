/**
 * A document's history and attachments on its built page: content in a git
 * checkout of its own, with a rename, a correction and a signed PDF, built
 * with a repository address, as the deploy workflow does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, injectAxe } from '../helpers/browser.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';
import { TEST_NOW } from '../helpers/paths.ts';
import { buildSite, tinyPdf } from './site-build.ts';

const RENAMED = 'documents/ubnd-tinh-thua-thien-hue/2017/qd-563-tang-co-thi-dua.mdx';
const RENAMED_ID = 'ubnd-tinh-thua-thien-hue/2017/qd-563-tang-co-thi-dua';
const PDF = 'documents/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd-ban-ky.pdf';
const UNCOMMITTED_ID = 'ubnd-huyen-bac-tra-my/2024/tin-chua-gui-len-kho';
const COMMITS = [
	{ date: '2024-01-20T02:00:00Z', message: 'Đăng các văn bản mẫu' },
	{ date: '2024-01-25T09:30:00+07:00', message: 'Đổi tên tệp quyết định 563' },
	{ date: '2024-02-02T10:00:00+07:00', message: 'Đính chính tên đơn vị, thêm bản gốc có chữ ký' },
];

let root: string;
let out: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Biên tập', '-c', 'user.email=bientap@example.vn', ...args], { cwd: root, encoding: 'utf8' });
const commit = (i: number) => execFileSync('git', ['-c', 'user.name=Biên tập', '-c', 'user.email=bientap@example.vn', 'commit', '-q', '-m', COMMITS[i]!.message], {
	cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: COMMITS[i]!.date, GIT_COMMITTER_DATE: COMMITS[i]!.date },
});
const page = (id: string) => cheerio.load(fs.readFileSync(path.join(out, 'van-ban', id, 'index.html'), 'utf8'));
const text = ($: cheerio.CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();

beforeAll(() => {
	root = copyContent();
	git('init', '-q');
	git('add', '-A');
	commit(0);
	git('mv', SEED.hue, RENAMED);
	commit(1);
	fs.writeFileSync(path.join(root, PDF), tinyPdf('QUYET DINH 563 BAN KY'));
	editData(root, RENAMED, (d) => {
		d.attachments = [{ file: './563-qd-ubnd-ban-ky.pdf', title: 'Bản gốc có chữ ký (PDF)' }];
		d.corrections = [{ date: '2024-02-02', what: 'Sửa tên đơn vị được tặng Cờ thi đua cho đúng bản gốc.' }];
	});
	git('add', '-A');
	commit(2);
	// Another news item: a copy with the same title would be the same document filed twice, which the check refuses.
	fs.writeFileSync(path.join(root, 'documents', `${UNCOMMITTED_ID}.mdx`), fs.readFileSync(path.join(root, SEED.bacTraMy), 'utf8').replace(/^title: (.*)$/m, 'title: $1, đợt hai'));
	out = buildSite(root, { SITE_NOW: TEST_NOW, REPOSITORY_URL: 'https://github.com/vi-du/tdkt.git' });
}, 300_000);

afterAll(() => {
	for (const dir of [root, out]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('change history from git', () => {
	it('lists every commit that touched the file, across its rename, newest first, as git log --follow does', () => {
		const $ = page(RENAMED_ID);
		const expected = git('log', '--follow', '--format=%H %s', '--', RENAMED).trim().split('\n');
		expect(expected).toHaveLength(3);
		const shown = $('[data-field="changes"] li').map((_, li) => {
			const href = $(li).find('a').attr('href') ?? '';
			return `${href.split('/commit/')[1]} ${$(li).find('a').text().trim()}`;
		}).get();
		expect(shown).toEqual(expected);
		expect($('[data-field="changes"] a').first().attr('href')).toMatch(/^https:\/\/github\.com\/vi-du\/tdkt\/commit\/[0-9a-f]{40}$/);
		expect(text($, '[data-field="changes"] li:first-child')).toMatch(/^02\/02\/2024: /);
	});

	it('shows first publication and last update in Vietnam time, and links to the file history', () => {
		const $ = page(RENAMED_ID);
		expect(text($, '[data-field="first-published"]')).toBe('ngày 20 tháng 01 năm 2024');
		expect($('[data-field="first-published"] time').attr('datetime')).toBe('2024-01-20T09:00:00+07:00');
		expect(text($, '[data-field="last-updated"]')).toBe('ngày 02 tháng 02 năm 2024');
		expect($('meta[property="article:modified_time"]').attr('content')).toBe('2024-02-02T10:00:00+07:00');
		expect($('[data-field="history-link"]').attr('href')).toBe(`https://github.com/vi-du/tdkt/commits/HEAD/${RENAMED}`);
	});

	it('a file committed once has a first publication date and no separate last update', () => {
		const $ = page(SEED.moDuc.replace(/^documents\/|\.mdx$/g, ''));
		expect(text($, '[data-field="first-published"]')).toBe('ngày 20 tháng 01 năm 2024');
		expect($('[data-field="last-updated"]')).toHaveLength(0);
		expect($('[data-field="changes"] li')).toHaveLength(1);
	});

	it('a file not committed yet shows no history and no modified time, and the build does not fail', () => {
		const $ = page(UNCOMMITTED_ID);
		expect($('h1').text()).not.toBe('');
		expect($('#lich-su-van-ban')).toHaveLength(0);
		expect($('meta[property="article:modified_time"]')).toHaveLength(0);
	});

	it('shows the corrections written in the file', () => {
		const $ = page(RENAMED_ID);
		expect(text($, '[data-field="corrections"]')).toBe('02/02/2024: Sửa tên đơn vị được tặng Cờ thi đua cho đúng bản gốc.');
	});
});

describe('attachments', () => {
	it('publishes the signed original under the document URL, byte for byte', () => {
		const built = path.join(out, 'van-ban', RENAMED_ID, '563-qd-ubnd-ban-ky.pdf');
		expect(fs.readFileSync(built).equals(fs.readFileSync(path.join(root, PDF)))).toBe(true);
		expect(fs.readFileSync(built, 'latin1')).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
	});

	it('lists it with its title, type, size and SHA-256, linking to the published file', () => {
		const $ = page(RENAMED_ID);
		const item = $('[data-attachment="563-qd-ubnd-ban-ky.pdf"]');
		const bytes = fs.readFileSync(path.join(root, PDF));
		expect(item.find('a').attr('href')).toBe(`/van-ban/${RENAMED_ID}/563-qd-ubnd-ban-ky.pdf`);
		expect(item.find('a').text().trim()).toBe('Bản gốc có chữ ký (PDF)');
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

	it('pass axe (WCAG 2.2 AA) on a phone and a desktop, with the change list open', async () => {
		// The built site needs to be served from its root for its styles to apply.
		const server = http.createServer((request, response) => {
			const wanted = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
			const file = path.join(out, wanted.endsWith('/') ? `${wanted}index.html` : wanted);
			if (!file.startsWith(out) || !fs.existsSync(file)) return response.writeHead(404).end();
			const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2' }[path.extname(file)] ?? 'application/octet-stream';
			response.writeHead(200, { 'Content-Type': type }).end(fs.readFileSync(file));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const browser = await launchChromium();
		try {
			const { port } = server.address() as { port: number };
			for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
				const page = await browser.newPage({ viewport });
				await page.goto(`http://127.0.0.1:${port}/van-ban/${RENAMED_ID}/`);
				await page.locator('.document-history__changes summary').click();
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
			server.close();
		}
	});
});
