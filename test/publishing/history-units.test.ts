/** The pieces behind history and attachments: git log parsing, time zones, sizes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHistory, parseGitLog, readGitHistory } from '../../src/history/git-log.ts';
import { vietnamTime } from '../../src/history/document-history.ts';
import { formatBytes } from '../../src/attachments/attachments.ts';

const record = (hash: string, date: string, subject: string, changes: string[]) => `\x1e${hash}\x1f${date}\x1f${subject}\n\n${changes.join('\n')}\n`;

describe('parseGitLog', () => {
	it('follows a rename back to the file’s first commit', () => {
		const log = [
			record('c3', '2024-02-02T10:00:00+07:00', 'Sửa', ['M\tdocs/b.mdx']),
			record('c2', '2024-01-25T10:00:00+07:00', 'Đổi tên', ['R100\tdocs/a.mdx\tdocs/b.mdx']),
			record('c1', '2024-01-20T10:00:00+07:00', 'Đăng', ['A\tdocs/a.mdx', 'A\tdocs/c.mdx']),
		].join('');
		const byFile = parseGitLog(log);
		expect(byFile.get('docs/b.mdx')?.map((c) => c.hash)).toEqual(['c3', 'c2', 'c1']);
		expect(byFile.get('docs/c.mdx')?.map((c) => c.subject)).toEqual(['Đăng']);
		expect(byFile.has('docs/a.mdx')).toBe(false);
	});

	it('does not give a re-created file the history of the one deleted before it', () => {
		const log = [
			record('c3', '2024-03-01T10:00:00+07:00', 'Tạo lại', ['A\tdocs/a.mdx']),
			record('c2', '2024-02-01T10:00:00+07:00', 'Xóa', ['D\tdocs/a.mdx']),
			record('c1', '2024-01-01T10:00:00+07:00', 'Đăng', ['A\tdocs/a.mdx']),
		].join('');
		expect(parseGitLog(log).get('docs/a.mdx')?.map((c) => c.hash)).toEqual(['c3']);
	});

	it('gives a copied file its own history from the copy on', () => {
		const log = [
			record('c2', '2024-02-01T10:00:00+07:00', 'Sao chép', ['C90\tdocs/a.mdx\tdocs/b.mdx']),
			record('c1', '2024-01-01T10:00:00+07:00', 'Đăng', ['A\tdocs/a.mdx']),
		].join('');
		const byFile = parseGitLog(log);
		expect(byFile.get('docs/b.mdx')?.map((c) => c.hash)).toEqual(['c2']);
		expect(byFile.get('docs/a.mdx')?.map((c) => c.hash)).toEqual(['c1']);
	});
});

describe('outside a git checkout', () => {
	it('reads no history and does not throw', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khong-phai-git-'));
		try {
			fs.writeFileSync(path.join(dir, 'a.mdx'), 'x');
			expect(readGitHistory(dir)).toBeUndefined();
			expect(fileHistory(path.join(dir, 'a.mdx'), dir)).toBeUndefined();
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('vietnamTime', () => {
	it('shows any instant in +07:00', () => {
		expect(vietnamTime('2024-01-20T02:00:00Z')).toBe('2024-01-20T09:00:00+07:00');
		expect(vietnamTime('2024-01-19T20:30:00-05:00')).toBe('2024-01-20T08:30:00+07:00');
	});
});

describe('formatBytes', () => {
	it('writes sizes the Vietnamese way, with a decimal comma', () => {
		expect(formatBytes(850)).toBe('850 byte');
		expect(formatBytes(12_800)).toBe('12,5 KB');
		expect(formatBytes(1_258_291)).toBe('1,2 MB');
		expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
	});
});
