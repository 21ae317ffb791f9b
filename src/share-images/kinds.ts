/**
 * How each kind of card is told apart: the colour of the left bar and of
 * the label tag, and the label used when a card has no eyebrow. Every
 * colour carries white text at a contrast of at least 7:1.
 */
import type { ShareCardKind } from './card.ts';

export interface KindStyle {
	/** Bar and tag colour. */
	colour: string;
	/** Fallback tag text. */
	label: string;
}

export const KIND_STYLES: Record<ShareCardKind, KindStyle> = {
	'ke-hoach': { colour: '#1a5591', label: 'KẾ HOẠCH' },
	'thong-bao-ket-luan': { colour: '#4c2c92', label: 'THÔNG BÁO KẾT LUẬN' },
	'quyet-dinh-khen-thuong': { colour: '#a4161a', label: 'QUYẾT ĐỊNH KHEN THƯỞNG' },
	'tin-bai': { colour: '#4a5358', label: 'TIN BÀI' },
	'phong-trao': { colour: '#00622f', label: 'PHONG TRÀO THI ĐUA' },
	'co-quan': { colour: '#005a5e', label: 'CƠ QUAN' },
	'danh-sach': { colour: '#74470b', label: 'DANH SÁCH' },
	'trang-chu': { colour: '#0b0c0c', label: 'TRANG CHỦ' },
};

export const SHARE_CARD_KINDS = Object.keys(KIND_STYLES) as ShareCardKind[];
