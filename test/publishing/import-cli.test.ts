/** The command press officers run: npm run import -- <file.txt> [--agency] [--out] [--dry-run] [--force]. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CLI = path.resolve('tools', 'publishing', 'import', 'cli.ts');
const PLAN = path.resolve('test', 'publishing', 'fixtures', 'import', 'ke-hoach-day-du.txt');
const EXPECTED = path.join('ubnd-huyen-mo-duc', '2024', 'kh-25-to-chuc-phong-trao-thi-dua-chuyen-doi-so.mdx');

let out: string;
beforeEach(() => {
	out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
});
afterEach(() => {
	fs.rmSync(out, { recursive: true, force: true });
});

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: path.resolve('.') });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('import CLI', () => {
	it('writes a draft into --out and reports in Vietnamese', () => {
		const result = run(PLAN, '--out', out);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const written = path.join(out, EXPECTED);
		expect(fs.existsSync(written)).toBe(true);
		const mdx = fs.readFileSync(written, 'utf8');
		expect(mdx).toMatch(/^---\n/);
		expect(mdx).toContain('draft: true');
		expect(mdx).toContain('number: "25"');
		expect(mdx).toContain('## I. MỤC ĐÍCH, YÊU CẦU');
		expect(result.stdout).toContain('Đã tạo bản nháp:');
		expect(result.stdout).toContain(EXPECTED);
		expect(result.stdout).toContain('Ký hiệu (symbol): KH-UBND');
		expect(result.stdout).toContain('Cần kiểm tra');
	});

	it('refuses to overwrite an existing draft, and overwrites with --force', () => {
		expect(run(PLAN, '--out', out).status).toBe(0);
		const written = path.join(out, EXPECTED);
		fs.writeFileSync(written, 'đã sửa tay');
		const again = run(PLAN, '--out', out);
		expect(again.status).not.toBe(0);
		expect(again.stderr).toContain('Tệp đã có');
		expect(again.stderr).toContain('--force');
		expect(fs.readFileSync(written, 'utf8')).toBe('đã sửa tay');
		const forced = run(PLAN, '--out', out, '--force');
		expect(forced.status).toBe(0);
		expect(fs.readFileSync(written, 'utf8')).toMatch(/^---\n/);
	});

	it('exits non-zero with a Vietnamese message when the input file is missing', () => {
		const result = run(path.join(out, 'khong-co.txt'), '--out', out);
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('Không tìm thấy tệp đầu vào');
		expect(fs.readdirSync(out)).toEqual([]);
	});

	it('exits non-zero with usage when no file is given', () => {
		const result = run('--out', out);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Cách dùng');
	});

	it('--dry-run prints the draft and writes nothing', () => {
		const result = run(PLAN, '--out', out, '--dry-run');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('draft: true');
		expect(result.stdout).toContain('chưa ghi tệp');
		expect(fs.readdirSync(out)).toEqual([]);
	});

	it('--agency puts the draft under the chosen agency; an unknown id is refused', () => {
		const chosen = run(PLAN, '--out', out, '--agency', 'ubnd-tinh-quang-ngai');
		expect(chosen.status).toBe(0);
		expect(fs.existsSync(path.join(out, 'ubnd-tinh-quang-ngai', '2024'))).toBe(true);
		const unknown = run(PLAN, '--out', out, '--agency', 'khong-co-co-quan-nay');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('Không có cơ quan mã "khong-co-co-quan-nay"');
	});

	it('files without a known agency go to chua-ro-co-quan', () => {
		const input = path.join(out, 'tin.txt');
		fs.writeFileSync(input, 'Xã Hòa Bình tổ chức hội nghị thi đua\n\nNgày 05/3/2024, xã Hòa Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 với sự tham dự của đông đảo cán bộ và nhân dân.\n');
		const result = run(input, '--out', path.join(out, 'docs'));
		expect(result.status).toBe(0);
		expect(fs.readdirSync(path.join(out, 'docs'))).toEqual(['chua-ro-co-quan']);
		expect(result.stdout).toContain('(agency)');
	});
	it('stops before creating a second copy of a published document with a blank number (same agency, date and title)', () => {
		const seed = path.resolve('test', 'fixtures', 'import', '004_a6d7c0f9bae6b975.txt');
		const result = run(seed, '--dry-run');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Văn bản này đã có trên trang: content/documents/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx');
		expect(result.stderr).toMatch(/cùng ngày 2023-01 và trích yếu gần như trùng/);
		expect(result.stdout).toBe('');
	});

	it('stops before filing the same agency and number twice under another name', () => {
		expect(run(PLAN, '--out', out).status).toBe(0);
		const retitled = path.join(out, 'ban-sua.txt');
		fs.writeFileSync(retitled, fs.readFileSync(PLAN, 'utf8').replace(/Tổ chức phong trào thi đua/i, 'Phát động thi đua'));
		const again = run(retitled, '--out', out);
		expect(again.status).toBe(1);
		// The CLI names the file relative to where it runs (run() uses this process's folder).
		expect(again.stderr).toContain(path.relative(path.resolve('.'), path.join(out, EXPECTED)));
		expect(again.stderr).toMatch(/cùng cơ quan ubnd-huyen-mo-duc và số 25\/KH-UBND năm 2024/);
	});
});
