/**
 * The editor end to end, in Chromium, against the local backend (decap-server
 * in git mode) on a temporary copy of the content in its own git repository:
 * a press officer logs in, writes a conclusion notice, an award decision with
 * three honourees and a draft through the form, and saves. Each save is a
 * branch, as a pull request would be; the reviewer's merge publishes it. The
 * files then pass `npm run check`, and the build publishes the two documents
 * and nothing of the draft. Screenshots for the guide are written to
 * docs/anh/trinh-bien-tap/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, TEST_NOW } from '../helpers/paths.ts';
import { buildSite, filesMentioning, outputFiles } from '../publishing/site-build.ts';
import type { LocalEditor } from '../../tools/publishing/editor/local-editor.ts';
import { type EditorSession, git, logIn, openEditorSession } from './editor-session.ts';

const SCREENSHOTS = path.join(ROOT, 'docs', 'anh', 'trinh-bien-tap');

/**
 * How long one save may take: on a two-core machine at a load of 13 (another
 * CI run beside this one) a save took over 120 s. Bounded, so a save that
 * never finishes still fails; no timing is asserted.
 */
const SAVE_TIMEOUT = 300_000;

let session: EditorSession;
let repo: string;
let editor: LocalEditor;
/** The page of the test running now: each test opens its own, so one test's failure leaves the next a clean editor. */
let page: Page;

beforeAll(async () => {
	session = await openEditorSession();
	({ repo, editor } = session);
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
	await session?.close();
});

/** A fresh page, logged in (the local backend needs no password), for one test. */
async function loggedInPage(): Promise<void> {
	page = await session.newPage(1280);
	await logIn(page, editor);
}

afterEach(async () => {
	await page?.close();
});

/** A field by its label; Decap adds "(không bắt buộc)" to the label of an optional field. */
const field = (label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(không bắt buộc\\))?$`));

async function chooseOption(label: string, typed: string, option: string, nth = 0): Promise<void> {
	const input = field(label).nth(nth);
	await input.click({ force: true });
	if (typed) await input.pressSequentially(typed);
	await page.getByRole('option', { name: option, exact: true }).click();
}

async function fill(label: string, value: string, nth = 0): Promise<void> {
	await field(label).nth(nth).fill(value);
}

async function writeBody(text: string): Promise<void> {
	await page.locator('[data-slate-editor]').click();
	await page.keyboard.type(text);
}

// Names only: plain `git branch` marks the checked-out branch with "* ", which decap-server's own branch is for a moment while it commits.
const saveBranches = () => git(repo, 'branch', '--list', '--format=%(refname:short)', 'cms/*').split('\n').map((line) => line.trim()).filter(Boolean);

/**
 * Saves and waits for the real end of the save: the local backend's answer
 * to the editor's persistEntry request, by which time decap-server has
 * committed the branch. Returns the one branch the save made.
 */
async function save(): Promise<string> {
	const before = saveBranches();
	const persisted = page.waitForResponse(
		(response) => response.url() === editor.proxyUrl && response.request().method() === 'POST' && response.request().postDataJSON()?.action === 'persistEntry',
		{ timeout: SAVE_TIMEOUT },
	);
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	const response = await persisted;
	expect(response.status(), await response.text()).toBe(200);
	const made = saveBranches().filter((branch) => !before.includes(branch));
	expect(made).toHaveLength(1);
	// The editor then shows the saved entry at its own address; the next test starts on a page of its own, so this only confirms the save in the editor.
	await page.waitForURL(/\/entries\//, { waitUntil: 'commit', timeout: SAVE_TIMEOUT });
	return made[0]!;
}

interface Heading {
	number: string;
	symbol: string;
	date: string;
	/** What the press officer types to find the agency, with or without diacritics. */
	agencyTyped: string;
	title: string;
	summary: string;
}

/** Opens a new form of this type and fills what every document has: number, date, agency, title, summary, source. */
async function newDocument(type: string, heading: Heading): Promise<void> {
	await page.goto(`${editor.url}#/collections/${type}/new`, { waitUntil: 'domcontentloaded' });
	await field('Ngày ban hành').waitFor();
	await fill('Số', heading.number);
	await fill('Ký hiệu', heading.symbol);
	await fill('Ngày ban hành', heading.date);
	await chooseOption('Cơ quan ban hành', heading.agencyTyped, 'UBND huyện Mộ Đức');
	await fill('Trích yếu', heading.title);
	await fill('Tóm tắt', heading.summary);
	await chooseOption('Loại nguồn', '', 'Văn bản điện tử');
}

describe('the editor writes the files the checker and the build accept', { timeout: 900_000 }, () => {
	const branches: Record<string, string> = {};

	it('logs in against the local repository', async () => {
		page = await session.newPage(1280);
		await page.goto(editor.url, { waitUntil: 'domcontentloaded' });
		await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
		await page.screenshot({ path: path.join(SCREENSHOTS, '01-dang-nhap.png') });
		await logIn(page, editor);
		// The guide's picture of the list shows the plans, not the spinner the list starts with.
		await page.locator('a[href*="/collections/ke-hoach/entries/"]').first().waitFor();
		await page.getByText('Đang tải...').waitFor({ state: 'hidden' });
		await page.screenshot({ path: path.join(SCREENSHOTS, '02-danh-sach.png') });
	});

	it('saves a conclusion notice as a branch', async () => {
		await loggedInPage();
		await newDocument('thong-bao-ket-luan', {
			number: '31', symbol: 'TB-UBND', date: '2024-02-26', agencyTyped: 'mo duc',
			title: 'Kết luận của Chủ tịch UBND huyện tại hội nghị sơ kết phong trào thi đua quý I',
			summary: 'Chủ tịch UBND huyện kết luận hội nghị sơ kết phong trào thi đua quý I năm 2024.',
		});
		await field('Bản nháp').uncheck({ force: true });
		await writeBody('Ngày 26 tháng 02 năm 2024, Chủ tịch UBND huyện chủ trì hội nghị sơ kết Kiểm tra Biên Tập Một.');
		await page.screenshot({ path: path.join(SCREENSHOTS, '03-thong-bao-ket-luan.png') });
		branches.notice = await save();
		expect(branches.notice).toMatch(/^cms\/thong-bao-ket-luan\/ubnd-huyen-mo-duc\/2024\//);
	});

	it('saves an award decision with three honourees', async () => {
		await loggedInPage();
		await newDocument('quyet-dinh-khen-thuong', {
			number: '412', symbol: 'QĐ-UBND', date: '2024-02-27', agencyTyped: 'Mo Duc',
			title: 'Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua',
			summary: 'Chủ tịch UBND huyện tặng Giấy khen cho một tập thể và hai cá nhân.',
		});
		await chooseOption('Hình thức khen thưởng chung', '', 'Giấy khen');
		const honourees = [
			{ kind: 'Tập thể', name: 'Phòng Nội vụ huyện Kiểm Tra Hai' },
			{ kind: 'Cá nhân', name: 'Nguyễn Thị Kiểm Tra Ba', position: 'Chuyên viên' },
			{ kind: 'Cá nhân', name: 'Trần Văn Kiểm Tra Bốn', position: 'Trưởng phòng' },
		];
		for (const [index, honouree] of honourees.entries()) {
			await page.getByRole('button', { name: /Add danh sách khen thưởng/ }).click();
			// The honouree's kind is required, so its label has no "(không bắt buộc)", unlike the revoking decision's kind.
			await page.getByLabel('Loại', { exact: true }).nth(index).click({ force: true });
			await page.getByRole('option', { name: honouree.kind, exact: true }).click();
			await fill('Tên người hoặc tập thể', honouree.name, index);
			if (honouree.position) await field('Chức vụ').last().fill(honouree.position);
		}
		await field('Bản nháp').uncheck({ force: true });
		await writeBody('Điều 1. Tặng Giấy khen cho một tập thể và hai cá nhân.');
		await page.screenshot({ path: path.join(SCREENSHOTS, '04-quyet-dinh-khen-thuong.png'), fullPage: true });
		branches.award = await save();
	});

	it('saves a draft', async () => {
		await loggedInPage();
		await newDocument('ke-hoach', {
			number: '77', symbol: 'KH-UBND', date: '2024-02-28', agencyTyped: 'Mộ Đức',
			title: 'Kế hoạch chưa duyệt Bản Nháp Bí Mật',
			summary: 'Bản nháp chưa được công bố.',
		});
		await writeBody('Nội dung bản nháp Bản Nháp Bí Mật.');
		branches.draft = await save();
	});

	it('publishing is the merge: the files land in content/, pass the check and the build publishes them', async () => {
		// Needs the three saves above: say so plainly when one of them failed, rather than fail on a missing file.
		expect(Object.keys(branches).sort(), 'the three saves above made their branches').toEqual(['award', 'draft', 'notice']);
		// What a reviewer's approval does on GitHub, GitLab or Gitea: merge the save's branch.
		for (const branch of Object.values(branches)) git(repo, 'merge', '-q', '--no-edit', branch);
		const documents = path.join(repo, 'content', 'documents', 'ubnd-huyen-mo-duc', '2024');
		const files = fs.readdirSync(documents).sort();
		expect(files.length).toBe(4);
		const text = (needle: string) => fs.readFileSync(path.join(documents, files.find((file) => fs.readFileSync(path.join(documents, file), 'utf8').includes(needle))!), 'utf8');
		expect(text('Kiểm tra Biên Tập Một')).toMatch(/^type: thong-bao-ket-luan$/m);
		const award = text('Kiểm Tra Hai');
		expect(award).toMatch(/^award: giay-khen$/m);
		expect(award.match(/^ {2}- kind: /gm)).toHaveLength(3);
		expect(text('Bản Nháp Bí Mật')).toMatch(/^draft: true$/m);

		const check = spawnSync(process.execPath, [path.join(ROOT, 'src', 'validation', 'cli.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: path.join(repo, 'content') } });
		expect(check.status, check.stdout + check.stderr).toBe(0);

		const out = outputFiles(buildSite(path.join(repo, 'content'), { SITE_NOW: TEST_NOW }));
		expect(filesMentioning(out, 'Kiểm tra Biên Tập Một').some((file) => file.endsWith('index.html'))).toBe(true);
		for (const name of ['Kiểm Tra Hai', 'Kiểm Tra Ba', 'Kiểm Tra Bốn']) expect(filesMentioning(out, name).length).toBeGreaterThan(0);
		expect(filesMentioning(out, 'Bản Nháp Bí Mật')).toEqual([]);
	});
});
