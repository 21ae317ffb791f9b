import type { ShareCard } from './card.ts';
import type { DocumentData } from '../schema/document.ts';
import type { CampaignData } from '../schema/campaign.ts';
import type { AgencyData } from '../schema/agency.ts';
import { AGENCY_LEVELS, DOCUMENT_TYPES } from '../schema/vocabulary.ts';
import { formatNumber } from '../lib/document-number.ts';
import { formatDateLong, formatDateShort } from '../lib/dates.ts';

/** What each kind of page says on its share image. */
const upper = (text: string) => text.toLocaleUpperCase('vi');

export function documentCard(data: DocumentData, agency: AgencyData): ShareCard {
	const number = formatNumber(data.number, data.symbol);
	return {
		kind: data.type,
		eyebrow: upper(DOCUMENT_TYPES[data.type].label),
		agency: agency.name,
		number: number ? `Số ${number}` : undefined,
		date: formatDateLong(data.date),
		title: data.title,
	};
}

export function campaignCard(data: CampaignData, agency: AgencyData): ShareCard {
	return {
		kind: 'phong-trao',
		eyebrow: 'PHONG TRÀO THI ĐUA',
		agency: agency.name,
		date: `${formatDateShort(data.start)} – ${formatDateShort(data.end)}`,
		title: data.title,
	};
}

export function agencyCard(data: AgencyData): ShareCard {
	return {
		kind: 'co-quan',
		eyebrow: upper(AGENCY_LEVELS[data.level]),
		title: data.name,
		footer: data.validTo ? `Hoạt động đến ${formatDateShort(data.validTo)}` : data.province,
	};
}

export function listingCard(title: string): ShareCard {
	return { kind: 'danh-sach', eyebrow: 'DANH SÁCH', title };
}

export function homeCard(tagline: string): ShareCard {
	return { kind: 'trang-chu', eyebrow: 'THI ĐUA – KHEN THƯỞNG', title: tagline };
}
