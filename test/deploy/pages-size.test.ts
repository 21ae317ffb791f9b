import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureSite, pagesVerdict, PAGES_LIMIT_BYTES, PAGES_WARN_BYTES } from '../../tools/deploy/pages-size.ts';
import { runCli } from '../../tools/deploy/pages-check.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-size-'));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

function write(key: string, bytes: number) {
	fs.mkdirSync(path.dirname(path.join(dist, key)), { recursive: true });
	fs.writeFileSync(path.join(dist, key), Buffer.alloc(bytes, 97));
}

describe('the size GitHub Pages sees', () => {
	it('counts every file as a tar archive does: a 512-byte header each, contents padded to 512, folders too; hidden folders left out', () => {
		write('index.html', 1);
		write('d/abc234/index.html', 600);
		write('.git/objects/big', 5000);
		// index.html 512+512; d/ 512; d/abc234/ 512; d/abc234/index.html 512+1024
		expect(measureSite(dist)).toEqual({ files: 2, bytes: 601, tarBytes: 512 + 512 + 512 + 512 + 512 + 1024 });
	});

	it('passes under 800 MB, warns from 800 MB, fails from 1 GB, naming the S3 path in Vietnamese', () => {
		const size = (tarBytes: number) => ({ files: 12_345, bytes: tarBytes, tarBytes });
		expect(pagesVerdict(size(PAGES_WARN_BYTES - 1)).level).toBe('ok');
		const warn = pagesVerdict(size(PAGES_WARN_BYTES));
		expect(warn.level).toBe('warn');
		expect(warn.message).toContain('Sắp chạm giới hạn 1 GB');
		const error = pagesVerdict(size(PAGES_LIMIT_BYTES));
		expect(error.level).toBe('error');
		expect(error.message).toContain('12.345 tệp, 1.000 MB');
		expect(error.message).toMatch(/Cách sửa: .*npm run deploy:s3/);
		expect(pagesVerdict(size(PAGES_LIMIT_BYTES - 1)).level).toBe('warn');
	});

	it('the workflow step exits 0 on a small site and prints its size', () => {
		const out: string[] = [];
		expect(runCli(['--dist', dist], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(0);
		expect(out.join('\n')).toMatch(/^Trang có 2 tệp, 0 MB/);
	});

	it('the workflow step fails with an error annotation once the site reaches 1 GB (a sparse file: no disk used)', () => {
		const big = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-size-big-'));
		try {
			fs.writeFileSync(path.join(big, 'index.html'), '');
			fs.truncateSync(path.join(big, 'index.html'), PAGES_LIMIT_BYTES);
			const err: string[] = [];
			expect(runCli(['--dist', big], { out: () => {}, err: (t) => err.push(t) })).toBe(1);
			expect(err.join('\n')).toMatch(/^::error title=Dung lượng GitHub Pages::Trang có 1 tệp, 1\.000 MB/);
			expect(err.join('\n')).toContain('GitHub Pages không nhận trang lớn hơn 1 GB');
		} finally {
			fs.rmSync(big, { recursive: true, force: true });
		}
	});
});
