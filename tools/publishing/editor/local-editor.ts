/**
 * `npm run cms:local`: the editor without a hosted git service. It serves
 * the editor page at http://127.0.0.1:4322/quan-tri/ from the sources (no
 * site build needed) and runs Decap's own local proxy, decap-server, in git
 * mode against a local repository: saving makes a branch, publishing merges
 * it, as on GitHub, GitLab or Gitea. Used by offices without a hosted service
 * and by the end-to-end test. It also imports a signed document (text,
 * Word, PDF or scan; /quan-tri/nhap.html, see import-draft.ts).
 *
 *   npm run cms:local -- [--repo <folder>] [--port 4322] [--proxy-port 8081]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { configYaml, previewCss, previewNames } from '../../../src/admin/assets.ts';
import { backendFromEnv } from '../../../src/admin/backend.ts';
import { BUNDLE_DIR, bundleFiles } from '../../../src/admin/bundle-files.ts';
import { type ImportedDraft, importDraft } from './import-draft.ts';
import type { CmsSchemas } from '../../../src/admin/cms-config.ts';
import { freePort } from '../../lib/free-port.ts';

export interface LocalEditorOptions {
	/** The git repository the editor writes to (its content/ folder). */
	repo: string;
	port?: number;
	proxyPort?: number;
	/** Schemas to generate the form from; the site's own by default. */
	schemas?: CmsSchemas;
	/** Where decap-server's log goes. */
	log?: (line: string) => void;
}

export interface LocalEditor {
	/** "http://127.0.0.1:4322/quan-tri/" */
	url: string;
	proxyUrl: string;
	close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const STATIC_DIR = path.join(ROOT, 'public', 'quan-tri');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.yml': 'text/yaml' };

/** Starts decap-server and resolves once it answers. */
async function startProxy(repo: string, port: number, log: (line: string) => void): Promise<ChildProcess> {
	const entry = createRequire(path.join(ROOT, 'package.json')).resolve('decap-server');
	const child = spawn(process.execPath, [entry], {
		env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'info' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout!.on('data', (chunk: Buffer) => log(chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => log(chunk.toString()));
	for (let attempt = 0; attempt < 300; attempt++) {
		if (child.exitCode !== null) throw new Error(`decap-server dừng với mã ${child.exitCode}`);
		const ready = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }).then(() => true, () => false);
		if (ready) return child;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill();
	throw new Error('decap-server không trả lời sau 30 giây');
}

export async function startLocalEditor(options: LocalEditorOptions): Promise<LocalEditor> {
	const log = options.log ?? (() => {});
	const proxyPort = options.proxyPort === 0 ? await freePort() : (options.proxyPort ?? 8081);
	const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
	const proxy = await startProxy(path.resolve(options.repo), proxyPort, log);
	const bundles = new Set(bundleFiles());
	// The site's own configuration with the proxy backend, pointed at this proxy and the repository's branch.
	const generated = configYaml(options.schemas, backendFromEnv({ CMS_BACKEND: 'proxy', CMS_PROXY_URL: proxyUrl, CMS_BRANCH: await currentBranch(options.repo) }));

	const server = http.createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const name = url.pathname.replace(/^\/quan-tri\//, '');
		const send = (body: string | Buffer, type: string) => {
			response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` });
			response.end(body);
		};
		try {
			if (request.method === 'POST' && name === 'nhap') {
				const body = await readBody(request);
				const fileName = decodeURIComponent(String(request.headers['x-file-name'] ?? 'van-ban.txt'));
				send(JSON.stringify(body ? await importDraft(body, fileName) : tooLarge(fileName)), TYPES['.json']!);
			} else if (url.pathname === '/' || url.pathname === '/quan-tri') {
				response.writeHead(302, { Location: '/quan-tri/' });
				response.end();
			} else if (!url.pathname.startsWith('/quan-tri/')) {
				response.writeHead(404).end();
			} else if (name === '' || name === 'index.html') {
				send(await fs.readFile(path.join(STATIC_DIR, 'index.html')), TYPES['.html']!);
			} else if (name === 'config.yml') {
				send(generated, TYPES['.yml']!);
			} else if (name === 'xem-truoc.json') {
				send(JSON.stringify(previewNames()), TYPES['.json']!);
			} else if (name === 'xem-truoc.css') {
				send(await previewCss(ROOT), TYPES['.css']!);
			} else if (bundles.has(name)) {
				send(await fs.readFile(path.join(BUNDLE_DIR, name)), TYPES['.js']!);
			} else if (/^[a-z0-9-]+\.(?:js|css|html)$/.test(name)) {
				send(await fs.readFile(path.join(STATIC_DIR, name)), TYPES[path.extname(name)]!);
			} else {
				response.writeHead(404).end();
			}
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 4322, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/quan-tri/`,
		proxyUrl,
		close: async () => {
			await new Promise((resolve) => server.close(resolve));
			if (proxy.exitCode === null) {
				const exited = new Promise((resolve) => proxy.once('exit', resolve));
				proxy.kill();
				await exited;
			}
		},
	};
}

/** The uploaded document: a 300 dpi A4 page scanned to PNG is 0.5-3 MB (fixture: 0.55 MB), a multi-page scanned PDF a few times that. */
const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;

/** The body, or undefined past MAX_UPLOAD_BYTES (read to the end, so the page still gets its answer). */
function readBody(request: http.IncomingMessage): Promise<Buffer | undefined> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.byteLength;
			if (size <= MAX_UPLOAD_BYTES) chunks.push(chunk);
		});
		request.on('end', () => resolve(size > MAX_UPLOAD_BYTES ? undefined : Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

function tooLarge(fileName: string): ImportedDraft {
	return {
		status: 2,
		output: '',
		errors: `Tệp "${path.basename(fileName)}" lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB (file).\nCách sửa: quét lại ở 300 dpi, đen trắng hoặc xám, hoặc tách bản quét thành từng phần rồi nhập bằng "npm run import".`,
	};
}

async function currentBranch(repo: string): Promise<string> {
	const head = await fs.readFile(path.join(repo, '.git', 'HEAD'), 'utf8').catch(() => '');
	return /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1] ?? 'main';
}

export interface CliIo {
	out(text: string): void;
}

const defaultIo: CliIo = { out: (text) => process.stdout.write(text) };

/** Starts the local editor; resolves with it running (the process stays up until Ctrl+C). */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<LocalEditor> {
	const { values } = parseArgs({
		args: argv,
		options: { repo: { type: 'string' }, port: { type: 'string' }, 'proxy-port': { type: 'string' } },
	});
	const repo = path.resolve(values.repo ?? ROOT);
	const editor = await startLocalEditor({
		repo,
		port: Number(values.port ?? 4322),
		proxyPort: Number(values['proxy-port'] ?? 8081),
		log: io.out,
	});
	io.out(`Trình biên tập: ${editor.url}\nKho: ${repo} (lưu là tạo nhánh, duyệt xong thì gộp vào nhánh chính)\nDừng: Ctrl+C\n`);
	return editor;
}

if (import.meta.main) {
	const editor = await runCli(process.argv.slice(2));
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void editor.close().then(() => process.exit(0)));
}
