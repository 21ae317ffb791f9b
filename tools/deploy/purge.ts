/**
 * After a deploy, the CDN must forget what changed at the same address:
 * pages, feeds, attachments, Pagefind's entry files, and every file removed
 * (a withdrawn attachment must not live on in the CDN for its cache time).
 * New pages are included too: a CDN may have cached the 404 a reader got
 * before an embargo lifted. Files named by their content never need it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { changesInPlace, sitePathOf } from './object-headers.ts';
import { DeployError } from './messages.ts';

/** Site paths ("/van-ban/x/", "/rss.xml") the CDN must purge after storing `uploaded` and deleting `removed`. */
export function purgePaths(uploaded: readonly string[], removed: readonly string[]): string[] {
	return [...new Set([...uploaded, ...removed].filter(changesInPlace).map(sitePathOf))].sort();
}

/** How the CDN is told: a URL to POST the list to, or a command to run; from DEPLOY_PURGE_URL / DEPLOY_PURGE_COMMAND. */
export interface PurgeHook {
	url?: string | undefined;
	/** Sent as "Authorization: Bearer …" to the URL (DEPLOY_PURGE_TOKEN). */
	token?: string | undefined;
	command?: string | undefined;
}

/**
 * Writes the absolute URLs, one a line, to `listFile`, then calls the hook:
 * the URL receives `{"urls": [...], "paths": [...]}` as JSON; the command runs
 * in a shell with the list on standard input and its path in DEPLOY_PURGE_FILE.
 */
export async function purge(paths: readonly string[], siteUrl: string, listFile: string, hook: PurgeHook): Promise<void> {
	const urls = paths.map((sitePath) => `${siteUrl}${sitePath}`);
	await fs.mkdir(path.dirname(listFile), { recursive: true });
	await fs.writeFile(listFile, urls.map((url) => `${url}\n`).join(''));
	if (paths.length === 0) return;
	if (hook.url) await postPurge(hook.url, hook.token, { urls, paths });
	if (hook.command) await runPurgeCommand(hook.command, listFile);
}

async function postPurge(url: string, token: string | undefined, body: { urls: string[]; paths: readonly string[] }): Promise<void> {
	let response: Response;
	try {
		response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
			body: JSON.stringify(body),
		});
	} catch (error) {
		throw new DeployError(`Không gọi được địa chỉ xóa bộ nhớ đệm CDN ${url}: ${(error as Error).message}.\nCách sửa: kiểm tra biến DEPLOY_PURGE_URL và mạng; danh sách địa chỉ cần xóa vẫn ở trong tệp danh sách, có thể xóa tay trên trang quản lý CDN.`);
	}
	if (!response.ok) {
		throw new DeployError(`Địa chỉ xóa bộ nhớ đệm CDN ${url} trả lời ${response.status} ${response.statusText}.\nCách sửa: kiểm tra DEPLOY_PURGE_URL và DEPLOY_PURGE_TOKEN (quyền xóa bộ nhớ đệm); danh sách địa chỉ cần xóa vẫn ở trong tệp danh sách.`);
	}
}

async function runPurgeCommand(command: string, listFile: string): Promise<void> {
	const list = await fs.readFile(listFile);
	const code = await new Promise<number>((resolve, reject) => {
		const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...process.env, DEPLOY_PURGE_FILE: listFile } });
		child.on('error', reject);
		child.on('close', (status) => resolve(status ?? 1));
		// A command that reads DEPLOY_PURGE_FILE instead may exit without reading its input: not an error.
		child.stdin.on('error', () => {});
		child.stdin.end(list);
	});
	if (code !== 0) {
		throw new DeployError(`Lệnh xóa bộ nhớ đệm CDN (DEPLOY_PURGE_COMMAND) kết thúc với mã ${code}.\nCách sửa: chạy thử lệnh đó bằng tay với tệp ${listFile}; trang đã được đưa lên, chỉ CDN có thể còn giữ bản cũ tới khi hết thời gian đệm (5 phút với HTML).`);
	}
}
