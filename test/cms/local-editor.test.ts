import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../src/admin/local-editor.ts';
import { git } from './editor-session.ts';

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
			const config = parse(await (await fetch(`${editor.url}config.yml`)).text());
			expect(config.backend).toMatchObject({ name: 'proxy', branch: 'ban-chinh', proxy_url: editor.proxyUrl });
			expect((await fetch(`${editor.url}decap-cms.js`)).status).toBe(200);
			expect((await fetch(`${editor.url}../../etc/passwd`)).status).toBe(404);
		} finally {
			await editor.close();
		}
	});
});
