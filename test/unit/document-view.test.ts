import { describe, expect, it } from 'vitest';
import { documentHeading, groupHonourees, resolveHonourees, signerLine, spokespersonAt } from '../../src/lib/document-view.ts';
import { formatNumber, numberLine } from '../../src/lib/document-number.ts';
import { campaignStatus } from '../../src/lib/campaign-status.ts';
import { isPublic } from '../../src/lib/publication.ts';
import { paginate } from '../../src/lib/pagination.ts';

describe('document numbers', () => {
	it('joins number and symbol, keeps the symbol when the number is blank and says so in one phrase', () => {
		expect(formatNumber('25', 'KH-UBND')).toBe('25/KH-UBND');
		expect(formatNumber(undefined, 'TB-UBND')).toBe('…/TB-UBND');
		expect(numberLine(undefined, undefined)).toBe('Số: (không rõ số)');
		expect(numberLine(undefined, 'TB-UBND')).toBe('Số: …/TB-UBND (không rõ số)');
		expect(documentHeading({ type: 'ke-hoach', number: undefined, symbol: 'KH-UBND' })).toBe('Kế hoạch …/KH-UBND (không rõ số)');
		expect(documentHeading({ type: 'thong-bao-ket-luan', number: undefined, symbol: undefined })).toBe('Thông báo kết luận (không rõ số)');
		expect(documentHeading({ type: 'tin-bai', number: undefined, symbol: undefined })).toBe('Tin bài');
		expect(documentHeading({ type: 'quyet-dinh-khen-thuong', number: '563', symbol: 'QĐ-UBND' })).toBe('Quyết định khen thưởng số 563/QĐ-UBND');
	});

	it('writes the signature block on one line', () => {
		expect(signerLine({ prefix: 'TL.', for: 'Chủ tịch', position: 'Chánh Văn phòng', name: 'Nguyễn Thanh Thương' })).toBe('TL. Chủ tịch, Chánh Văn phòng – Nguyễn Thanh Thương');
		expect(signerLine({ name: 'Nguyễn Thanh Tuấn' })).toBe('Nguyễn Thanh Tuấn');
	});
});

describe('honourees', () => {
	it('separates collectives and people and sorts people by given name', () => {
		const grouped = groupHonourees(
			resolveHonourees({
				award: 'giay-khen',
				honourees: [
					{ kind: 'ca-nhan', name: 'Nguyễn Quang Trị' },
					{ kind: 'tap-the', name: 'Phường Thuận Lộc' },
					{ kind: 'ca-nhan', name: 'Trần Văn Hiếu', award: 'lao-dong-tien-tien' },
					{ kind: 'tap-the', name: 'Phường Hương Sơ' },
				],
			}),
		);
		expect(grouped.individuals.map((h) => h.name)).toEqual(['Trần Văn Hiếu', 'Nguyễn Quang Trị']);
		expect(grouped.individuals[0]!.awardLabel).toBe('Lao động tiên tiến');
		expect(grouped.collectives.map((h) => h.name)).toEqual(['Phường Hương Sơ', 'Phường Thuận Lộc']);
		expect(grouped.collectives[0]!.awardLabel).toBe('Giấy khen');
	});
});

describe('spokespersons', () => {
	const agency = {
		spokespersons: [
			{ name: 'A', position: 'Chủ tịch', to: '2023-12-31' },
			{ name: 'B', position: 'Phó Chủ tịch', from: '2024-01-01' },
		],
	};
	it('picks the one serving on the document date', () => {
		expect(spokespersonAt(agency, '2023-05')?.name).toBe('A');
		expect(spokespersonAt(agency, '2024-03-02')?.name).toBe('B');
	});
});

describe('derived state', () => {
	it('derives campaign status from its period and the build date', () => {
		const period = { start: '2024-02', end: '2024-12-31' };
		expect(campaignStatus(period, '2024-01-31')).toBe('sap-dien-ra');
		expect(campaignStatus(period, '2024-02-01')).toBe('dang-dien-ra');
		expect(campaignStatus(period, '2025-01-01')).toBe('da-ket-thuc');
	});

	it('keeps drafts and embargoed documents out until due', () => {
		const at = new Date('2026-12-01T01:00:00Z');
		expect(isPublic({ draft: true }, at)).toBe(false);
		expect(isPublic({ publishAt: '2026-12-01T08:00:00+07:00' }, at)).toBe(true);
		expect(isPublic({ publishAt: '2026-12-01T08:00:01+07:00' }, at)).toBe(false);
		expect(isPublic({}, at)).toBe(true);
	});

	it('paginates with a last partial page', () => {
		const slice = paginate(Array.from({ length: 45 }, (_, i) => i), 3);
		expect(slice).toMatchObject({ page: 3, pages: 3, total: 45, items: [40, 41, 42, 43, 44] });
	});
});
