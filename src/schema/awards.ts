import type { HonoureeKind } from './vocabulary.ts';
import { nearest } from './nearest.ts';

/**
 * Forms of commendation and emulation titles from the Law on Emulation and
 * Commendation 06/2022/QH15 and Decree 98/2023/NĐ-CP. `for` lists who may
 * receive it, so the checker can catch a flag given to a person.
 */
export interface AwardForm {
	label: string;
	group: 'hinh-thuc' | 'danh-hieu';
	for: readonly HonoureeKind[];
}

const PEOPLE = ['ca-nhan'] as const;
const GROUPS = ['tap-the'] as const;
const ANYONE = ['ca-nhan', 'tap-the', 'ho-gia-dinh'] as const;
const PEOPLE_AND_GROUPS = ['ca-nhan', 'tap-the'] as const;

export const AWARD_FORMS = {
	'huan-chuong-sao-vang': { label: 'Huân chương Sao vàng', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'huan-chuong-ho-chi-minh': { label: 'Huân chương Hồ Chí Minh', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'huan-chuong-doc-lap': { label: 'Huân chương Độc lập', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'huan-chuong-lao-dong': { label: 'Huân chương Lao động', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'huan-chuong-bao-ve-to-quoc': { label: 'Huân chương Bảo vệ Tổ quốc', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'huan-chuong-dai-doan-ket-dan-toc': { label: 'Huân chương Đại đoàn kết dân tộc', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'huan-chuong-dung-cam': { label: 'Huân chương Dũng cảm', group: 'hinh-thuc', for: PEOPLE },
	'huy-chuong': { label: 'Huy chương', group: 'hinh-thuc', for: PEOPLE },
	'anh-hung-lao-dong': { label: 'Anh hùng Lao động', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'anh-hung-luc-luong-vu-trang': { label: 'Anh hùng Lực lượng vũ trang nhân dân', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'giai-thuong-ho-chi-minh': { label: 'Giải thưởng Hồ Chí Minh', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'giai-thuong-nha-nuoc': { label: 'Giải thưởng Nhà nước', group: 'hinh-thuc', for: PEOPLE_AND_GROUPS },
	'ky-niem-chuong': { label: 'Kỷ niệm chương', group: 'hinh-thuc', for: PEOPLE },
	'bang-khen-thu-tuong': { label: 'Bằng khen của Thủ tướng Chính phủ', group: 'hinh-thuc', for: ANYONE },
	'bang-khen-cap-tinh': { label: 'Bằng khen cấp bộ, ban, ngành, tỉnh', group: 'hinh-thuc', for: ANYONE },
	'giay-khen': { label: 'Giấy khen', group: 'hinh-thuc', for: ANYONE },
	'chien-si-thi-dua-toan-quoc': { label: 'Chiến sĩ thi đua toàn quốc', group: 'danh-hieu', for: PEOPLE },
	'chien-si-thi-dua-cap-tinh': { label: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', group: 'danh-hieu', for: PEOPLE },
	'chien-si-thi-dua-co-so': { label: 'Chiến sĩ thi đua cơ sở', group: 'danh-hieu', for: PEOPLE },
	'lao-dong-tien-tien': { label: 'Lao động tiên tiến', group: 'danh-hieu', for: PEOPLE },
	'co-thi-dua-chinh-phu': { label: 'Cờ thi đua của Chính phủ', group: 'danh-hieu', for: GROUPS },
	'co-thi-dua-cap-tinh': { label: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', group: 'danh-hieu', for: GROUPS },
	'tap-the-lao-dong-xuat-sac': { label: 'Tập thể lao động xuất sắc', group: 'danh-hieu', for: GROUPS },
	'tap-the-lao-dong-tien-tien': { label: 'Tập thể lao động tiên tiến', group: 'danh-hieu', for: GROUPS },
	'thon-to-dan-pho-van-hoa': { label: 'Thôn, tổ dân phố văn hóa', group: 'danh-hieu', for: GROUPS },
	'xa-phuong-tieu-bieu': { label: 'Xã, phường, thị trấn tiêu biểu', group: 'danh-hieu', for: GROUPS },
	'gia-dinh-van-hoa': { label: 'Gia đình văn hóa', group: 'danh-hieu', for: ['ho-gia-dinh'] },
} as const satisfies Record<string, AwardForm>;

export type AwardFormKey = keyof typeof AWARD_FORMS;
export const AWARD_FORM_KEYS = Object.keys(AWARD_FORMS) as [AwardFormKey, ...AwardFormKey[]];

export function awardLabel(key: AwardFormKey): string {
	return AWARD_FORMS[key].label;
}

export function isAwardFormKey(value: unknown): value is AwardFormKey {
	return typeof value === 'string' && Object.hasOwn(AWARD_FORMS, value);
}

/** "giay-khen (Giấy khen)": a code as the guide and the messages list it. */
export const describeAwardCode = (key: AwardFormKey) => `${key} (${AWARD_FORMS[key].label})`;

/**
 * What is wrong with an award code and how to fix it: the nearest codes by
 * spelling or label (an officer often types the label), then every code with
 * its label, since the list is short and closed.
 */
export function unknownAwardCode(value: unknown): { message: string; hint: string } {
	const typed = typeof value === 'string' ? value : String(value);
	const near = nearest(typed, AWARD_FORM_KEYS, (key) => [key, AWARD_FORMS[key].label]);
	const message = `mã "${typed}" không có trong danh mục hình thức khen thưởng, danh hiệu thi đua (Luật Thi đua, khen thưởng 2022)`
		+ (near.length ? `; gần nhất: ${near.map(describeAwardCode).join(', ')}` : '');
	return { message, hint: `ghi một mã trong danh mục: ${AWARD_FORM_KEYS.map(describeAwardCode).join('; ')}` };
}
