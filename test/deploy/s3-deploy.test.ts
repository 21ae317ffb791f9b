/**
 * Deploys a small built site three times to a local S3-compatible server
 * (s3rver) and watches what the server receives: the second deploy sends
 * only what changed and deletes what was withdrawn, the third sends nothing.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../tools/deploy/cli.ts';
import { IMMUTABLE, SHORT } from '../../tools/deploy/object-headers.ts';
import { MANIFEST_KEY } from '../../tools/deploy/manifest.ts';

const BUCKET = 'trang-tdkt';
const SITE_URL = 'https://tdkt.example.vn';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-s3-'));
const dist = path.join(work, 'dist');
const purgeList = path.join(work, 'purge-urls.txt');

let server: S3rver;
let endpoint = '';
let client: S3Client;
/** Keys the S3 server stored, in order, since the last reset. */
let stored: string[] = [];
let purgeServer: http.Server;
let purgeUrl = '';
let purgeRequests: { authorization: string | undefined; body: { urls: string[]; paths: string[] } }[] = [];

function write(key: string, content: string | Buffer) {
	const file = path.join(dist, key);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, content);
}

async function deploy(...extra: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(['--bucket', BUCKET, '--endpoint', endpoint, '--dist', dist, '--site-url', SITE_URL, '--purge-list', purgeList, ...extra], {
		out: (text) => out.push(text),
		err: (text) => err.push(text),
		env: { DEPLOY_PURGE_URL: purgeUrl, DEPLOY_PURGE_TOKEN: 'bi-mat' },
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

async function bucketKeys(): Promise<string[]> {
	const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
	return (listed.Contents ?? []).map((object) => object.Key!).sort();
}

const text = async (key: string) => (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToString();

beforeAll(async () => {
	vi.stubEnv('AWS_ACCESS_KEY_ID', 'S3RVER');
	vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'S3RVER');
	server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(work, 's3'), configureBuckets: [{ name: BUCKET }] });
	const { port } = await server.run();
	endpoint = `http://127.0.0.1:${port}`;
	server.on('event', (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
		for (const record of event.Records) if (record.eventName === 'ObjectCreated:Put') stored.push(decodeURIComponent(record.s3.object.key));
	});
	client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
	purgeServer = http.createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', () => {
			purgeRequests.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
			response.end('{}');
		});
	});
	await new Promise<void>((resolve) => purgeServer.listen(0, '127.0.0.1', resolve));
	purgeUrl = `http://127.0.0.1:${(purgeServer.address() as AddressInfo).port}/purge`;

	write('index.html', '<!doctype html><title>Trang chủ</title>');
	write('van-ban/a/2024/ke-hoach/index.html', '<!doctype html><title>Kế hoạch</title>');
	write('van-ban/a/2024/ke-hoach/ban-ky.pdf', Buffer.from('%PDF-1.7 bản ký'));
	write('van-ban/b/2023/quyet-dinh/index.html', '<!doctype html><title>Quyết định</title>');
	write('_astro/site.B1x2y3.css', 'body{margin:0}');
	write('og/0dcd1cd9efe510c1.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	write('pagefind/pagefind-entry.json', '{"version":"1"}');
	write('pagefind/fragment/vi_1a2b3c.pf_fragment', Buffer.from([1, 2, 3]));
	write('rss.xml', '<rss/>');
	// Host configuration and a folder the build is still emptying: never objects in the bucket.
	write('_headers', '/*\n  X-Content-Type-Options: nosniff\n');
	write('_redirects', '/d/abc234/ /van-ban/a/2024/ke-hoach/ 301\n');
	write('.dang-xoa-123/old/index.html', 'cũ');
});

afterAll(async () => {
	vi.unstubAllEnvs();
	await server?.close();
	await new Promise((resolve) => purgeServer?.close(resolve));
	fs.rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
	stored = [];
	purgeRequests = [];
});

describe('npm run deploy:s3 against a local S3-compatible server', () => {
	const SITE_FILES = [
		'_astro/site.B1x2y3.css',
		'index.html',
		'og/0dcd1cd9efe510c1.png',
		'pagefind/fragment/vi_1a2b3c.pf_fragment',
		'pagefind/pagefind-entry.json',
		'rss.xml',
		'van-ban/a/2024/ke-hoach/ban-ky.pdf',
		'van-ban/a/2024/ke-hoach/index.html',
		'van-ban/b/2023/quyet-dinh/index.html',
	];

	it('first deploy: sends every site file (not _headers, _redirects or hidden folders) with its type and cache policy', async () => {
		const result = await deploy();
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect([...stored].sort()).toEqual([MANIFEST_KEY, ...SITE_FILES].sort());
		expect(await bucketKeys()).toEqual([MANIFEST_KEY, ...SITE_FILES].sort());
		// Stylesheets and images before pages, the manifest last.
		expect(stored.indexOf('_astro/site.B1x2y3.css')).toBeLessThan(stored.indexOf('index.html'));
		expect(stored.at(-1)).toBe(MANIFEST_KEY);

		const head = (key: string) => client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
		const expected: [string, string, string][] = [
			['index.html', 'text/html; charset=utf-8', SHORT],
			['van-ban/a/2024/ke-hoach/index.html', 'text/html; charset=utf-8', SHORT],
			['van-ban/a/2024/ke-hoach/ban-ky.pdf', 'application/pdf', SHORT],
			['_astro/site.B1x2y3.css', 'text/css; charset=utf-8', IMMUTABLE],
			['og/0dcd1cd9efe510c1.png', 'image/png', IMMUTABLE],
			['pagefind/fragment/vi_1a2b3c.pf_fragment', 'application/octet-stream', IMMUTABLE],
			['pagefind/pagefind-entry.json', 'application/json; charset=utf-8', SHORT],
			['rss.xml', 'application/xml; charset=utf-8', SHORT],
		];
		for (const [key, type, cache] of expected) {
			const object = await head(key);
			expect([key, object.ContentType, object.CacheControl]).toEqual([key, type, cache]);
		}
		expect(await text('van-ban/a/2024/ke-hoach/index.html')).toBe('<!doctype html><title>Kế hoạch</title>');
		const manifest = JSON.parse(await text(MANIFEST_KEY));
		expect(Object.keys(manifest.files).sort()).toEqual(SITE_FILES);
		expect(manifest.files['index.html'].sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(fs.readFileSync(purgeList, 'utf8').split('\n')).toContain(`${SITE_URL}/van-ban/a/2024/ke-hoach/`);
	});

	it('second deploy: sends only the changed and new files, deletes the withdrawn one, and purges exactly those addresses', async () => {
		write('van-ban/a/2024/ke-hoach/index.html', '<!doctype html><title>Kế hoạch (đính chính)</title>');
		write('van-ban/c/2024/thong-bao/index.html', '<!doctype html><title>Thông báo mới</title>');
		fs.rmSync(path.join(dist, 'van-ban/b/2023'), { recursive: true });
		// Rewritten with the same bytes: a new mtime is not a change.
		write('rss.xml', '<rss/>');

		const result = await deploy();
		expect(result.code).toBe(0);
		expect(result.out).toContain('cần gửi 2 tệp');
		expect(result.out).toContain('xóa 1 tệp');
		expect(stored.filter((key) => key !== MANIFEST_KEY).sort()).toEqual(['van-ban/a/2024/ke-hoach/index.html', 'van-ban/c/2024/thong-bao/index.html']);
		const keys = await bucketKeys();
		expect(keys).not.toContain('van-ban/b/2023/quyet-dinh/index.html');
		expect(keys).toContain('van-ban/c/2024/thong-bao/index.html');
		expect(await text('van-ban/a/2024/ke-hoach/index.html')).toContain('đính chính');

		expect(purgeRequests).toHaveLength(1);
		expect(purgeRequests[0]!.authorization).toBe('Bearer bi-mat');
		expect(purgeRequests[0]!.body.paths).toEqual(['/van-ban/a/2024/ke-hoach/', '/van-ban/b/2023/quyet-dinh/', '/van-ban/c/2024/thong-bao/']);
		expect(purgeRequests[0]!.body.urls).toEqual(purgeRequests[0]!.body.paths.map((p) => `${SITE_URL}${p}`));
		expect(fs.readFileSync(purgeList, 'utf8')).toBe(purgeRequests[0]!.body.urls.map((url) => `${url}\n`).join(''));
	});

	it('third deploy with nothing changed: sends no file, deletes nothing, purges nothing', async () => {
		const result = await deploy();
		expect(result.code).toBe(0);
		expect(result.out).toContain('cần gửi 0 tệp');
		expect(stored.filter((key) => key !== MANIFEST_KEY)).toEqual([]);
		expect(purgeRequests).toEqual([]);
		expect(fs.readFileSync(purgeList, 'utf8')).toBe('');
	});

	it('an object deleted by hand, or put there by hand, is found from the listing and set right', async () => {
		await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'thu-nghiem/index.html', Body: 'tệp lạ' }));
		const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
		await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'rss.xml' }));
		stored = [];
		const result = await deploy();
		expect(result.code).toBe(0);
		expect(stored.filter((key) => key !== MANIFEST_KEY)).toEqual(['rss.xml']);
		expect(await bucketKeys()).not.toContain('thu-nghiem/index.html');
	});

	it('--dry-run lists what would change and changes nothing', async () => {
		write('rss.xml', '<rss><item/></rss>');
		const result = await deploy('--dry-run');
		expect(result.code).toBe(0);
		expect(result.out).toContain('gửi  rss.xml');
		expect(stored).toEqual([]);
		expect(await text('rss.xml')).toBe('<rss/>');
		expect(purgeRequests).toEqual([]);
	});
});

describe('messages for whoever runs the deploy', () => {
	it('a bucket that does not exist: names it and says how to fix it, exit code 1', async () => {
		const out: string[] = [];
		const err: string[] = [];
		const code = await runCli(['--bucket', 'khong-co-kho-nay', '--endpoint', endpoint, '--dist', dist], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
		expect(code).toBe(1);
		expect(err.join('\n')).toMatch(/Không liệt kê được kho lưu trữ khong-co-kho-nay/);
		expect(err.join('\n')).toMatch(/Cách sửa: kiểm tra tên kho lưu trữ \(--bucket\)/);
	});

	it('a dist with no home page is refused before anything is deleted', async () => {
		const empty = fs.mkdtempSync(path.join(work, 'empty-'));
		const keysBefore = await bucketKeys();
		const err: string[] = [];
		const code = await runCli(['--bucket', BUCKET, '--endpoint', endpoint, '--dist', empty], { out: () => {}, err: (t) => err.push(t), env: {} });
		expect(code).toBe(1);
		expect(err.join('\n')).toContain('không có trang chủ (index.html)');
		expect(err.join('\n')).toContain('Cách sửa: chạy npm run build');
		expect(await bucketKeys()).toEqual(keysBefore);
	});

	it('no bucket named: usage error 2 in Vietnamese', async () => {
		const err: string[] = [];
		expect(await runCli(['--dist', dist], { out: () => {}, err: (t) => err.push(t), env: {} })).toBe(2);
		expect(err.join('\n')).toContain('Chưa có tên kho lưu trữ (--bucket)');
	});
});
