import { DOCUMENT_TYPES, type DocumentType } from '../schema/vocabulary.ts';
import { AWARD_FORMS, type AwardFormKey } from '../schema/awards.ts';
import type { DocumentData } from '../schema/document.ts';
import type { HonoureeData } from '../schema/honouree.ts';
import type { AgencyData, Spokesperson } from '../schema/agency.ts';
import { compareByGivenName, compareVietnamese } from './collate.ts';
import { dateRange } from './dates.ts';
import { describeNumber } from './unknown.ts';

export const typeLabel = (type: DocumentType) => DOCUMENT_TYPES[type].label;

/** "Kế hoạch số 25/KH-UBND" / "Kế hoạch …/KH-UBND (không rõ số)" / "Kế hoạch (không rõ số)"; a news item needs no number. */
export function documentHeading(data: Pick<DocumentData, 'type' | 'number' | 'symbol'>): string {
	const label = typeLabel(data.type);
	if (data.number) return `${label} số ${describeNumber(data.number, data.symbol)}`;
	if (data.type === 'tin-bai' && !data.symbol) return label;
	return `${label} ${describeNumber(data.number, data.symbol)}`;
}

/** The signature block on one line: "TL. Chủ tịch, Chánh Văn phòng Nguyễn Thanh Thương". */
export function signerLine(signer: DocumentData['signer']): string | undefined {
	if (!signer) return undefined;
	const authority = [signer.prefix, signer.for].filter(Boolean).join(' ');
	const role = [authority, signer.position].filter(Boolean).join(', ');
	return [role, signer.name].filter(Boolean).join(' – ') || undefined;
}

export interface ResolvedHonouree extends HonoureeData {
	awardKey: AwardFormKey;
	awardLabel: string;
}

export function resolveHonourees(data: Pick<DocumentData, 'honourees' | 'award'>): ResolvedHonouree[] {
	return data.honourees.map((h) => {
		const awardKey = (h.award ?? data.award)!;
		return { ...h, awardKey, awardLabel: AWARD_FORMS[awardKey].label };
	});
}

/** Collectives and individuals apart, each in Vietnamese order (people by given name). */
export function groupHonourees(honourees: ResolvedHonouree[]) {
	return {
		collectives: honourees.filter((h) => h.kind === 'tap-the').sort((a, b) => compareVietnamese(a.name, b.name)),
		individuals: honourees.filter((h) => h.kind === 'ca-nhan').sort((a, b) => compareByGivenName(a.name, b.name)),
		households: honourees.filter((h) => h.kind === 'ho-gia-dinh').sort((a, b) => compareByGivenName(a.name, b.name)),
	};
}

/** The spokesperson serving on a given date, or the latest one known. */
export function spokespersonAt(agency: Pick<AgencyData, 'spokespersons'>, date: string): Spokesperson | undefined {
	const day = dateRange(date);
	const serving = agency.spokespersons.filter(
		(s) => (!s.from || dateRange(s.from).first <= day.last) && (!s.to || dateRange(s.to).last >= day.first),
	);
	return serving.at(-1) ?? agency.spokespersons.at(-1);
}
