/**
 * Follows docs/huong-dan-bien-tap.md section 2 as a press officer would:
 * import a real document that the site does not publish yet, handle the
 * warnings as the guide says, check, build, and find the document on the
 * built site where the guide says it will be.
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
// Kế hoạch 130/KH-UBND of UBND tỉnh Thanh Hóa (2025), as copied from a legal-text portal; see its .expected.yaml for the source.
const EXAMPLE_TEXT = path.join(ROOT, 'test', 'fixtures', 'import', 'thanh-hoa-130-2025-kh-ubnd.txt');
const ID = 'ubnd-tinh-thanh-hoa/2025/kh-130-trien-khai-phong-trao-thi-dua-ca-nuoc-thi-dua';
/** The frontmatter lines the guide tells the officer to write, quoted in section 2 as "  `field: value`". */
const guideLine = (field: string) => new RegExp(`^  \`${field}: (.+)\`\\.?$`, 'm').exec(GUIDE)![1]!;
const SUMMARY = guideLine('summary');
const TITLE = guideLine('title');
/** The corrected title of the basis (Quyết định 923/QĐ-TTg), from the guide's YAML block. */
const BASIS_TITLE = /^ {6}title: "(.+)"$/m.exec(GUIDE)![1]!;

let root: string;
let out: string | undefined;
let importOutput: string;
const file = () => path.join(root, 'documents', `${ID}.mdx`);

beforeAll(() => {
	// Checked before importing: a worked example that duplicates a published document is refused by the importer (issue 13).
	expect(fs.existsSync(path.join(ROOT, 'content', 'documents', `${ID}.mdx`)), `${ID} is already published: pick another worked example`).toBe(false);
	root = copyContent();
	const result = spawnSync(process.execPath, [path.join(ROOT, 'tools/publishing/import/cli.ts'), EXAMPLE_TEXT, '--out', path.join(root, 'documents')], { encoding: 'utf8', cwd: ROOT });
	expect(result.status, result.stderr).toBe(0);
	importOutput = result.stdout;
});

afterAll(() => {
	for (const dir of [root, out]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the press officer guide, followed step by step', () => {
	// Not published under another name either: the import (beforeAll) stops on a duplicate, and step 4 expects no duplicate error.
	it('the worked example is registered with its agency, and the old duplicate example is gone', () => {
		expect(fs.existsSync(path.join(ROOT, 'content', 'agencies', 'ubnd-tinh-thanh-hoa.yaml'))).toBe(true);
		expect(GUIDE).not.toMatch(/004_a6d7c0f9bae6b975|xóa tệp mẫu/);
	});

	it('step 2: the import prints the warnings the guide shows, and writes the file it names', () => {
		expect(GUIDE).toContain(`npm run import -- test/fixtures/import/${path.basename(EXAMPLE_TEXT)}`);
		expect(GUIDE).toContain(`Đã tạo bản nháp: content/documents/${ID}.mdx`);
		expect(importOutput).toContain(`${ID}.mdx`);
		const quoted = GUIDE.match(/^ {2}- Dòng \d+: .+$/gm)!;
		expect(quoted.length).toBe(5);
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
			.map((line) => {
				if (line === 'summary: ""') return `summary: ${SUMMARY}`;
				if (line.startsWith('title: ')) return `title: ${TITLE}`;
				if (line.startsWith('    title: "Ban hành')) return `    title: "${BASIS_TITLE}"`;
				return line === 'draft: true' ? 'draft: false' : line;
			})
			.join('\n')
			.trimEnd();
		fs.writeFileSync(file(), frontmatter + source.slice(end));
		const { problems } = checkContent(root);
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);

		out = buildSite(root, { SITE_NOW: TEST_NOW });
		const $ = cheerio.load(fs.readFileSync(path.join(out, 'van-ban', ID, 'index.html'), 'utf8'));
		expect($('h1').text().trim()).toBe('Triển khai phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” trên địa bàn tỉnh Thanh Hóa');
		expect($('h1').text().trim()).toBe(TITLE);
		expect($('main').text()).toContain(BASIS_TITLE);
		expect($('main').text()).not.toContain('như sau:');
		// The guide says this plan belongs to no campaign on the site yet.
		expect($('main a[href^="/phong-trao/"]').length).toBe(0);
		const linksTo = (page: string) => cheerio.load(fs.readFileSync(path.join(out!, page), 'utf8'))(`a[href="/van-ban/${ID}/"]`).length;
		expect(linksTo('van-ban/index.html')).toBeGreaterThan(0);
		expect(linksTo('co-quan/ubnd-tinh-thanh-hoa/index.html')).toBeGreaterThan(0);
		expect(GUIDE).toContain(`http://127.0.0.1:4321/van-ban/${ID}/`);
	}, 300_000);
});
