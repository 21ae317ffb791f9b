import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/**
 * A build of content the check refuses stops before any page is made, and
 * its log says why in Vietnamese only: file, line, field and how to fix it,
 * without Astro's English frame (a hint about browser APIs, a stack trace)
 * that a thrown error used to get (src/stop-build.ts).
 */
/**
 * Builds a copy of the sample content after `breakIt` has edited it; the build's status and whole log.
 * `builtBefore`: the copy is first built as it is, so the broken build finds every other entry in Astro's store.
 */
function buildBroken(breakIt: (documents: string, file: string) => void, { builtBefore = false } = {}) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bad-build-'));
	const content = path.join(dir, 'content');
	fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
	const documents = path.join(content, 'documents');
	const build = () =>
		spawnSync(process.execPath, [path.join(ROOT, 'src/build.ts')], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: path.join(dir, 'dist'), ASTRO_CACHE_DIR: path.join(dir, 'cache'), SHARE_IMAGE_CACHE: path.join(dir, 'og') },
		});
	if (builtBefore) {
		const first = build();
		if (first.status !== 0) throw new Error(`the unbroken copy did not build:\n${first.stdout}${first.stderr}`);
		fs.rmSync(path.join(dir, 'dist'), { recursive: true });
	}
	breakIt(documents, fs.readdirSync(documents, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.mdx'))!);
	const broken = build();
	return { dir, output: broken.stdout + broken.stderr, status: broken.status };
}

describe('a build of content with errors', () => {
	let dir = '';
	let output = '';
	let status: number | null = null;
	beforeAll(() => {
		({ dir, output, status } = buildBroken((documents, file) => fs.appendFileSync(path.join(documents, file), '\n\nDòng lệnh:\n\n```\nnpm run check\n```\n')));
	});
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('fails, and makes no page', () => {
		expect(status).toBe(1);
		expect(fs.existsSync(path.join(dir, 'dist', 'index.html'))).toBe(false);
	});

	it('says what is wrong in Vietnamese, with the field and how to fix it', () => {
		expect(output).toContain('Nội dung có lỗi, không xây dựng trang.');
		expect(output).toMatch(/LỖI .*\.mdx:\d+/);
		expect(output).toContain('Trường nội dung (body)');
		expect(output).toContain('Cách sửa: xóa hai dòng ```');
	});

	it('carries no English frame from Astro around it', () => {
		expect(output).not.toMatch(/unhandled error|Hint:|Stack trace|Browser APIs|at astro:config:setup/);
	});
});

/**
 * The check runs on a worker thread while Astro starts (content-check.ts):
 * content Astro's own schema would refuse must still get the check's report
 * and never Astro's, since its loaders wait for the verdict.
 */
describe.each([
	['a build of content its schema refuses', false],
	// Astro goes through unchanged files before the verdict (unchanged-entries.ts); the edited one must still wait for it.
	['a rebuild after an edit its schema refuses', true],
])('%s', (_, builtBefore) => {
	let dir = '';
	let output = '';
	let status: number | null = null;
	beforeAll(() => {
		({ dir, output, status } = buildBroken(
			(documents, file) => {
				const full = path.join(documents, file);
				fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^title: .*$/m, 'title: [1, 2]'));
			},
			{ builtBefore },
		));
	});
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('fails with the check’s report on the field, and nothing of Astro’s', () => {
		expect(status).toBe(1);
		expect(fs.existsSync(path.join(dir, 'dist', 'index.html'))).toBe(false);
		expect(output).toContain('Nội dung có lỗi, không xây dựng trang.');
		expect(output).toMatch(/LỖI .*\.mdx:\d+\n.*\(title\)/);
		expect(output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema|Expected type|unhandled error|Stack trace/i);
	});
});
