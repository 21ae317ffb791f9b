import { dateRange } from './dates.ts';

export type CampaignStatus = 'sap-dien-ra' | 'dang-dien-ra' | 'da-ket-thuc';

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
	'sap-dien-ra': 'Sắp diễn ra',
	'dang-dien-ra': 'Đang diễn ra',
	'da-ket-thuc': 'Đã kết thúc',
};

/** Derived from the period at build time, never typed by hand. `today` is "YYYY-MM-DD". */
export function campaignStatus(period: { start: string; end: string }, today: string): CampaignStatus {
	if (today < dateRange(period.start).first) return 'sap-dien-ra';
	if (today > dateRange(period.end).last) return 'da-ket-thuc';
	return 'dang-dien-ra';
}
