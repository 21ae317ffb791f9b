import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redirects, writeRedirectPages } from '../../src/integrations/redirects.ts';
import { clearPageDigests, recordedPageDigests } from '../../src/integrations/output-pages.ts';
import { clearWritten, writtenFiles } from '../../src/integrations/written-files.ts';
import { setCheckVerdict, type CheckVerdict } from '../../src/integrations/check-verdict.ts';
import { redirectPage } from '../../src/share/redirect-page.ts';
import type { Redirect } from '../../src/share/redirect-table.ts';

let root = '';
let outDir = '';
let cacheDir = '';
beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-redirects-'));
	outDir = path.join(root, 'dist');
	cacheDir = path.join(root, 'cache');
	clearWritten();
	clearPageDigests();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const table: Redirect[] = [
	{ from: '/d/abc234/', to: '/van-ban/ubnd-x/2024/kh-1/', kind: 'short-link', title: 'Kế hoạch số 1' },
	{ from: '/d/xyz789/', to: '/van-ban/ubnd-x/2024/qd-2/', kind: 'short-link', title: 'Quyết định số 2' },
	{ from: '/tin-tuc/563/', to: '/van-ban/ubnd-x/2024/kh-1/', kind: 'alias', title: 'Kế hoạch số 1' },
];
const pageFile = (from: string) => path.join(outDir, from, 'index.html');

describe('writeRedirectPages', () => {
	it('writes every row’s page, records each as written with the digest the staging skips it by', async () => {
		expect(await writeRedirectPages(outDir, cacheDir, table)).toBe(3);
		for (const row of table) expect(fs.readFileSync(pageFile(row.from), 'utf8')).toBe(redirectPage(row));
		expect([...writtenFiles()].sort()).toEqual(table.map((row) => pageFile(row.from)).sort());
		expect([...recordedPageDigests().keys()].sort()).toEqual(['d/abc234/index.html', 'd/xyz789/index.html', 'tin-tuc/563/index.html'].map((page) => page.split('/').join(path.sep)));
	});

	it('writes again only the pages whose bytes changed or whose file is gone, and still records them all', async () => {
		await writeRedirectPages(outDir, cacheDir, table);
		const untouched = fs.statSync(pageFile('/d/xyz789/')).mtimeMs;
		fs.rmSync(pageFile('/tin-tuc/563/'));
		const retitled = table.map((row) => (row.from === '/d/abc234/' ? { ...row, title: 'Kế hoạch số 1 (sửa)' } : row));
		clearWritten();
		expect(await writeRedirectPages(outDir, cacheDir, retitled)).toBe(2);
		expect(fs.readFileSync(pageFile('/d/abc234/'), 'utf8')).toContain('Kế hoạch số 1 (sửa)');
		expect(fs.existsSync(pageFile('/tin-tuc/563/'))).toBe(true);
		expect(fs.statSync(pageFile('/d/xyz789/')).mtimeMs).toBe(untouched);
		expect(writtenFiles().size).toBe(3);
		clearWritten();
		const record = fs.statSync(path.join(cacheDir, 'redirect-pages.json')).mtimeMs;
		expect(await writeRedirectPages(outDir, cacheDir, retitled)).toBe(0);
		// Nothing written, not even the record, and every page still recorded for the pruning.
		expect(fs.statSync(path.join(cacheDir, 'redirect-pages.json')).mtimeMs).toBe(record);
		expect(writtenFiles().size).toBe(3);
		// A row gone: the record is written again without it.
		expect(await writeRedirectPages(outDir, cacheDir, retitled.slice(1))).toBe(0);
		expect(Object.keys(JSON.parse(fs.readFileSync(path.join(cacheDir, 'redirect-pages.json'), 'utf8')).pages)).toHaveLength(2);
	});

	it('trusts nothing the last build wrote into another output folder', async () => {
		await writeRedirectPages(outDir, cacheDir, table);
		const other = path.join(root, 'dist-2');
		expect(await writeRedirectPages(other, cacheDir, table)).toBe(3);
		expect(fs.existsSync(path.join(other, 'd', 'abc234', 'index.html'))).toBe(true);
	});

	it('never takes over a page Astro generated, writing nothing', async () => {
		await expect(writeRedirectPages(outDir, cacheDir, table, new Set(['/', '/tin-tuc/563/']))).rejects.toThrow(/\/tin-tuc\/563\/ vừa là một trang của trang web[\s\S]*Cách sửa: xóa \/tin-tuc\/563\/ khỏi aliases/);
		expect(fs.existsSync(outDir)).toBe(false);
	});

	it('refuses an address that leads out of the output folder, writing nothing', async () => {
		const escaping: Redirect = { from: '/../../etc/', to: '/van-ban/a/2024/b/', kind: 'alias', title: 'x' };
		await expect(writeRedirectPages(outDir, cacheDir, [...table, escaping])).rejects.toThrow(/ra ngoài thư mục kết quả/);
		expect(fs.existsSync(outDir)).toBe(false);
	});
});

describe('in astro dev', () => {
	type Middleware = (request: { url?: string }, response: { setHeader(name: string, value: string): void; end(body: string): void }, next: () => void) => void;
	function serve(url: string): Promise<string | undefined> {
		let middleware: Middleware | undefined;
		const setup = redirects().hooks['astro:server:setup'] as unknown as (options: { server: { middlewares: { use(m: Middleware): void } } }) => void;
		setup({ server: { middlewares: { use: (m) => (middleware = m) } } });
		return new Promise((resolve) => middleware!({ url }, { setHeader: () => {}, end: resolve }, () => resolve(undefined)));
	}

	it('answers a short link or old address with its page from the check’s table, and leaves every other path to Astro', async () => {
		setCheckVerdict(Promise.resolve({ errors: [], warnings: [], checkedFiles: 0, unlisted: [], predictedCards: [], redirects: table } satisfies CheckVerdict));
		try {
			expect(await serve('/d/abc234/')).toBe(redirectPage(table[0]!));
			expect(await serve('/tin-tuc/563?utm=x')).toBe(redirectPage(table[2]!));
			expect(await serve('/van-ban/ubnd-x/2024/kh-1/')).toBeUndefined();
			expect(await serve('/d/%E0%A4%A/')).toBeUndefined();
		} finally {
			setCheckVerdict(undefined);
		}
	});
});

describe('an operator’s public/_redirects', () => {
	type Setup = (options: { config: { publicDir: URL }; command: string; logger: { error(message: string): void } }) => void;
	const setup = redirects().hooks['astro:config:setup'] as unknown as Setup;

	it('stops the build with a message saying where the file goes instead', () => {
		const publicDir = path.join(root, 'public');
		fs.mkdirSync(publicDir);
		fs.writeFileSync(path.join(publicDir, '_redirects'), '/cu/ /moi/ 301\n');
		const messages: string[] = [];
		const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
			throw new Error(`exit ${code}`);
		}) as never);
		try {
			expect(() => setup({ config: { publicDir: pathToFileURL(`${publicDir}/`) }, command: 'build', logger: { error: (message) => messages.push(message) } })).toThrow('exit 1');
			expect(messages.join('\n')).toMatch(/public\/_redirects[\s\S]*Cách sửa: chuyển tệp đó ra thư mục gốc của kho/);
			// The dev server still starts: the file only matters to a build.
			expect(() => setup({ config: { publicDir: pathToFileURL(`${publicDir}/`) }, command: 'dev', logger: { error: () => {} } })).not.toThrow();
		} finally {
			exit.mockRestore();
		}
	});
});

describe('the build step', () => {
	type Done = (options: { dir: URL; pages: { pathname: string }[]; logger: { info(message: string): void; error(message: string): void } }) => Promise<void>;

	it('stops the build with a Vietnamese message alone when a redirect would take over a page Astro built', async () => {
		const integration = redirects();
		(integration.hooks['astro:config:done'] as unknown as (options: { config: { cacheDir: URL } }) => void)({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } });
		setCheckVerdict(Promise.resolve({ errors: [], warnings: [], checkedFiles: 0, unlisted: [], predictedCards: [], redirects: table } satisfies CheckVerdict));
		const messages: string[] = [];
		const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
			throw new Error(`exit ${code}`);
		}) as never);
		try {
			const done = integration.hooks['astro:build:done'] as unknown as Done;
			await expect(done({ dir: pathToFileURL(`${outDir}/`), pages: [{ pathname: 'tin-tuc/563/' }], logger: { info: () => {}, error: (message) => messages.push(message) } })).rejects.toThrow('exit 1');
			expect(messages.join('\n')).toMatch(/Không ghi được các trang chuyển hướng[\s\S]*\/tin-tuc\/563\/ vừa là một trang của trang web/);
			expect(fs.existsSync(outDir)).toBe(false);
		} finally {
			exit.mockRestore();
			setCheckVerdict(undefined);
		}
	});
});
