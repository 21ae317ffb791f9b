import fs from 'node:fs';
import path from 'node:path';
import { dateRange, formatDateShort, yearOf } from '../lib/dates.ts';
import { formatNumber } from '../lib/document-number.ts';
import type { ValidContent, ValidEntry } from './schema-check.ts';
import type { Problem } from './problem.ts';
import type { DocumentData } from '../schema/document.ts';
import { permalinkCollisions } from './rules-aliases.ts';
import { publishing } from './rules-publishing.ts';

type Check = (content: ValidContent) => Problem[];

function problem(entry: ValidEntry<unknown>, field: (string | number)[], message: string, hint?: string, severity: Problem['severity'] = 'error'): Problem {
	const fieldName = field.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
	return { severity, file: entry.raw.file, line: entry.raw.lineOf(field), field: fieldName, message, hint };
}

const unknownAgency = (id: string) => `không có cơ quan mã "${id}" trong content/agencies`;
const agencyHint = (content: ValidContent) => `dùng tên một tệp trong content/agencies (bỏ đuôi .yaml), ví dụ: ${[...content.agencies.keys()].slice(0, 3).join(', ')}`;

const references: Check = (content) => {
	const out: Problem[] = [];
	for (const agency of content.agencies.values()) {
		for (const field of ['parent', 'successor'] as const) {
			const target = agency.data[field];
			if (target && !content.agencies.has(target)) out.push(problem(agency, [field], unknownAgency(target), agencyHint(content)));
		}
	}
	for (const campaign of content.campaigns.values()) {
		if (!content.agencies.has(campaign.data.agency)) out.push(problem(campaign, ['agency'], unknownAgency(campaign.data.agency), agencyHint(content)));
		campaign.data.milestones.forEach((milestone, i) => {
			const doc = milestone.document ? content.documents.get(milestone.document) : undefined;
			// A warning, not an error: the page stays honest ("Chưa có văn bản") when a document is removed or renamed.
			if (milestone.document && !doc) {
				out.push(problem(campaign, ['milestones', i, 'document'], `không có văn bản mã "${milestone.document}" trên trang; mốc này sẽ hiện "Chưa có văn bản"`, 'mã văn bản là đường dẫn tệp trong content/documents, bỏ đuôi .mdx; nếu văn bản chưa có trên trang, xóa dòng "document"', 'warning'));
			} else if (doc && doc.data.campaign !== campaign.id) {
				out.push(problem(campaign, ['milestones', i, 'document'], `văn bản "${doc.id}" không thuộc phong trào này (trường campaign của văn bản là "${doc.data.campaign ?? ''}")`, `ghi "campaign: ${campaign.id}" trong văn bản, hoặc chọn đúng văn bản cho mốc này`));
			}
		});
	}
	for (const doc of content.documents.values()) {
		const { agency, campaign, basis, honourees } = doc.data;
		if (!content.agencies.has(agency)) out.push(problem(doc, ['agency'], unknownAgency(agency), agencyHint(content)));
		if (campaign && !content.campaigns.has(campaign)) {
			out.push(problem(doc, ['campaign'], `không có phong trào mã "${campaign}" trong content/campaigns`, 'dùng tên một tệp trong content/campaigns (bỏ đuôi .yaml) hoặc xóa trường này'));
		}
		const cited = [
			...basis.map((c, i) => ({ c, field: ['basis', i, 'document'] })),
			...honourees.flatMap((h, i) => (h.revoked ? [{ c: h.revoked.decision, field: ['honourees', i, 'revoked', 'decision', 'document'] }] : [])),
		];
		for (const { c, field } of cited) {
			if ('document' in c && !content.documents.has(c.document)) {
				out.push(problem(doc, field, `không có văn bản mã "${c.document}" trên trang`, 'mã văn bản là đường dẫn tệp trong content/documents, bỏ đuôi .mdx; nếu văn bản chưa có trên trang, ghi "kind", "number", "date", "issuer" thay cho "document"'));
			}
		}
	}
	return out;
};

const placement: Check = (content) => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		const [folderAgency, folderYear] = doc.id.split('/');
		if (folderAgency !== doc.data.agency) {
			out.push(problem(doc, ['agency'], `văn bản nằm trong thư mục "${folderAgency}" nhưng ghi cơ quan "${doc.data.agency}"`, `chuyển tệp sang content/documents/${doc.data.agency}/… hoặc sửa trường agency`));
		}
		if (Number(folderYear) !== yearOf(doc.data.date)) {
			out.push(problem(doc, ['date'], `văn bản nằm trong thư mục năm ${folderYear} nhưng ngày ban hành là ${formatDateShort(doc.data.date)}`, `chuyển tệp sang thư mục năm ${yearOf(doc.data.date)} hoặc sửa ngày`));
		}
	}
	return out;
};

const duplicateNumbers: Check = (content) => {
	const groups = new Map<string, ValidEntry<DocumentData>[]>();
	for (const doc of content.documents.values()) {
		const { number, symbol, agency, date } = doc.data;
		if (!number) continue;
		const key = [agency, yearOf(date), symbol ?? '', number].join('|');
		groups.set(key, [...(groups.get(key) ?? []), doc]);
	}
	// Both files are named: the officer decides which one is wrong.
	return [...groups.values()]
		.filter((group) => group.length > 1)
		.flatMap((group) =>
			group.map((doc) => {
				const others = group.filter((other) => other !== doc).map((other) => other.raw.file).join(', ');
				const { number, symbol, date } = doc.data;
				return problem(doc, ['number'], `số ${formatNumber(number, symbol)} năm ${yearOf(date)} của cơ quan này đã dùng cho ${others}`, 'mỗi số, ký hiệu chỉ dùng một lần cho một cơ quan trong một năm: kiểm tra lại số văn bản');
			}),
		);
};

const dates: Check = (content) => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		const issued = dateRange(doc.data.date).first;
		doc.data.deadlines.forEach((deadline, i) => {
			if (deadline.date < issued) {
				out.push(problem(doc, ['deadlines', i, 'date'], `thời hạn ${formatDateShort(deadline.date)} sớm hơn ngày ban hành ${formatDateShort(doc.data.date)}`, 'kiểm tra lại năm, tháng của thời hạn hoặc ngày ban hành'));
			}
		});
		const agency = content.agencies.get(doc.data.agency);
		if (agency?.data.validTo && issued > agency.data.validTo) {
			out.push(problem(doc, ['date'], `cơ quan ${agency.data.name} đã kết thúc hoạt động ngày ${formatDateShort(agency.data.validTo)}, trước ngày ban hành`, 'kiểm tra ngày ban hành hoặc chọn cơ quan kế nhiệm'));
		}
	}
	for (const campaign of content.campaigns.values()) {
		if (dateRange(campaign.data.end).last < dateRange(campaign.data.start).first) {
			out.push(problem(campaign, ['end'], `ngày kết thúc ${formatDateShort(campaign.data.end)} sớm hơn ngày bắt đầu ${formatDateShort(campaign.data.start)}`, 'đổi chỗ hoặc sửa hai ngày'));
		}
	}
	for (const agency of content.agencies.values()) {
		if (agency.data.successor && !agency.data.validTo) {
			out.push(problem(agency, ['validTo'], 'có cơ quan kế nhiệm nhưng không ghi ngày kết thúc hoạt động', 'thêm validTo, ví dụ 2025-06-30'));
		}
	}
	return out;
};

const attachments: Check = (content) => {
	const out: Problem[] = [];
	for (const doc of content.documents.values()) {
		doc.data.attachments.forEach((attachment, i) => {
			const file = path.join(path.dirname(doc.raw.absolutePath), attachment.file);
			if (!fs.existsSync(file)) out.push(problem(doc, ['attachments', i, 'file'], `không tìm thấy tệp ${attachment.file} cạnh tệp văn bản`, 'đặt tệp đính kèm vào cùng thư mục với tệp .mdx'));
		});
	}
	return out;
};

const RULES: Check[] = [references, placement, duplicateNumbers, dates, attachments, permalinkCollisions, publishing];

export function checkRules(content: ValidContent): Problem[] {
	return RULES.flatMap((rule) => rule(content));
}
