import { z } from 'astro/zod';
import { fullDate, isRealInstant, partialDate } from './partial-date.ts';
import { AWARD_FORM_KEYS, isAwardFormKey, unknownAwardCode, type AwardFormKey } from './awards.ts';
import { SIGNER_PREFIXES, SOURCE_KIND_KEYS } from './vocabulary.ts';

/** Text from content: trimmed, NFC, never empty. */
export const text = (what = 'nội dung') =>
	z
		.string({ error: `phải là một đoạn chữ (${what})` })
		.transform((value) => value.trim().normalize('NFC'))
		.refine((value) => value.length > 0, { message: `không được để trống (${what})` });

/** An id of another entry: lowercase ASCII words joined by hyphens, as in file names. */
export const slug = z
	.string({ error: 'phải là mã định danh, ví dụ "ubnd-huyen-mo-duc"' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "ubnd-huyen-mo-duc"',
	});

/** A document id: its path under content/documents, e.g. "ubnd-huyen-thuan-nam/2023/kh-cai-cach-hanh-chinh". */
export const documentId = z
	.string({ error: 'phải là mã văn bản dạng "co-quan/nam/ten-tep", ví dụ "ubnd-huyen-thuan-nam/2023/kh-cchc"' })
	.regex(/^[a-z0-9-]+\/\d{4}\/[a-z0-9-]+$/, {
		message: 'phải có dạng "co-quan/nam/ten-tep", ví dụ "ubnd-huyen-thuan-nam/2023/kh-cchc"',
	});

export const email = z.string().trim().pipe(z.email({ message: 'không phải địa chỉ thư điện tử hợp lệ' }));

/** A web address; content never carries script or data URLs. */
export const url = z.string().trim().pipe(z.url({ protocol: /^https?$/, message: 'phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://' }));

/** A code of AWARD_FORMS; an unknown one gets the nearest codes and the whole list, in params.hint (the "Cách sửa" line). */
export const awardForm = z.string({ error: (issue) => unknownAwardCode(issue.input).message }).superRefine((value, ctx) => {
	if (!isAwardFormKey(value)) {
		const { message, hint } = unknownAwardCode(value);
		ctx.addIssue({ code: 'custom', message, params: { hint } });
	}
	// A string, not an enum, so an unknown code gets its own hint; the codes are listed for the editor's form (src/admin).
}).meta({ options: AWARD_FORM_KEYS }) as unknown as z.ZodType<AwardFormKey>;

/** The signature block: authority prefix, on whose behalf, position, name. */
export const signer = z.strictObject({
	/** Authority prefix as printed: TM. (for a collective body), KT. (deputy for the head), TL. (by order), TUQ. (by authorisation). */
	prefix: z.enum(SIGNER_PREFIXES, { error: `chỉ được là một trong ${SIGNER_PREFIXES.join(', ')}` }).optional(),
	/** Who the prefix signs for, as printed after it: "Ủy ban nhân dân", "Chủ tịch", "Thủ tướng". */
	for: text('thay mặt ai').optional(),
	/** The signer's own position: "Chủ tịch", "Chánh Văn phòng", "Phó Thủ tướng". Omit when the copy does not show it. */
	position: text('chức vụ').optional(),
	/** The signer's full name; omit only when the published copy does not show it. */
	name: text('họ tên người ký').optional(),
});

/** A document cited as legal basis: a link to a document on the site, or its citation as text. */
export const citation = z.union(
	[
		z.strictObject({
			/** Id of a document published on this site. */
			document: documentId,
		}),
		z.strictObject({
			/** Number and symbol as printed, e.g. "465/QĐ-UBND" or "98/2023/NĐ-CP". */
			number: text('số, ký hiệu').optional(),
			/** Kind of the cited document: "Quyết định", "Kế hoạch", "Nghị định". */
			kind: text('loại văn bản'),
			/** Issue date of the cited document, as precise as known. */
			date: partialDate.optional(),
			/** Issuing body as named in the citation: "UBND tỉnh Ninh Thuận". */
			issuer: text('cơ quan ban hành').optional(),
			/** Its title (trích yếu) as cited. */
			title: text('trích yếu').optional(),
		}),
	],
	{ error: 'mỗi căn cứ phải có "document" (mã văn bản trên trang) hoặc "kind" cùng "number", "date", "issuer"' },
);

/** A dated obligation the document sets. */
export const deadline = z.strictObject({
	/** The day it falls due. */
	date: fullDate,
	/** What must be done by then, in a short sentence. */
	what: text('việc phải làm'),
});

/** Where the published text comes from. */
export const source = z.strictObject({
	/** "ban-dien-tu" for a born-digital text, "so-hoa" when it was typed or OCR'd from a scan. */
	kind: z.enum(SOURCE_KIND_KEYS, { error: `chỉ được là một trong ${SOURCE_KIND_KEYS.join(', ')}` }),
	/** Where the original was found, if online. */
	url: url.optional(),
	/** Editorial note on how the text was prepared. */
	note: text('ghi chú').optional(),
});

/** A file published beside the document, e.g. the signed PDF. */
export const attachment = z.strictObject({
	/** Path relative to the MDX file, e.g. "./25-kh-ubnd.pdf". */
	file: z.string().regex(/^\.\/[^/]+$/, { message: 'phải là tên tệp nằm cùng thư mục, bắt đầu bằng "./"' }),
	/** What the file is: "Bản gốc có chữ ký (PDF)". */
	title: text('tên tệp đính kèm'),
});

/** A correction made after publication. */
export const correction = z.strictObject({
	/** When the correction was published. */
	date: fullDate,
	/** What changed, for readers. */
	what: text('nội dung đính chính'),
});

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * "2026-12-01T08:00:00+07:00": an instant with its offset, so embargoes
 * never depend on the build machine's zone. Unquoted, YAML hands over a
 * Date (the checker has made sure the text had a zone and a real time):
 * it is given back in Vietnam's time, as officers write it.
 */
export const instant = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? `${new Date(value.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00` : value),
	z
		.string({ error: 'phải là thời điểm dạng 2026-12-01T08:00:00+07:00' })
		.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, {
			message: 'phải là thời điểm có múi giờ, dạng 2026-12-01T08:00:00+07:00',
		})
		.refine(isRealInstant, { message: 'thời điểm không có thật trong lịch' }),
);

export { partialDate, fullDate };
