/**
 * The bench's dist table (issue 18): every file counted once, under the
 * kind a reader of the table would look for it in, hidden folders left out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distSize } from '../../tools/bench/measure.ts';

function site(files: Record<string, number>): string {
	const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-size-'));
	for (const [file, bytes] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
		fs.writeFileSync(path.join(dist, file), Buffer.alloc(bytes));
	}
	return dist;
}

describe('distSize', () => {
	const dist = site({
		'og/a.png': 300,
		'og/b.png': 100,
		'van-ban/ubnd-x/2024/ke-hoach-1/index.html': 5000,
		'van-ban/ubnd-x/2024/ke-hoach-2/index.html': 7000,
		'van-ban/ubnd-x/2024/ke-hoach-1/ban-ky.pdf': 900,
		'van-ban/nam/2024/index.html': 40,
		'van-ban/trang/2/index.html': 50,
		'van-ban/index.html': 60,
		'khen-thuong/nam/2024/index.html': 70,
		'du-lieu/khen-thuong.csv': 80,
		'd/k7m3xq/index.html': 2,
		'pagefind/fragment/x.pf_fragment': 3,
		'index.html': 4,
		'.dang-xoa-1/old.html': 999_999,
	});
	const size = distSize(dist);
	const kind = (name: string) => size.kinds.find((row) => row.kind.startsWith(name));

	it('sums every file but hidden folders', () => {
		expect(size.files).toBe(13);
		expect(size.bytes).toBe(300 + 100 + 5000 + 7000 + 900 + 40 + 50 + 60 + 70 + 80 + 2 + 3 + 4);
	});

	it('tells document pages from their attachments and from the lists under /van-ban/', () => {
		expect(kind('trang văn bản')).toMatchObject({ files: 2, bytes: 12_000 });
		expect(kind('tệp đính kèm')).toMatchObject({ files: 1, bytes: 900 });
		expect(kind('danh sách văn bản')).toMatchObject({ files: 3, bytes: 150 });
		expect(size.perDocumentPage).toBe(6000);
	});

	it('puts the other kinds where their folder says, largest first', () => {
		expect(kind('ảnh chia sẻ')).toMatchObject({ files: 2, bytes: 400 });
		expect(size.perShareImage).toBe(200);
		expect(kind('trang khen thưởng')?.bytes).toBe(70);
		expect(kind('dữ liệu mở')?.bytes).toBe(80);
		expect(kind('liên kết ngắn')?.bytes).toBe(2);
		expect(kind('chỉ mục tìm kiếm')?.bytes).toBe(3);
		expect(kind('trang khác')?.bytes).toBe(4);
		expect(size.kinds.map((row) => row.bytes)).toEqual([...size.kinds.map((row) => row.bytes)].sort((a, b) => b - a));
	});
});
