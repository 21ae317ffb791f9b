/**
 * The same document filed twice. Duplicate numbers are caught elsewhere, but
 * many published copies carry no number ("Số: /KH-UBND"), so a second import
 * of a plan already on the site would otherwise publish it twice under two
 * addresses. Same agency, same type, same title (ignoring case and
 * diacritics) and issue dates that can be the same day: that is one document.
 */
import { dateRange, formatDateShort } from '../lib/dates.ts';
import { foldForMatch } from '../schema/nearest.ts';
import type { DocumentData } from '../schema/document.ts';
import type { ValidEntry } from './schema-check.ts';
import { entryProblem, type Check } from './rules-publishing.ts';

type Doc = ValidEntry<DocumentData>;

function sameDocument(a: Doc, b: Doc): boolean {
	if (a.data.number && b.data.number && a.data.number !== b.data.number) return false;
	const x = dateRange(a.data.date);
	const y = dateRange(b.data.date);
	return x.first <= y.last && y.first <= x.last;
}

export const duplicateDocuments: Check = (content) => {
	const groups = new Map<string, Doc[]>();
	for (const doc of content.documents.values()) {
		const key = [doc.data.agency, doc.data.type, foldForMatch(doc.data.title)].join('|');
		groups.set(key, [...(groups.get(key) ?? []), doc]);
	}
	return [...groups.values()].flatMap((group) =>
		group.flatMap((doc) => {
			const twins = group.filter((other) => other !== doc && sameDocument(doc, other));
			if (twins.length === 0) return [];
			return [entryProblem(doc, ['title'],
				`trùng với ${twins.map((twin) => `${twin.raw.file} (ngày ${formatDateShort(twin.data.date)})`).join(', ')}: cùng cơ quan, loại văn bản, trích yếu và ngày ban hành`,
				'nếu là cùng một văn bản, giữ một tệp (tệp đã công bố, để địa chỉ cũ vẫn dùng được) và xóa tệp kia; nếu là hai văn bản khác nhau, kiểm tra lại trích yếu, ngày và số')];
		}),
	);
};
