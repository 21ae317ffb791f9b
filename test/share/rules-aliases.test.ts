import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { hashCode } from '../../src/schema/short-code.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';

const idOf = (file: string) => file.replace(/^documents\//, '').replace(/\.mdx$/, '');
const permalinkErrors = (root: string) => checkContent(root).errors.filter((p) => p.field.startsWith('aliases') || p.field === 'shortCode');

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

describe('the checker keeps old addresses and short links unambiguous', () => {
	it('accepts the sample content, whose Thuận Nam plan has an old address', () => {
		root = copyContent();
		expect(permalinkErrors(root)).toEqual([]);
	});

	it('rejects an old address that is another document’s address', () => {
		root = copyContent();
		editData(root, SEED.hue, (d) => (d.aliases = [`/van-ban/${idOf(SEED.coLe)}/`]));
		const [error, ...rest] = permalinkErrors(root);
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ field: 'aliases[0]', file: expect.stringContaining(SEED.hue) });
		expect(error!.message).toMatch(new RegExp(`là địa chỉ của văn bản \\S*${SEED.coLe}$`));
	});

	it('rejects an old address claimed by two documents, naming each to the other', () => {
		root = copyContent();
		editData(root, SEED.hue, (d) => (d.aliases = ['/van-ban/ubnd-huyen-thuan-nam/2023/ke-hoach-cai-cach-hanh-chinh-2023/']));
		const errors = permalinkErrors(root);
		expect(errors.map((e) => e.file.split('/').slice(-3).join('/')).sort()).toEqual(
			[SEED.hue, SEED.thuanNam].map((f) => f.split('/').slice(-3).join('/')).sort(),
		);
		for (const error of errors) expect(error.message).toMatch(/cũng ghi đường dẫn cũ \/van-ban\/ubnd-huyen-thuan-nam\/2023\/ke-hoach-cai-cach-hanh-chinh-2023\//);
	});

	it('rejects the document’s own address, another page’s address, and a repeated line', () => {
		root = copyContent();
		editData(root, SEED.hue, (d) => (d.aliases = [`/van-ban/${idOf(SEED.hue)}/`, '/phong-trao/co-le-cchc-2024/', '/d/abcdef/', '/tin-tuc/563/', '/tin-tuc/563/']));
		const messages = permalinkErrors(root).map((e) => `${e.field} ${e.message}`);
		expect(messages).toEqual([
			expect.stringMatching(/^aliases\[0\] .*địa chỉ hiện tại của chính văn bản này/),
			expect.stringMatching(/^aliases\[1\] .*dành cho một trang khác/),
			expect.stringMatching(/^aliases\[2\] .*dành cho một trang khác/),
			expect.stringMatching(/^aliases\[4\] .*được ghi hai lần/),
		]);
	});

	it('rejects two documents with the same short link and suggests a free shortCode that fixes it', () => {
		root = copyContent();
		const taken = hashCode(idOf(SEED.coLe));
		editData(root, SEED.hue, (d) => (d.shortCode = taken));
		const errors = permalinkErrors(root);
		expect(errors.length).toBeGreaterThanOrEqual(1);
		for (const error of errors) {
			expect(error.field).toBe('shortCode');
			expect(error.message).toContain(`liên kết ngắn /d/${taken}/ trùng với văn bản`);
			expect(formatProblem(error)).toMatch(/Cách sửa: thêm dòng "shortCode: [2-9a-km-np-z]{6}"/);
		}
		const hue = errors.find((e) => e.file.endsWith(SEED.hue))!;
		expect(hue.line).toBeGreaterThan(1);
		const suggested = /shortCode: ([a-z0-9]+)/.exec(hue.hint!)![1]!;
		editData(root, SEED.hue, (d) => (d.shortCode = suggested));
		expect(permalinkErrors(root)).toEqual([]);
	});

	it('rejects a short link kept from an earlier file name when another document now owns it', () => {
		root = copyContent();
		editData(root, SEED.hue, (d) => (d.aliases = ['/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh-cu/']));
		editData(root, SEED.coLe, (d) => (d.shortCode = hashCode('ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh-cu')));
		const errors = permalinkErrors(root);
		// Only the document using the code as its own can change it; the printed old code stays.
		expect(errors.map((e) => e.file.endsWith(SEED.coLe))).toEqual([true]);
	});

	it('rejects a malformed shortCode with the allowed symbols', () => {
		root = copyContent();
		editData(root, SEED.hue, (d) => (d.shortCode = 'AB0l12'));
		const error = checkContent(root).errors.find((e) => e.field === 'shortCode');
		expect(error?.message).toContain('23456789abcdefghijkmnpqrstuvwxyz');
	});
});
