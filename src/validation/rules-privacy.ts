/**
 * Honourees are public by law only by name, position, unit and award.
 * Personal data pasted into those fields (a citizen ID number, a date of
 * birth, a phone number, an e-mail address: personal data under Decree
 * 13/2023/NĐ-CP) is an error. An entry that publishes such data on purpose
 * says why in `privacyException`.
 */
import type { HonoureeData } from '../schema/honouree.ts';
import { entryProblem, type Check } from './rules-publishing.ts';
import { collectValid } from './schema-check.ts';
import type { PerFileRule } from './per-file-cache.ts';

type Field = 'name' | 'position' | 'unit' | 'achievement';
const FIELDS: Field[] = ['name', 'position', 'unit', 'achievement'];

/** Runs of digits as people write them: "079 085 001 234", "0912.345.678", "(+84) 24 3825 2222". */
const DIGIT_RUN = /(?<![\p{N}])\+?\(?\d[\d\s.()-]{6,}\d(?![\p{N}])/gu;
/** "1.500.000.000", "150,000,000": money and counts, grouped by thousands, are no one's number (an ID or phone number starts with 0). */
const THOUSANDS = /^[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*$/;
/** "2020 - 2021 - 2022": the years of an achievement. */
const YEARS = /^(?:19|20)\d{2}(?:[\s.-]+(?:19|20)\d{2})*$/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const ID_WORDS = /(?<!\p{L})(?:CCCD|CMND|CMTND|căn cước|chứng minh nhân dân|hộ chiếu)(?!\p{L})/iu;
const BIRTH_WORDS = /(?<!\p{L})(?:sinh ngày|ngày sinh|sinh năm|năm sinh|ngày, tháng, năm sinh|SN(?=\s*:?\s*\d))(?!\p{L})/iu;
/** A full date, or a year in brackets after a name ("Nguyễn Văn Hải (1975)"): in a name, position or unit it can only be a birth date. */
const DATE_IN_IDENTITY = /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?!\d)|\(\s*(?:19|20)\d{2}\s*\)/;

/** What personal data the text seems to hold, in words for the message; undefined when none. */
export function personalData(text: string, field: Field): string | undefined {
	if (EMAIL.test(text)) return 'địa chỉ thư điện tử';
	if (ID_WORDS.test(text)) return 'số giấy tờ tùy thân (CCCD, CMND, hộ chiếu)';
	if (BIRTH_WORDS.test(text) || (field !== 'achievement' && DATE_IN_IDENTITY.test(text))) return 'ngày sinh hoặc năm sinh';
	for (const [run] of text.matchAll(DIGIT_RUN)) {
		if (THOUSANDS.test(run.trim()) || YEARS.test(run.trim())) continue;
		const digits = run.replace(/\D/g, '');
		if (run.trim().startsWith('+') || (/^84/.test(digits) && digits.length >= 11 && digits.length <= 12)) return 'số điện thoại';
		if (digits.length === 12 || digits.length === 9) return 'số căn cước công dân (12 chữ số) hoặc chứng minh nhân dân (9 chữ số)';
		if (/^0/.test(digits) && digits.length >= 10 && digits.length <= 11) return 'số điện thoại';
	}
	return undefined;
}

const privacy: Check = (content) =>
	[...content.documents.values()].flatMap((doc) =>
		doc.data.honourees.flatMap((honouree: HonoureeData, index) => {
			if (honouree.privacyException) return [];
			return FIELDS.flatMap((field) => {
				const text = honouree[field];
				const found = text && personalData(text, field);
				if (!found) return [];
				return [entryProblem(doc, ['honourees', index, field],
					`có vẻ chứa ${found} ("${text.slice(0, 80)}"): người được khen chỉ được công bố họ tên, chức vụ, đơn vị và hình thức khen thưởng (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân)`,
					`xóa thông tin cá nhân khỏi trường này; nếu cố ý công bố (ví dụ số điện thoại công vụ đã công khai), thêm dòng "privacyException: <lý do>" cho người này`)];
			});
		}),
	);

/** Each document's honourees on their own: a per-file rule, so its findings are kept with the file's (0.36 s of a rebuild at 10,000 documents). */
export const checkPrivacy: PerFileRule = (entries, schema) => privacy(collectValid(entries, schema).content);
