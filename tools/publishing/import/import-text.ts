/**
 * importText: plain text of a signed document (born digital or OCR) → draft
 * frontmatter, MDX body, warnings and a suggested path. Pure: no file access.
 */
import { DOCUMENT_TYPES } from '../../../src/schema/vocabulary.ts';
import { matchAgency } from './agency.ts';
import { extractBasis } from './basis.ts';
import { buildBlocks } from './blocks.ts';
import { allDates, displayDate } from './dates.ts';
import { extractDeadlines } from './deadlines.ts';
import { checkTextQuality, fold, ocrFold } from './diacritics.ts';
import { detectType } from './doc-type.ts';
import { suggestPath } from './file-name.ts';
import { UNKNOWN_AGENCY, UNKNOWN_YEAR } from '../../../src/lib/unknown.ts';
import { numberFromAnnouncement, parseNumber, parsePlaceDate } from './header.ts';
import { extractHonourees } from './honourees.ts';
import { normalise } from './normalise.ts';
import { extractRecipients } from './recipients.ts';
import { renderBody } from './sections.ts';
import { extractSigner } from './signer.ts';
import { findTitle } from './title.ts';
import type { DraftFrontmatter, ImportOptions, ImportResult, ImportWarning, SourceLine } from './types.ts';
import { toMdx } from './write-mdx.ts';
import { splitZones } from './zones.ts';

export type { DraftFrontmatter, ImportOptions, ImportResult, ImportWarning } from './types.ts';

export function importText(text: string, options: ImportOptions = {}): ImportResult {
	const normalised = normalise(text);
	const { lines } = normalised;
	const warnings: ImportWarning[] = [...normalised.warnings];
	if (options.inputNote) warnings.unshift({ field: 'body', message: options.inputNote, hint: 'Đối chiếu toàn văn, tên riêng và chữ có dấu với bản gốc trước khi công bố.' });
	const quality = checkTextQuality(lines);
	const ocr = quality.lacksDiacritics;
	const sourceUrl = normalised.sourceUrl ?? options.sourceUrl;
	warnings.push(...quality.warnings);

	if (options.scanned) {
		warnings.push({ line: lines.find((l) => l.text !== '')?.no ?? 1, field: 'source.kind', message: 'Văn bản được đọc từ bản quét bằng nhận dạng chữ (OCR, Tesseract tiếng Việt) (source.kind: so-hoa).', hint: 'Đối chiếu số, ngày, tên người và danh sách khen thưởng với bản quét; OCR có thể đọc sai chữ số và dấu.' });
	}
	const typeInfo = detectType(lines, normalised.kind, ocr);
	const type = typeInfo.type;
	warnings.push(...typeInfo.warnings);
	const isNews = type === 'tin-bai';

	const numberInfo = parseNumber(lines, ocr);
	const placeDate = parsePlaceDate(lines, ocr);
	const announcement = numberInfo.line === undefined && type === 'quyet-dinh-khen-thuong' ? numberFromAnnouncement(lines, ocr) : undefined;
	warnings.push(...numberInfo.warnings, ...placeDate.warnings, ...(announcement?.warnings ?? []));
	// Without a type heading, the title follows the header's last line (number, or place and date).
	const headerEnd = Math.max(numberInfo.line ?? 0, placeDate.endLine ?? 0);
	const headIndex = typeInfo.headingIndex >= 0 || headerEnd === 0 || isNews ? typeInfo.headingIndex : lines.findLastIndex((l) => l.no === headerEnd);
	const titleInfo = findTitle(lines, headIndex, type, announcement?.sentence, typeInfo.headingIndex < 0);
	warnings.push(...titleInfo.warnings);
	if (ocr && titleInfo.title) {
		warnings.push({ line: lines[headIndex + 1]?.no ?? lines.find((l) => l.text !== '')?.no, field: 'title', message: 'Trích yếu lấy từ bản không dấu (title).', hint: 'Viết lại trích yếu có dấu đúng như bản gốc.' });
	}

	const zones = splitZones(lines, headIndex, titleInfo.endIndex);
	const blocks = buildBlocks(zones.bodyLines);
	const basisInfo = extractBasis(blocks, ocr);
	warnings.push(...basisInfo.warnings);
	let leading = 0;
	if (!isNews) while (basisInfo.blockIndexes.includes(leading)) leading++;
	const annexBlocks = buildBlocks(zones.annex);
	const bodyBlocks = [...blocks.slice(leading), ...annexBlocks];
	const annexStart = bodyBlocks.length - annexBlocks.length;

	const honours = type === 'quyet-dinh-khen-thuong' ? extractHonourees(bodyBlocks, titleInfo.title, annexStart) : undefined;
	warnings.push(...(honours?.warnings ?? []));
	const deadlineInfo = extractDeadlines(bodyBlocks, ocr);
	warnings.push(...deadlineInfo.warnings);
	const rendered = renderBody(bodyBlocks, honours?.listBlocks ?? new Set());
	warnings.push(...rendered.warnings);

	const recipientsInfo = extractRecipients(zones.tail, ocr);
	warnings.push(...recipientsInfo.warnings);
	const signerInfo = isNews ? { warnings: [] } : extractSigner(zones.tail, recipientsInfo.used, recipientsInfo.leftover, ocr);
	warnings.push(...signerInfo.warnings);
	if (!isNews && !zones.tail.some((l) => /^noi nhan\b/.test((ocr ? ocrFold : fold)(l.text.replace(/\*/g, '').trim())))) {
		warnings.push({ field: 'recipients', message: 'Không thấy phần "Nơi nhận" (recipients).', hint: 'Nếu bản gốc có nơi nhận, chép vào "recipients", mỗi dòng một nơi.' });
	}

	const date = placeDate.date ?? announcement?.date ?? (isNews ? normalised.postedAt : undefined);
	const titleLine = titleInfo.endIndex >= 0 ? lines[Math.max(headIndex + 1, 0)]?.no : undefined;
	const agencyInfo = matchAgency({
		agencies: options.agencies ?? [],
		chosen: options.agency,
		headerLines: zones.headerLines,
		title: titleInfo.title,
		titleLine,
		bodyLines: zones.bodyLines.filter((l) => !honours?.listLines.has(l.no)),
		place: placeDate.place,
		date,
		sourceUrl,
		ocr,
	});
	warnings.push(...agencyInfo.warnings);

	const frontmatter: DraftFrontmatter = {
		type,
		number: numberInfo.number ?? announcement?.number,
		symbol: numberInfo.symbol ?? announcement?.symbol,
		date,
		place: placeDate.place,
		agency: agencyInfo.agency,
		title: titleInfo.title,
		signer: 'signer' in signerInfo ? signerInfo.signer : undefined,
		basis: basisInfo.basis,
		recipients: recipientsInfo.recipients,
		deadlines: deadlineInfo.deadlines,
		source: sourceOf(ocr || options.scanned === true, sourceUrl, normalised.notes),
		award: honours?.award,
		honourees: honours?.honourees ?? [],
		draft: true,
	};
	warnings.push(...missingFields(frontmatter, lines, numberInfo.line !== undefined || announcement !== undefined, normalised.notes));
	const suggestedPath = suggestPath(frontmatter, options.fileName);
	placeUnlocated(warnings, lines, headIndex);
	const sorted = warnings.map((w, i) => ({ w, i })).sort((a, b) => (a.w.line ?? 0) - (b.w.line ?? 0) || a.i - b.i).map((x) => x.w);
	return { frontmatter, body: rendered.body, warnings: sorted, suggestedPath, mdx: toMdx(frontmatter, rendered.body, sorted, options.fileName, ocr) };
}

/** Warnings about something absent point where it should have been: the header, or the foot for signer and recipients. */
function placeUnlocated(warnings: ImportWarning[], lines: SourceLine[], headingIndex: number): void {
	const content = lines.filter((l) => l.text !== '');
	const head = (lines[headingIndex] ?? content[0])?.no;
	const foot = content.at(-1)?.no;
	for (const warning of warnings) {
		if (warning.line !== undefined) continue;
		warning.line = /^(signer|recipients)/.test(warning.field) ? foot : head;
	}
}

function sourceOf(ocr: boolean, url: string | undefined, notes: string[]): DraftFrontmatter['source'] {
	const source: DraftFrontmatter['source'] = { kind: ocr ? 'so-hoa' : 'ban-dien-tu' };
	if (url) source.url = url;
	if (notes.length > 0) source.note = `Bản gốc có chữ ký số lúc ${notes.join('; ')}.`;
	return source;
}

/** Warnings for required fields still empty, and cross-checks between fields. */
function missingFields(fm: DraftFrontmatter, lines: SourceLine[], sawNumberLine: boolean, signedAt: string[]): ImportWarning[] {
	const warnings: ImportWarning[] = [];
	const isNews = fm.type === 'tin-bai';
	if (!sawNumberLine && !isNews && fm.type) {
		warnings.push({ field: 'number', message: 'Không thấy dòng "Số: …": không đọc được số và ký hiệu văn bản (number, symbol).', hint: 'Bản này có thể là bản in lại không có phần đầu; chép số, ký hiệu từ bản gốc.' });
	}
	if (!fm.date) {
		const dates = allDates(lines.map((l) => fold(l.text)).join('\n'));
		const latest = dates.map((d) => d.date).sort().at(-1);
		warnings.push({
			field: 'date',
			message: `Không đọc được ngày ban hành (date); tệp được đặt trong thư mục "${UNKNOWN_YEAR}".`,
			hint: [
				isNews ? 'Ghi ngày đăng tin trên cổng thông tin.' : '',
				signedAt[0] ? `Chữ ký số đầu tiên lúc ${signedAt[0]}, thường trùng ngày ban hành.` : '',
				latest ? `Ngày muộn nhất nhắc trong nội dung là ${displayDate(latest)}; văn bản ban hành vào hoặc sau ngày đó.` : '',
				'Điền "date" rồi chuyển tệp sang thư mục năm đúng.',
			].filter(Boolean).join(' '),
		});
	}
	if (!fm.agency) {
		warnings.push({ field: 'agency', message: `Chưa có cơ quan ban hành (agency); tệp được đặt trong thư mục "${UNKNOWN_AGENCY}".`, hint: 'Chạy lại với --agency <mã>, hoặc điền "agency" rồi chuyển tệp sang thư mục của cơ quan.' });
	}
	if (fm.type === 'thong-bao-ket-luan' && fm.title && !/^ket luan/.test(ocrFold(fm.title))) {
		warnings.push({ field: 'type', message: 'Thông báo này không phải thông báo kết luận, nhưng trang chỉ có loại "thong-bao-ket-luan" (type).', hint: 'Kiểm tra xem có nên đăng văn bản này không.' });
	}
	const abbreviation = fm.type ? DOCUMENT_TYPES[fm.type].abbreviation : '';
	if (fm.symbol && abbreviation && fold(fm.symbol.split('-')[0]!) !== fold(abbreviation)) {
		warnings.push({ field: 'symbol', message: `Ký hiệu "${fm.symbol}" không khớp loại văn bản ${DOCUMENT_TYPES[fm.type!].label} (${abbreviation}) (symbol, type).`, hint: 'Kiểm tra lại loại và ký hiệu.' });
	}
	return warnings;
}
