import { describe, expect, it } from 'vitest';
import { describeNumber, formatPeriod, UNKNOWN_END, UNKNOWN_NUMBER } from '../../src/lib/unknown.ts';
import { campaignTrail, nextMilestone, overdueMilestones } from '../../src/lib/campaign-status.ts';
import { changeNotes, documentModified } from '../../src/history/document-history.ts';
import type { Milestone } from '../../src/schema/campaign.ts';

describe('one way to say an unknown', () => {
	it('says an unknown number with the same phrase, with or without a symbol', () => {
		expect(describeNumber('2242', 'KH-UBND')).toBe('2242/KH-UBND');
		expect(describeNumber(undefined, 'TB-UBND')).toBe(`…/TB-UBND (${UNKNOWN_NUMBER})`);
		expect(describeNumber(undefined, undefined)).toBe(`(${UNKNOWN_NUMBER})`);
		expect(describeNumber('98/2023', undefined)).toBe('98/2023');
	});

	it('writes a whole year or month once instead of "2024 – 2024"', () => {
		expect(formatPeriod('2024', '2024')).toBe('năm 2024');
		expect(formatPeriod('2024-02', '2024-02')).toBe('tháng 02/2024');
	});

	it('writes an end known only to the year or month as unknown, with the span it falls in', () => {
		expect(formatPeriod('2024-01-19', '2024')).toBe(`19/01/2024 – ${UNKNOWN_END} (trong năm 2024)`);
		expect(formatPeriod('2023-03-10', '2023-12')).toBe(`10/03/2023 – ${UNKNOWN_END} (trong tháng 12/2023)`);
		expect(formatPeriod('2024-01-19', undefined)).toBe(`19/01/2024 – ${UNKNOWN_END}`);
	});

	it('writes a period known to the day on both ends plainly', () => {
		expect(formatPeriod('2022-07-05', '2025-12-31')).toBe('05/07/2022 – 31/12/2025');
		expect(formatPeriod('2024-02', '2024-12-31')).toBe('02/2024 – 31/12/2024');
	});
});

const doc = (id: string, date: string, type = 'ke-hoach') => ({ id, data: { date, type } });
const milestone = (kind: Milestone['kind'], date: string, document?: string): Milestone => ({ kind, date, what: `mốc ${kind}`, document });

describe('the campaign trail', () => {
	const plan = doc('a/2022/kh', '2022-07-05');
	const news = doc('b/2022/tin', '2022-07-08', 'tin-bai');
	const campaign = {
		milestones: [milestone('tong-ket', '2025'), milestone('so-ket', '2023'), milestone('phat-dong', '2022-07-05', plan.id)],
		nominationDeadlines: [{ date: '2025-11-10', what: 'gửi hồ sơ' }],
	};

	it('lists milestones, deadlines and unclaimed documents in date order, each milestone with its document or none', () => {
		const trail = campaignTrail(campaign, [news, plan], '2024-03-01');
		expect(trail.map((s) => [s.kind, s.date, s.document?.id ?? null])).toEqual([
			['phat-dong', '2022-07-05', plan.id],
			['van-ban', '2022-07-08', news.id],
			['so-ket', '2023', null],
			['han-de-nghi', '2025-11-10', null],
			['tong-ket', '2025', null],
		]);
	});

	it('the next milestone is the first one waiting for its document whose planned period is not over', () => {
		const trail = campaignTrail(campaign, [news, plan], '2024-03-01');
		expect(nextMilestone(trail)?.kind).toBe('han-de-nghi');
		expect(overdueMilestones(trail).map((s) => s.kind)).toEqual(['so-ket']);
		// On the last day of 2023 the interim review is still due, not overdue.
		expect(nextMilestone(campaignTrail(campaign, [plan], '2023-12-31'))?.kind).toBe('so-ket');
		expect(nextMilestone(campaignTrail(campaign, [plan], '2026-01-01'))).toBeUndefined();
		// A passed nomination deadline leaves no document missing: dossiers are not published.
		expect(overdueMilestones(campaignTrail(campaign, [plan], '2026-01-01')).map((s) => s.kind)).toEqual(['so-ket', 'tong-ket']);
	});

	it('treats a milestone whose document is not public (draft, embargoed) as not issued', () => {
		const trail = campaignTrail(campaign, [news], '2024-03-01');
		const launch = trail.find((s) => s.kind === 'phat-dong')!;
		expect(launch.document).toBeUndefined();
		expect(launch.past).toBe(true);
		expect(JSON.stringify(trail)).not.toContain(plan.id);
	});
});

describe('change notes', () => {
	const data = {
		changes: [{ date: '2024-01-10', note: 'Bổ sung căn cứ' }, { date: '2024-03-05', note: 'Thêm bản gốc có chữ ký' }],
		corrections: [{ date: '2024-02-02', what: 'Sửa tên đơn vị' }],
	};

	it('lists change notes and corrections together, newest first, marking corrections', () => {
		expect(changeNotes(data)).toEqual([
			{ date: '2024-03-05', note: 'Thêm bản gốc có chữ ký', correction: false },
			{ date: '2024-02-02', note: 'Sửa tên đơn vị', correction: true },
			{ date: '2024-01-10', note: 'Bổ sung căn cứ', correction: false },
		]);
	});

	it('dates the last modification by the latest note, and has none without notes', () => {
		expect(documentModified('x', data)).toBe('2024-03-05T00:00:00+07:00');
		expect(documentModified('x', { changes: [], corrections: [] })).toBeUndefined();
	});
});
