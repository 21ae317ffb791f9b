import { z } from 'astro/zod';
import {
	attachment, awardForm, citation, correction, deadline, fullDate, instant, partialDate, signer, slug, source, text,
} from './common.ts';
import { honoureeSchema } from './honouree.ts';
import { symbolProblem } from './symbol.ts';
import { AWARD_FORMS, isAwardFormKey } from './awards.ts';
import { DOCUMENT_TYPE_KEYS, HONOUREE_KINDS } from './vocabulary.ts';
import { SHORT_CODE_ALPHABET, SHORT_CODE_PATTERN } from './short-code.ts';

/** One content change, in words for citizens. */
const changeNote = z.strictObject({
	/** Day the change was published. */
	date: fullDate,
	/** What changed and why, in Vietnamese: "Bổ sung phụ lục danh sách khen thưởng". */
	note: text('ghi chú thay đổi'),
});

export const documentSchema = z
	.strictObject({
		/** Kind of document: ke-hoach, thong-bao-ket-luan, quyet-dinh-khen-thuong or tin-bai. */
		type: z.enum(DOCUMENT_TYPE_KEYS, { error: `loại văn bản chỉ được là một trong ${DOCUMENT_TYPE_KEYS.join(', ')}` }),
		/** Sequence number as printed ("25", "08", "98/2023"); omit when the copy leaves it blank. */
		number: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text('số').optional()),
		/** Type and issuer abbreviation after the slash: "KH-UBND", "QĐ-TTg", "TTLT-BTC-BNV" (src/schema/symbol.ts). Known even when the number is not. */
		symbol: text('ký hiệu').superRefine((value, ctx) => {
			const problem = symbolProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
		}).optional(),
		/** Issue date, as precisely as the copy shows: "2024-01-19", "2023-01" or "2023". */
		date: partialDate,
		/** Place in the header: "Thuận Nam". */
		place: text('địa danh').optional(),
		/** Id of the issuing agency. */
		agency: slug,
		/** Title (trích yếu) as printed, in sentence case. */
		title: text('trích yếu'),
		/** One or two sentences for listings, search results and share cards. */
		summary: text('tóm tắt'),
		/** Who signed, as the signature block shows. */
		signer: signer.optional(),
		/** Legal basis (Căn cứ, Thực hiện): documents this one rests on. */
		basis: z.array(citation).default([]),
		/** Recipients (Nơi nhận), one line each, as printed. */
		recipients: z.array(text('nơi nhận')).default([]),
		/** Dated obligations the document sets. */
		deadlines: z.array(deadline).default([]),
		/** Id of the campaign this document belongs to. */
		campaign: slug.optional(),
		/** Where the text comes from and how it was prepared. */
		source,
		/** Files beside the MDX, such as the signed original. */
		attachments: z.array(attachment).default([]),
		/** For award decisions: the award every honouree receives unless they name their own. */
		award: awardForm.optional(),
		/** For award decisions: `award` exactly as the decision prints it ("Cờ thi đua của Ủy ban nhân dân tỉnh"), shown beside the legal category. */
		awardAsPrinted: text('hình thức khen thưởng như in trên văn bản').optional(),
		/** For award decisions: everyone honoured in Điều 1 or its annex. */
		honourees: z.array(honoureeSchema).default([]),
		/** Old URLs of this document that must keep working, e.g. "/van-ban/ubnd-huyen-x/2023/old-name/". */
		aliases: z.array(z.string().regex(/^\/[a-z0-9/-]*\/$/, { message: 'phải là đường dẫn bắt đầu và kết thúc bằng "/", chữ thường không dấu' })).default([]),
		/** Short link code (/d/<code>/) to use instead of the one derived from the file path; set it only when the checker reports a collision. */
		shortCode: z.string().regex(SHORT_CODE_PATTERN, { message: `mã liên kết ngắn gồm 4–12 ký tự trong "${SHORT_CODE_ALPHABET}"` }).optional(),
		/** Corrections published after the first release. */
		corrections: z.array(correction).default([]),
		/** Change notes for citizens (GOV.UK's "change note"): one per content change after first publication, the only history the site shows. */
		changes: z.array(changeNote).default([]),
		/** Set when the site has only part of the signed text: which part, e.g. "Phần mở đầu, đến giữa mục I.1". The page then says "Trích". */
		excerpt: text('phần văn bản có trên trang').optional(),
		/** Set when the document was withdrawn: the page stays with this reason. */
		withdrawn: z.strictObject({ date: partialDate, reason: text('lý do thu hồi') }).optional(),
		/** Keep out of every output while true. */
		draft: z.boolean({ error: 'chỉ được là true (có) hoặc false (không)' }).default(false),
		/** Embargo: keep out of every output until this instant. */
		publishAt: instant.optional(),
	})
	.superRefine((doc, ctx) => {
		const isAward = doc.type === 'quyet-dinh-khen-thuong';
		if (isAward && doc.honourees.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['honourees'], message: 'quyết định khen thưởng phải có danh sách người, tập thể được khen' });
		}
		if (!isAward && doc.honourees.length > 0) {
			ctx.addIssue({ code: 'custom', path: ['honourees'], message: 'chỉ quyết định khen thưởng (type: quyet-dinh-khen-thuong) mới có danh sách khen thưởng' });
		}
		doc.honourees.forEach((honouree, index) => {
			const award = honouree.award ?? doc.award;
			if (!award) {
				ctx.addIssue({ code: 'custom', path: ['honourees', index, 'award'], message: 'thiếu hình thức khen thưởng: ghi "award" cho người này hoặc cho cả quyết định' });
			} else if (isAwardFormKey(award) && !(AWARD_FORMS[award].for as readonly string[]).includes(honouree.kind)) {
				ctx.addIssue({
					code: 'custom',
					path: ['honourees', index, honouree.award ? 'award' : 'kind'],
					message: `"${AWARD_FORMS[award].label}" không dành cho ${HONOUREE_KINDS[honouree.kind].toLowerCase()}`,
				});
			}
		});
	});

export type DocumentData = z.output<typeof documentSchema>;
export { slug };
