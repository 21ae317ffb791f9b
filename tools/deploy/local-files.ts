/**
 * What of a built `dist/` goes to object storage, with the SHA-256 and
 * headers of each file: the deploy compares these with the manifest of the
 * previous deploy to send only what changed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { forEachLimited } from './limit.ts';
import { cacheRulesOf, objectHeaders, type ObjectHeaders } from './object-headers.ts';

/** One file to publish, keyed by its path inside dist/ ("van-ban/x/index.html"). */
export interface LocalFile extends ObjectHeaders {
	key: string;
	/** Absolute path on disk. */
	file: string;
	sha256: string;
	size: number;
}

/**
 * Host configuration, not site content: `_headers`, `_redirects` and the
 * nginx map sit at the top of dist/ for hosts that read them, and a bucket
 * would only serve them as files.
 */
export function isHostConfiguration(key: string): boolean {
	return !key.includes('/') && key.startsWith('_');
}

/** Hidden names (".git", the ".dang-xoa-…" folder a build is still emptying) are never part of the site. */
const isHidden = (key: string) => key.split('/').some((part) => part.startsWith('.'));

/** Every file of `dist` to publish, sorted by key, hashed `concurrency` at a time. */
export async function readLocalFiles(dist: string, concurrency = 8): Promise<LocalFile[]> {
	const headersFile = await fs.readFile(path.join(dist, '_headers'), 'utf8').catch(() => '');
	const rules = cacheRulesOf(headersFile);
	const entries = await fs.readdir(dist, { recursive: true, withFileTypes: true });
	const keys = entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.filter((key) => !isHidden(key) && !isHostConfiguration(key))
		.sort();
	const files: LocalFile[] = new Array(keys.length);
	await forEachLimited(keys, concurrency, async (key, index) => {
		const file = path.join(dist, ...key.split('/'));
		const { sha256, size } = await digestOf(file);
		files[index] = { key, file, sha256, size, ...objectHeaders(key, rules) };
	});
	return files;
}

/** SHA-256 (hex) and size of a file, streamed: attachments may be up to 100 MB. */
export async function digestOf(file: string): Promise<{ sha256: string; size: number }> {
	const hash = createHash('sha256');
	let size = 0;
	for await (const chunk of createReadStream(file)) {
		hash.update(chunk as Buffer);
		size += (chunk as Buffer).length;
	}
	return { sha256: hash.digest('hex'), size };
}
