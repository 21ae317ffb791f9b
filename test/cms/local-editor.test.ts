import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseYaml } from '../../src/lib/yaml.ts';
import { runCli } from '../../tools/publishing/editor/local-editor.ts';
import { git } from './editor-session.ts';
import { ROOT } from '../helpers/paths.ts';

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cms-cli-'));
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('npm run cms:local', () => {
	it('serves the editor for a local repository, its proxy backend on the repository\'s branch', async () => {
		fs.mkdirSync(path.join(repo, 'content'));
		fs.writeFileSync(path.join(repo, 'content', '.gitkeep'), '');
		git(repo, 'init', '-q', '-b', 'ban-chinh');
		git(repo, 'add', '-A');
		git(repo, 'commit', '-qm', 'Khởi tạo');
		const printed: string[] = [];
		const editor = await runCli(['--repo', repo, '--port', '0', '--proxy-port', '0'], { out: (text) => printed.push(text) });
		try {
			expect(printed.join('')).toContain(`Trình biên tập: ${editor.url}`);
			const page = await (await fetch(editor.url)).text();
			expect(page).toContain('src="/quan-tri/decap-cms.js"');
			const config = parseYaml<{ backend: unknown }>(await (await fetch(`${editor.url}config.yml`)).text());
			expect(config.backend).toMatchObject({ name: 'proxy', branch: 'ban-chinh', proxy_url: editor.proxyUrl });
			expect((await fetch(`${editor.url}decap-cms.js`)).status).toBe(200);
			expect((await fetch(`${editor.url}../../etc/passwd`)).status).toBe(404);
		} finally {
			await editor.close();
		}
	});
});

describe('import from the editor', () => {
	it('makes from an uploaded text the draft and warnings `npm run import` makes', async () => {
		const { runCli: runImport } = await import('../../tools/publishing/import/cli.ts');
		const seed = path.join(ROOT, 'test', 'publishing', 'fixtures', 'import');
		const file = fs.readdirSync(seed).find((name) => name.endsWith('.txt'))!;
		const text = fs.readFileSync(path.join(seed, file), 'utf8');
		const expected: string[] = [];
		runImport([path.join(seed, file), '--dry-run'], { out: (line) => expected.push(line), err: () => {} });

		const editor = await runCli(['--repo', repo, '--port', '0', '--proxy-port', '0'], { out: () => {} });
		try {
			const response = await fetch(`${editor.url}nhap`, { method: 'POST', body: text, headers: { 'X-File-Name': encodeURIComponent(file) } });
			const draft = (await response.json()) as { status: number; output: string };
			expect(draft.status).toBe(0);
			expect(draft.output).toBe(expected.join('\n'));
			expect(draft.output).toMatch(/^type: ke-hoach$/m);
			expect(draft.output).toContain('Tệp sẽ được ghi vào: content/documents/');
			expect((await fetch(`${editor.url}nhap.html`)).status).toBe(200);
		} finally {
			await editor.close();
		}
	});
});
