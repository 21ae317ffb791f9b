/** Award forms and emulation titles as worded in decisions, mapped to the keys of AWARD_FORMS. */
import type { AwardFormKey } from '../../../src/schema/awards.ts';
import { fold } from './diacritics.ts';

/** Most specific first; patterns apply to folded text. */
const FORMS: [RegExp, AwardFormKey][] = [
	[/co thi dua cua chinh phu/, 'co-thi-dua-chinh-phu'],
	[/co thi dua (?:cua |cap )?(?:(?:chu tich )?(?:uy ban nhan dan|ubnd) )?(?:tinh|thanh pho|bo|ban|nganh)\b/, 'co-thi-dua-cap-tinh'],
	[/chien si thi dua toan quoc/, 'chien-si-thi-dua-toan-quoc'],
	[/chien si thi dua (?:cap )?(?:tinh|thanh pho|bo|ban|nganh)\b/, 'chien-si-thi-dua-cap-tinh'],
	[/chien si thi dua co so/, 'chien-si-thi-dua-co-so'],
	[/bang khen (?:cua )?thu tuong/, 'bang-khen-thu-tuong'],
	[/bang khen/, 'bang-khen-cap-tinh'],
	[/giay khen/, 'giay-khen'],
	[/huan chuong sao vang/, 'huan-chuong-sao-vang'],
	[/huan chuong ho chi minh/, 'huan-chuong-ho-chi-minh'],
	[/huan chuong doc lap/, 'huan-chuong-doc-lap'],
	[/huan chuong lao dong/, 'huan-chuong-lao-dong'],
	[/huan chuong bao ve to quoc/, 'huan-chuong-bao-ve-to-quoc'],
	[/huan chuong dai doan ket dan toc/, 'huan-chuong-dai-doan-ket-dan-toc'],
	[/huan chuong dung cam/, 'huan-chuong-dung-cam'],
	[/anh hung lao dong/, 'anh-hung-lao-dong'],
	[/anh hung luc luong vu trang/, 'anh-hung-luc-luong-vu-trang'],
	[/giai thuong ho chi minh/, 'giai-thuong-ho-chi-minh'],
	[/giai thuong nha nuoc/, 'giai-thuong-nha-nuoc'],
	[/ky niem chuong/, 'ky-niem-chuong'],
	[/(?<!huan )huy chuong/, 'huy-chuong'],
	[/tap the lao dong xuat sac/, 'tap-the-lao-dong-xuat-sac'],
	[/tap the lao dong tien tien/, 'tap-the-lao-dong-tien-tien'],
	[/lao dong tien tien/, 'lao-dong-tien-tien'],
	[/gia dinh van hoa/, 'gia-dinh-van-hoa'],
	[/(?:thon|to dan pho|khu pho|ban|ap) van hoa/, 'thon-to-dan-pho-van-hoa'],
	[/(?:xa|phuong|thi tran) tieu bieu/, 'xa-phuong-tieu-bieu'],
];

/** Words that say an award is meant even though its level could not be read. */
const VAGUE = /co thi dua|chien si thi dua|huan chuong|danh hieu/;

export interface AwardMatch {
	key?: AwardFormKey;
	/** The words that were recognised, as printed. */
	printed: string;
}

/** The award form a sentence names, or the vague words it uses when the form is not recognisable. */
export function matchAwardForm(text: string): AwardMatch | undefined {
	const folded = fold(text);
	for (const [pattern, key] of FORMS) {
		const match = pattern.exec(folded);
		if (match) return { key, printed: text.slice(match.index, match.index + match[0].length) };
	}
	const vague = VAGUE.exec(folded);
	return vague ? { printed: text.slice(vague.index, vague.index + vague[0].length) } : undefined;
}
