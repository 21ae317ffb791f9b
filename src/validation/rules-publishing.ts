/**
 * Rules about when and how a document goes out: embargoes, withdrawals,
 * corrections and attachments. The worst mistake here is a leak, a public
 * page pointing at something that must not be out yet, so that is an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dateRange, formatDateShort } from '../lib/dates.ts';
import { ATTACHMENT_TYPES, SAFE_FILE_NAME, extensionOf } from '../attachments/attachments.ts';
import { vietnamTime } from '../history/document-history.ts';
import type { ValidContent, ValidEntry } from './schema-check.ts';
import { pathToField, type Problem } from './problem.ts';

export type Check = (content: ValidContent) => Problem[];
type Field = (string | number)[];

/** A problem with a valid entry's field, at the field's line. */
export function entryProblem(entry: ValidEntry<unknown>, field: Field, message: string, hint: string, severity: Problem['severity'] = 'error'): Problem {
	return { severity, file: entry.raw.file, line: entry.raw.lineOf(field), field: pathToField(field), message, hint };
}

/** When an entry first becomes visible: never (draft), at its embargo, or from the start (0). */
function visibleFrom(data: { draft?: boolean; publishAt?: string }): number {
	if (data.draft) return Number.POSITIVE_INFINITY;
	return data.publishAt ? Date.parse(data.publishAt) : 0;
}

const describeHidden = (data: { draft?: boolean; publishAt?: string }) =>
	data.draft ? 'còn là bản nháp (draft: true)' : `chỉ công bố từ ${formatInstant(data.publishAt!)} (publishAt)`;

const formatInstant = (instant: string) => {
	const local = vietnamTime(instant);
	return `${local.slice(11, 16)} ngày ${formatDateShort(local.slice(0, 10))}`;
};

/** A page that shows before what it links to would publish the link, and with it the hidden document's number and title. */
const noLeaks: Check = (content) => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		const from = visibleFrom(doc.data);
		if (from === Number.POSITIVE_INFINITY) continue;
		const links: { id: string; field: Field }[] = [
			...doc.data.basis.flatMap((c, i) => ('document' in c ? [{ id: c.document, field: ['basis', i, 'document'] }] : [])),
			...doc.data.honourees.flatMap((h, i) => (h.revoked && 'document' in h.revoked.decision ? [{ id: h.revoked.decision.document, field: ['honourees', i, 'revoked', 'decision', 'document'] }] : [])),
		];
		for (const { id, field } of links) {
			const target = content.documents.get(id);
			if (target && visibleFrom(target.data) > from) {
				out.push(entryProblem(doc, field, `dẫn tới văn bản "${id}" nhưng văn bản đó ${describeHidden(target.data)}: trang này sẽ làm lộ văn bản chưa công bố`, 'bỏ liên kết, ghi căn cứ bằng "kind", "number", "date", "issuer", hoặc đặt văn bản này là bản nháp / hẹn giờ công bố không sớm hơn văn bản được dẫn'));
			}
		}
		const campaign = doc.data.campaign ? content.campaigns.get(doc.data.campaign) : undefined;
		if (campaign?.data.draft) {
			out.push(entryProblem(doc, ['campaign'], `thuộc phong trào "${campaign.id}" đang là bản nháp (draft: true): văn bản công bố sẽ làm lộ phong trào`, `công bố phong trào (draft: false trong content/campaigns/${campaign.id}.yaml), xóa trường campaign, hoặc đặt văn bản này là bản nháp`));
		}
	}
	return out;
};

const embargoAndWithdrawal: Check = (content) => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		const { publishAt, draft, withdrawn, date } = doc.data;
		if (publishAt && draft) {
			out.push(entryProblem(doc, ['publishAt'], 'có hẹn giờ công bố nhưng văn bản vẫn là bản nháp (draft: true), nên sẽ không tự công bố khi đến giờ', 'đổi thành "draft: false" để văn bản tự công bố vào thời điểm publishAt', 'warning'));
		}
		if (publishAt && !/\+07:00$/.test(publishAt)) {
			out.push(entryProblem(doc, ['publishAt'], `thời điểm công bố không theo giờ Việt Nam; ${publishAt} là ${formatInstant(publishAt)} giờ Việt Nam`, 'viết giờ Việt Nam với đuôi +07:00, ví dụ 2026-12-01T08:00:00+07:00', 'warning'));
		}
		if (!withdrawn) continue;
		if (publishAt && vietnamTime(publishAt).slice(0, 10) > dateRange(withdrawn.date).last) {
			out.push(entryProblem(doc, ['publishAt'], `văn bản bị thu hồi ngày ${formatDateShort(withdrawn.date)}, trước thời điểm hẹn công bố ${formatInstant(publishAt)}: không thể thu hồi văn bản chưa công bố`, 'văn bản chưa công bố mà không dùng nữa thì xóa tệp hoặc đặt "draft: true"; nếu đã công bố rồi mới thu hồi, xóa trường publishAt'));
		}
		if (dateRange(withdrawn.date).last < dateRange(date).first) {
			out.push(entryProblem(doc, ['withdrawn', 'date'], `ngày thu hồi ${formatDateShort(withdrawn.date)} sớm hơn ngày ban hành ${formatDateShort(date)}`, 'kiểm tra lại ngày thu hồi (ngày của quyết định thu hồi)'));
		}
	}
	return out;
};

const corrections: Check = (content) => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		const issued = dateRange(doc.data.date).first;
		const published = doc.data.publishAt ? vietnamTime(doc.data.publishAt).slice(0, 10) : undefined;
		doc.data.corrections.forEach((correction, i) => {
			if (correction.date < issued) {
				out.push(entryProblem(doc, ['corrections', i, 'date'], `ngày đính chính ${formatDateShort(correction.date)} sớm hơn ngày ban hành ${formatDateShort(doc.data.date)}`, 'ngày đính chính là ngày sửa trên trang, sau ngày ban hành: kiểm tra lại năm, tháng'));
			} else if (published && correction.date < published) {
				out.push(entryProblem(doc, ['corrections', i, 'date'], `ngày đính chính ${formatDateShort(correction.date)} sớm hơn thời điểm công bố ${formatInstant(doc.data.publishAt!)}`, 'văn bản chưa công bố thì sửa thẳng vào nội dung, không cần ghi đính chính'));
			}
		});
	}
	return out;
};

const attachmentFiles: Check = (content) => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		const seen = new Set<string>();
		doc.data.attachments.forEach((attachment, i) => {
			const name = path.basename(attachment.file);
			const field = ['attachments', i, 'file'];
			if (!SAFE_FILE_NAME.test(name)) {
				out.push(entryProblem(doc, field, `tên tệp "${name}" có dấu, dấu cách hoặc ký tự đặc biệt nên không dùng được trong đường dẫn`, 'đổi tên tệp chỉ gồm chữ không dấu, số, gạch ngang, ví dụ ./25-kh-ubnd-ban-ky.pdf'));
			} else if (!ATTACHMENT_TYPES[extensionOf(name)]) {
				out.push(entryProblem(doc, field, `loại tệp ".${extensionOf(name)}" không được đăng kèm`, `dùng một trong: ${Object.keys(ATTACHMENT_TYPES).map((e) => `.${e}`).join(', ')}; bản gốc có chữ ký nên là PDF`));
			}
			if (seen.has(name)) out.push(entryProblem(doc, field, `tệp ${name} được khai báo hai lần`, 'xóa dòng trùng trong attachments'));
			seen.add(name);
			const full = path.join(path.dirname(doc.raw.absolutePath), name);
			if (fs.existsSync(full) && fs.statSync(full).size > 20 * 1024 * 1024) {
				out.push(entryProblem(doc, field, `tệp ${name} lớn hơn 20 MB, người đọc dùng điện thoại khó tải về`, 'nén lại bản quét (300 dpi, đen trắng hoặc xám) trước khi đăng', 'warning'));
			}
		});
	}
	return out;
};

export const publishingRules: Check[] = [noLeaks, embargoAndWithdrawal, corrections, attachmentFiles];

/** Every publishing rule as one check, for the checker's list of rules. */
export const publishing: Check = (content) => publishingRules.flatMap((rule) => rule(content));
