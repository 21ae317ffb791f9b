/**
 * Dates that cannot all be true at once: a document issued before its
 * agency existed or after its own release, an award revoked before it was
 * given, an agency or a spokesperson ending before starting.
 */
import { dateRange, formatDateShort } from '../lib/dates.ts';
import { vietnamTime } from '../history/document-history.ts';
import type { ValidContent, ValidEntry } from './schema-check.ts';
import { pathToField, type Problem } from './problem.ts';

type Field = (string | number)[];

function problem(entry: ValidEntry<unknown>, field: Field, message: string, hint: string): Problem {
	return { severity: 'error', file: entry.raw.file, line: entry.raw.lineOf(field), field: pathToField(field), message, hint };
}

/** True when every day of `later` falls before every day of `earlier`: a partial date is given the benefit of the doubt. */
const surelyBefore = (later: string, earlier: string) => dateRange(later).last < dateRange(earlier).first;

export const dateOrder = (content: ValidContent): Problem[] => {
	const out: Problem[] = [];
	for (const agency of content.agencies.values()) {
		const { validFrom, validTo, spokespersons } = agency.data;
		if (validFrom && validTo && surelyBefore(validTo, validFrom)) {
			out.push(problem(agency, ['validTo'], `ngày kết thúc hoạt động ${formatDateShort(validTo)} sớm hơn ngày bắt đầu ${formatDateShort(validFrom)}`, 'kiểm tra lại hai ngày validFrom và validTo (có thể bị đổi chỗ)'));
		}
		spokespersons.forEach((person, i) => {
			if (person.from && person.to && surelyBefore(person.to, person.from)) {
				out.push(problem(agency, ['spokespersons', i, 'to'], `ngày thôi làm người phát ngôn ${formatDateShort(person.to)} sớm hơn ngày bắt đầu ${formatDateShort(person.from)}`, 'kiểm tra lại hai ngày from và to'));
			}
		});
	}
	for (const doc of content.documents.values()) {
		const { date, publishAt, honourees } = doc.data;
		const agency = content.agencies.get(doc.data.agency);
		if (agency?.data.validFrom && surelyBefore(date, agency.data.validFrom)) {
			out.push(problem(doc, ['date'], `ngày ban hành ${formatDateShort(date)} sớm hơn ngày cơ quan ${agency.data.name} bắt đầu hoạt động (${formatDateShort(agency.data.validFrom)})`, 'kiểm tra ngày ban hành, hoặc chọn cơ quan tiền nhiệm đã ban hành văn bản'));
		}
		if (publishAt && vietnamTime(publishAt).slice(0, 10) < dateRange(date).first) {
			out.push(problem(doc, ['publishAt'], `thời điểm công bố ${vietnamTime(publishAt).slice(0, 16).replace('T', ' ')} sớm hơn ngày ban hành ${formatDateShort(date)}: văn bản chưa ban hành thì chưa thể công bố`, 'kiểm tra lại năm, tháng của publishAt hoặc của ngày ban hành'));
		}
		honourees.forEach((honouree, i) => {
			if (honouree.revoked && surelyBefore(honouree.revoked.date, date)) {
				out.push(problem(doc, ['honourees', i, 'revoked', 'date'], `ngày hủy bỏ khen thưởng ${formatDateShort(honouree.revoked.date)} sớm hơn ngày quyết định khen thưởng ${formatDateShort(date)}`, 'ngày hủy bỏ là ngày của quyết định hủy bỏ, sau ngày khen thưởng: kiểm tra lại năm, tháng'));
			}
		});
	}
	return out;
};
