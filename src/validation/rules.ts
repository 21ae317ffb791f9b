import { dateRange, formatDateShort, yearOf } from '../lib/dates.ts';
import { formatNumber } from '../lib/document-number.ts';
import type { ValidContent, ValidEntry } from './schema-check.ts';
import type { Problem } from './problem.ts';
import type { DocumentData } from '../schema/document.ts';
import { permalinkCollisions } from './rules-aliases.ts';
import { publishing } from './rules-publishing.ts';
import { agencySuggestion, symbolMatchesAgency, unknownAgencyMessage } from './rules-agency.ts';
import { duplicateDocuments } from './rules-duplicates.ts';
import path from 'node:path';
import { entryId, type Collection, type ContentTree } from './content-files.ts';
import { dateOrder } from './rules-dates.ts';
import { agencyCycles } from './rules-graph.ts';
import { numberWithoutSymbol } from './rules-numbers.ts';
import { attachmentSafety } from './rules-attachments.ts';
import { bodyLinks } from './rules-body-links.ts';
import { images } from './rules-images.ts';
import { mdxComponents } from './rules-mdx.ts';

type Check = (content: ValidContent, tree: ContentTree) => Problem[];

function problem(entry: ValidEntry<unknown>, field: (string | number)[], message: string, hint?: string, severity: Problem['severity'] = 'error'): Problem {
	const fieldName = field.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
	return { severity, file: entry.raw.file, line: entry.raw.lineOf(field), field: fieldName, message, hint };
}


/** Ids of every file Astro loads, valid or not: a reference to a file with errors of its own is not reported twice. */
function loadedIds(tree: ContentTree): Record<Collection, Set<string>> {
	const ids: Record<Collection, Set<string>> = { agencies: new Set(), campaigns: new Set(), documents: new Set() };
	for (const { collection, absolutePath } of tree.files) ids[collection].add(entryId(collection, path.relative(path.join(tree.root, collection), absolutePath)));
	return ids;
}

const references: Check = (content, tree) => {
	const out: Problem[] = [];
	const loaded = loadedIds(tree);
	const has = (collection: Collection, id: string) => content[collection].has(id) || loaded[collection].has(id);
	for (const agency of content.agencies.values()) {
		for (const field of ['parent', 'successor'] as const) {
			const target = agency.data[field];
			if (target && !has('agencies', target)) out.push(problem(agency, [field], unknownAgencyMessage(target), agencySuggestion(target, content)));
		}
	}
	for (const campaign of content.campaigns.values()) {
		if (!has('agencies', campaign.data.agency)) out.push(problem(campaign, ['agency'], unknownAgencyMessage(campaign.data.agency), agencySuggestion(campaign.data.agency, content)));
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
		if (!has('agencies', agency)) out.push(problem(doc, ['agency'], unknownAgencyMessage(agency), agencySuggestion(agency, content)));
		if (campaign && !has('campaigns', campaign)) {
			out.push(problem(doc, ['campaign'], `không có phong trào mã "${campaign}" trong content/campaigns`, 'dùng tên một tệp trong content/campaigns (bỏ đuôi .yaml) hoặc xóa trường này'));
		}
		const cited = [
			...basis.map((c, i) => ({ c, field: ['basis', i, 'document'] })),
			...honourees.flatMap((h, i) => (h.revoked ? [{ c: h.revoked.decision, field: ['honourees', i, 'revoked', 'decision', 'document'] }] : [])),
		];
		for (const { c, field } of cited) {
			if ('document' in c && !has('documents', c.document)) {
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
		// An unknown agency is reported once, with suggestions; "move the file to its folder" would make a folder for it.
		if (folderAgency !== doc.data.agency && content.agencies.has(doc.data.agency)) {
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

const RULES: Check[] = [
	references, placement, duplicateNumbers, dates, permalinkCollisions, publishing,
	dateOrder,
	agencyCycles,
	numberWithoutSymbol,
	attachmentSafety,
	bodyLinks,
	images,
	mdxComponents,
	symbolMatchesAgency,
	duplicateDocuments,
];

export function checkRules(content: ValidContent, tree: ContentTree): Problem[] {
	return RULES.flatMap((rule) => rule(content, tree));
}
