/**
 * Bad trail content in a copy of the sample content: milestones and change
 * notes are rejected (or warned about) with file, line, field and a fix, in
 * Vietnamese.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';

const HCMC = 'campaigns/tp-hcm-chinh-quyen-so-chuyen-doi-so-2022-2025.yaml';
let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
});

function broken(file: string, change: (data: Record<string, any>) => void) {
	root = copyContent();
	editData(root, file, change);
	return checkContent(root);
}

describe('campaign milestones', () => {
	it('rejects a milestone kind outside the list, naming the field in Vietnamese', () => {
		const { errors } = broken(HCMC, (d) => (d.milestones[1].kind = 'so-ket-giua-ky'));
		const error = errors.find((p) => p.file.endsWith(HCMC) && p.field === 'milestones[1].kind');
		expect(error, errors.map(formatProblem).join('\n')).toBeDefined();
		expect(error!.message).toMatch(/^loại mốc chỉ được là một trong phat-dong, so-ket, tong-ket, han-de-nghi, khen-thuong/);
		expect(formatProblem(error!)).toContain('mốc phong trào');
		const lines = fs.readFileSync(`${root}/${HCMC}`, 'utf8').split('\n');
		expect(lines[error!.line! - 1]).toMatch(/kind: so-ket-giua-ky/);
	});

	it('rejects a milestone without its planned date', () => {
		const { errors } = broken(HCMC, (d) => delete d.milestones[2].date);
		expect(errors.map((p) => p.field)).toContain('milestones[2].date');
	});

	it('rejects a milestone pointing at a document of another campaign, saying how to fix it', () => {
		const { errors } = broken(HCMC, (d) => (d.milestones[1].document = 'ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh'));
		const error = errors.find((p) => p.field === 'milestones[1].document')!;
		expect(error.message).toBe('văn bản "ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh" không thuộc phong trào này (trường campaign của văn bản là "co-le-cchc-2024")');
		expect(error.hint).toBe('ghi "campaign: tp-hcm-chinh-quyen-so-chuyen-doi-so-2022-2025" trong văn bản, hoặc chọn đúng văn bản cho mốc này');
	});

	it('warns, without failing, about a milestone whose document is not on the site', () => {
		const { errors, warnings } = broken(HCMC, (d) => (d.milestones[2].document = 'ubnd-thanh-pho-ho-chi-minh/2023/bc-so-ket'));
		expect(errors).toEqual([]);
		const warning = warnings.find((p) => p.field === 'milestones[2].document')!;
		expect(warning.message).toBe('không có văn bản mã "ubnd-thanh-pho-ho-chi-minh/2023/bc-so-ket" trên trang; mốc này sẽ hiện "Chưa có văn bản"');
	});
});

describe('change notes and excerpts', () => {
	it('rejects a change note without its text or with a date that is not a day', () => {
		const { errors } = broken(SEED.hue, (d) => (d.changes = [{ date: '2024-03' }, { date: '2024-03-05', note: '  ' }]));
		expect(errors.map((p) => p.field)).toEqual(expect.arrayContaining(['changes[0].date', 'changes[0].note', 'changes[1].note']));
		expect(formatProblem(errors.find((p) => p.field === 'changes[1].note')!)).toContain('ghi chú thay đổi');
	});

	it('rejects a change note written with the correction field names', () => {
		const { errors } = broken(SEED.hue, (d) => (d.changes = [{ date: '2024-03-05', what: 'Thêm bản gốc' }]));
		expect(errors.map((p) => p.field)).toEqual(expect.arrayContaining(['changes[0].note']));
	});

	it('rejects an empty excerpt description', () => {
		const { errors } = broken(SEED.hue, (d) => (d.excerpt = ''));
		expect(errors.find((p) => p.field === 'excerpt')?.message).toBe('không được để trống (phần văn bản có trên trang)');
	});
});
