/**
 * Follows docs/huong-dan-bien-tap.md section 2 as a press officer would:
 * import a seed text, handle the warnings as the guide says, check, build,
 * and find the document on the built site where the guide says it will be.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/content-fixture.ts';
import { ROOT, TEST_NOW } from '../helpers/paths.ts';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { buildSite } from './site-build.ts';

const GUIDE = fs.readFileSync(path.join(ROOT, 'docs', 'huong-dan-bien-tap.md'), 'utf8');
// The copy of ../shared/seed-documents/004_a6d7c0f9bae6b975.txt kept with the importer's benchmark.
const SEED_TEXT = path.join(ROOT, 'test', 'fixtures', 'import', '004_a6d7c0f9bae6b975.txt');
const ID = 'ubnd-huyen-thuan-nam/2023/kh-phat-dong-phong-trao-thi-dua-cai-cach-hanh-chinh';
const SUMMARY = /^  `summary: (.+)`$/m.exec(GUIDE)![1]!;
const CAMPAIGN = /^  `campaign: (.+)`\.$/m.exec(GUIDE)![1]!;

let root: string;
let out: string | undefined;
let importOutput: string;
const file = () => path.join(root, 'documents', `${ID}.mdx`);

beforeAll(() => {
	root = copyContent();
	// The sample content already holds this plan under another name; the officer publishes it afresh.
	fs.rmSync(path.join(root, 'documents', 'ubnd-huyen-thuan-nam', '2023', 'kh-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx'));
	const result = spawnSync(process.execPath, [path.join(ROOT, 'src/publishing/import/cli.ts'), SEED_TEXT, '--out', path.join(root, 'documents')], { encoding: 'utf8', cwd: ROOT });
	expect(result.status, result.stderr).toBe(0);
	importOutput = result.stdout;
});

afterAll(() => {
	for (const dir of [root, out]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the press officer guide, followed step by step', () => {
	it('step 2: the import prints the warnings the guide shows, and writes the file it names', () => {
		expect(GUIDE).toContain(`Đã tạo bản nháp: content/documents/${ID}.mdx`);
		expect(importOutput).toContain(`${ID}.mdx`);
		const quoted = GUIDE.match(/^ {2}- Dòng \d+: .+$/gm)!;
		expect(quoted.length).toBe(4);
		for (const line of quoted) expect(importOutput).toContain(line.replace(/ …$/, ''));
	});

	it('step 4 before the fixes: the checker reports what the guide shows', () => {
		const errors = checkContent(root).errors.filter((p) => p.file.endsWith(`${ID}.mdx`));
		expect(errors).toHaveLength(1);
		expect(formatProblem(errors[0]!)).toContain('Trường tóm tắt (summary): không được để trống (tóm tắt)');
		expect(GUIDE).toContain('Trường tóm tắt (summary): không được để trống (tóm tắt)');
	});

	it('steps 3 to 5: with the warnings handled as the guide says, the check passes and the built site shows the document', () => {
		const source = fs.readFileSync(file(), 'utf8');
		const end = source.indexOf('\n---\n', 4);
		const frontmatter = source.slice(0, end).split('\n')
			.filter((line) => !line.startsWith('#'))
			.map((line) => (line === 'summary: ""' ? `summary: ${SUMMARY}\ncampaign: ${CAMPAIGN}` : line === 'draft: true' ? 'draft: false' : line))
			.join('\n')
			.trimEnd();
		fs.writeFileSync(file(), frontmatter + source.slice(end));
		const { problems } = checkContent(root);
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);

		out = buildSite(root, { SITE_NOW: TEST_NOW });
		const $ = cheerio.load(fs.readFileSync(path.join(out, 'van-ban', ID, 'index.html'), 'utf8'));
		expect($('h1').text().trim()).toBe('Phát động phong trào thi đua cải cách hành chính huyện Thuận Nam năm 2023');
		expect($('[data-field="date"]').text().replace(/\s+/g, ' ').trim()).toBe('tháng 01 năm 2023 (bản công bố không ghi ngày)');
		expect(GUIDE).toContain('"tháng 01 năm 2023 (bản công bố không ghi ngày)"');
		const linksTo = (page: string) => cheerio.load(fs.readFileSync(path.join(out!, page), 'utf8'))(`a[href="/van-ban/${ID}/"]`).length;
		expect(linksTo('van-ban/index.html')).toBeGreaterThan(0);
		expect(linksTo(`phong-trao/${CAMPAIGN}/index.html`)).toBeGreaterThan(0);
		expect(GUIDE).toContain(`http://127.0.0.1:4321/van-ban/${ID}/`);
	}, 300_000);
});
