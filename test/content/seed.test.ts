import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContent } from '../../src/validation/index.ts';
import { diacriticRatio } from '../../src/validation/text.ts';
import { ROOT } from '../helpers/paths.ts';
import { SEED } from '../helpers/content-fixture.ts';

const result = checkContent(path.join(ROOT, 'content'));
const doc = (file: string) => result.content.documents.get(file.replace(/^documents\//, '').replace(/\.mdx$/, ''))!;

describe('the sample content', () => {
	it('is accepted without errors or warnings', () => {
		expect(result.problems).toEqual([]);
	});

	it('holds the five seed documents, the two award results, the HCMC trail, their agencies and campaigns', () => {
		// 5 seed documents + 2 award results + the HCMC plan 2242/KH-UBND and the city office's notice of it.
		expect(result.content.documents.size).toBe(9);
		// One per seed campaign, the HCMC campaign, and the Thừa Thiên Huế 2016 bloc emulation that decision 563 names.
		expect(result.content.campaigns.size).toBe(7);
		expect([...result.content.agencies.keys()]).toEqual(
			expect.arrayContaining(['ubnd-huyen-mo-duc', 'ubnd-thi-tran-co-le', 'ubnd-huyen-bac-tra-my', 'ubnd-huyen-binh-son', 'ubnd-huyen-thuan-nam', 'ubnd-tinh-thua-thien-hue', 'thu-tuong-chinh-phu', 'ubnd-thanh-pho-ho-chi-minh', 'van-phong-ubnd-thanh-pho-ho-chi-minh']),
		);
	});

	it.each(Object.entries(SEED))('%s is accepted on its own', (_, file) => {
		expect(doc(file), file).toBeDefined();
	});

	it('keeps blank numbers blank instead of inventing them', () => {
		expect(doc(SEED.thuanNam).data).toMatchObject({ symbol: 'KH-UBND', date: '2023-01' });
		expect(doc(SEED.thuanNam).data.number).toBeUndefined();
		expect(doc(SEED.binhSon).data).toMatchObject({ symbol: 'TB-UBND', date: '2023' });
		expect(doc(SEED.binhSon).data.number).toBeUndefined();
	});

	it('marks the two OCR seeds as digitised and restores their diacritics', () => {
		for (const file of [SEED.moDuc, SEED.coLe]) {
			const entry = doc(file);
			expect(entry.data.source.kind).toBe('so-hoa');
			expect(diacriticRatio(entry.raw.body)).toBeGreaterThan(0.2);
			expect(entry.raw.body).toBe(entry.raw.body.normalize('NFC'));
		}
		expect(doc(SEED.moDuc).raw.body).toContain('đồng chí Phạm Ngọc Lan - Chủ tịch UBND huyện');
		expect(doc(SEED.coLe).raw.body).toContain('Kế hoạch số 25/KH-UBND ngày 20/02/2024 của UBND huyện Trực Ninh');
	});

	it('keeps every fact of the award results', () => {
		const hue = doc(SEED.hue).data;
		expect(hue).toMatchObject({ number: '563', symbol: 'QĐ-UBND', date: '2017-03-21', award: 'co-thi-dua-cap-tinh' });
		expect(hue.honourees).toHaveLength(10);
		const benTre = doc(SEED.benTre).data;
		expect(benTre.honourees.map((h) => [h.name, h.position, h.unit])).toEqual([
			['Nguyễn Văn Hiếu', 'Giám đốc', 'Sở Thủy sản tỉnh Bến Tre'],
			['Nguyễn Quang Trị', 'Giám đốc', 'Sở Văn hóa - Thông tin tỉnh Bến Tre'],
		]);
		expect(benTre.signer).toEqual({ prefix: 'KT.', for: 'Thủ tướng', position: 'Phó Thủ tướng', name: 'Nguyễn Sinh Hùng' });
	});

	it('records the 2025 restructuring: every seed issuer is dissolved and has a successor', () => {
		for (const id of ['ubnd-huyen-mo-duc', 'ubnd-thi-tran-co-le', 'ubnd-huyen-bac-tra-my', 'ubnd-huyen-binh-son', 'ubnd-huyen-thuan-nam']) {
			const agency = result.content.agencies.get(id)!.data;
			expect(agency.validTo, id).toBe('2025-06-30');
			expect(result.content.agencies.has(agency.successor!), id).toBe(true);
		}
	});
});
