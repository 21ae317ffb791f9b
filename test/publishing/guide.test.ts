/**
 * Follows docs/huong-dan-bien-tap.md section 2 as a press officer would:
 * import a real document that the site does not publish yet, handle the
 * warnings as the guide says, check, build, and find the document on the
 * built site where the guide says it will be. The steps run here on a copy
 * of the sample content; the shared fixture (test/fixtures/shared-site/)
 * took the same steps, and its build is the one the guide's reader sees.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/content-fixture.ts';
import { fixtureContent, fixtureDist, ROOT } from '../helpers/paths.ts';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { BASIS_TITLE, EXAMPLE_TEXT, exampleFile, followGuide, GUIDE, ID, importExample, TITLE } from '../fixtures/shared-site/guide-example.ts';

let root: string;
let importOutput: string;

beforeAll(() => {
	// Checked before importing: a worked example that duplicates a published document is refused by the importer (issue 13).
	expect(fs.existsSync(path.join(ROOT, 'content', 'documents', `${ID}.mdx`)), `${ID} is already published: pick another worked example`).toBe(false);
	root = copyContent();
	importOutput = importExample(root);
});

afterAll(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
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
		followGuide(root);
		const { problems } = checkContent(root);
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);

		// The shared build published the file these steps produce, byte for byte.
		expect(fs.readFileSync(exampleFile(fixtureContent()), 'utf8')).toBe(fs.readFileSync(exampleFile(root), 'utf8'));
		const out = fixtureDist();
		const $ = cheerio.load(fs.readFileSync(path.join(out, 'van-ban', ID, 'index.html'), 'utf8'));
		expect($('h1').text().trim()).toBe('Triển khai phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” trên địa bàn tỉnh Thanh Hóa');
		expect($('h1').text().trim()).toBe(TITLE);
		expect($('main').text()).toContain(BASIS_TITLE);
		expect($('main').text()).not.toContain('như sau:');
		// The guide says this plan belongs to no campaign on the site yet.
		expect($('main a[href^="/phong-trao/"]').length).toBe(0);
		const linksTo = (page: string) => cheerio.load(fs.readFileSync(path.join(out, page), 'utf8'))(`a[href="/van-ban/${ID}/"]`).length;
		expect(linksTo('van-ban/index.html')).toBeGreaterThan(0);
		expect(linksTo('co-quan/ubnd-tinh-thanh-hoa/index.html')).toBeGreaterThan(0);
		expect(GUIDE).toContain(`http://127.0.0.1:4321/van-ban/${ID}/`);
	});
});
