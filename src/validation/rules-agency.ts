/**
 * The issuing agency must be one the site knows, and the one the document's
 * symbol names. A wrong agency publishes a province's plan as a Prime
 * Minister's document (the importer once filed Hồ Chí Minh City's plan
 * 2242/KH-UBND under thu-tuong-chinh-phu), so both are errors.
 *
 * An agency the importer could not resolve is written `agency: ""` (the
 * schema rejects it) or, in the importer's folder name, `chua-ro-co-quan`;
 * every id that is not a file in content/agencies is rejected here with the
 * nearest registered ids, never with advice to make a folder for it.
 */
import { foldForMatch, nearest } from '../schema/nearest.ts';
import { UNKNOWN_AGENCY } from '../lib/unknown.ts';
import type { AgencyData } from '../schema/agency.ts';
import type { ValidContent, ValidEntry } from './schema-check.ts';
import { entryProblem, type Check } from './rules-publishing.ts';

/** Values that say "not resolved yet" rather than name an agency. */
const UNRESOLVED = new RegExp(`^(?:${UNKNOWN_AGENCY}|chua-ro.*|todo.*|unknown.*|khong-ro.*)$`);

export function unknownAgencyMessage(id: string): string {
	return UNRESOLVED.test(id)
		? `cơ quan ban hành chưa được xác định ("${id}"): công cụ nhập không nhận ra cơ quan`
		: `không có cơ quan mã "${id}" trong content/agencies`;
}

/** The nearest registered ids, by id and by name typed without diacritics. */
export function agencySuggestion(id: string, content: ValidContent): string {
	const agencies = [...content.agencies.values()];
	const near = nearest(id.replace(/-/g, ' '), agencies, (agency) => [agency.id, agency.data.name]);
	const named = (agency: ValidEntry<AgencyData>) => `${agency.id} (${agency.data.name})`;
	const choose = near.length
		? `mã gần nhất: ${near.map(named).join(', ')}`
		: `dùng tên một tệp trong content/agencies (bỏ đuôi .yaml), ví dụ ${agencies.slice(0, 3).map(named).join(', ')}`;
	return `${choose}. Nếu cơ quan ban hành chưa có trong danh sách, nhờ người quản trị thêm tệp cơ quan trước khi công bố; không dùng mã của cơ quan khác`;
}

/**
 * Issuer abbreviations of a symbol and the agencies they stand for, by the
 * start of the agency's name folded. Only abbreviations that name one kind of
 * body are listed; others ("VP", a department's initials) are not judged.
 */
const ISSUERS: { abbreviation: string; name: string; agency: RegExp }[] = [
	{ abbreviation: 'UBND', name: 'Ủy ban nhân dân', agency: /^(?:ubnd|uy ban nhan dan)\b/ },
	{ abbreviation: 'TTg', name: 'Thủ tướng Chính phủ', agency: /^thu tuong\b/ },
	{ abbreviation: 'CP', name: 'Chính phủ', agency: /^chinh phu\b/ },
	{ abbreviation: 'VPCP', name: 'Văn phòng Chính phủ', agency: /^van phong chinh phu\b/ },
	{ abbreviation: 'HĐND', name: 'Hội đồng nhân dân', agency: /^(?:hdnd|hoi dong nhan dan)\b/ },
];

/** A symbol whose issuer part names another kind of agency than the one given ("KH-UBND" under the Prime Minister). */
export const symbolMatchesAgency: Check = (content) =>
	[...content.documents.values()].flatMap((doc) => {
		const { symbol } = doc.data;
		const agency = content.agencies.get(doc.data.agency);
		if (!symbol || !agency) return [];
		const named = symbol.split('-').slice(1).flatMap((part) => ISSUERS.filter((issuer) => issuer.abbreviation === part));
		const names = [agency.data.name, agency.data.printedName ?? ''].map(foldForMatch);
		if (named.length === 0 || named.some((issuer) => names.some((name) => issuer.agency.test(name)))) return [];
		return [entryProblem(doc, ['agency'],
			`ký hiệu "${symbol}" là của ${named.map((issuer) => issuer.name).join(', ')}, nhưng cơ quan ban hành là ${agency.data.name} (${agency.id})`,
			`đối chiếu phần đầu văn bản: nếu cơ quan ban hành sai, sửa agency và chuyển tệp sang thư mục của cơ quan đúng (cơ quan chưa có trong content/agencies thì nhờ người quản trị thêm trước, không mượn mã cơ quan khác); nếu ký hiệu sai, sửa symbol`)];
	});
