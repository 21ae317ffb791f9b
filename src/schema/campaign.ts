import { z } from 'astro/zod';
import { awardForm, documentId, fullDate, partialDate, slug, text } from './common.ts';
import { AREA_KEYS } from './vocabulary.ts';

/** A nomination deadline for the campaign's awards. */
const nominationDeadline = z.strictObject({
	/** Day the dossiers are due. */
	date: fullDate,
	/** Who sends what to whom. */
	what: text('việc phải làm'),
});

/** Kinds of step a plan sets, in the order a campaign usually takes them. */
export const MILESTONE_KINDS = {
	'phat-dong': 'Phát động',
	'so-ket': 'Sơ kết',
	'tong-ket': 'Tổng kết',
	'han-de-nghi': 'Hạn đề nghị khen thưởng',
	'khen-thuong': 'Quyết định khen thưởng',
} as const;
export type MilestoneKind = keyof typeof MILESTONE_KINDS;
const MILESTONE_KIND_KEYS = Object.keys(MILESTONE_KINDS) as [MilestoneKind, ...MilestoneKind[]];

/** A step the launching plan (or its announcement) sets, and the document that fulfils it once it is on the site. */
const milestone = z.strictObject({
	/** phat-dong (launch), so-ket (interim review), tong-ket (final review), han-de-nghi (nomination deadline) or khen-thuong (award decision). */
	kind: z.enum(MILESTONE_KIND_KEYS, { error: `loại mốc chỉ được là một trong ${MILESTONE_KIND_KEYS.join(', ')}` }),
	/** When the plan sets it, as precisely as the plan says: "2023" for "sơ kết trong năm 2023". */
	date: partialDate,
	/** What happens, in the words of the plan (or of the announcement named in `source`): "Tổ chức sơ kết phong trào". */
	what: text('nội dung mốc'),
	/** Id of the published document that fulfils it ("co-quan/nam/ten-tep"); omit while it is not on the site. */
	document: documentId.optional(),
	/** Where the date comes from when not from the plan itself, e.g. the portal's announcement. */
	source: text('nguồn của mốc').optional(),
});

export const campaignSchema = z.strictObject({
	/** Campaign name as the launching plan words it. */
	title: text('tên phong trào'),
	/** Id of the agency that launched it. */
	agency: slug,
	/** First day of the campaign, as precisely as known. */
	start: partialDate,
	/** Last day of the campaign, as precisely as known. */
	end: partialDate,
	/** Slogan (khẩu hiệu) or theme (chủ đề), word for word. */
	slogan: text('khẩu hiệu').optional(),
	/** One or two sentences for listings and share cards. */
	summary: text('tóm tắt'),
	/** Areas of work (lĩnh vực). */
	areas: z.array(z.enum(AREA_KEYS, { error: `lĩnh vực phải là một trong ${AREA_KEYS.join(', ')}` })).min(1, { message: 'cần ít nhất một lĩnh vực' }),
	/** Who takes part (đối tượng thi đua). */
	participants: z.array(text('đối tượng')).default([]),
	/** Criteria (tiêu chí) for collectives. */
	criteriaCollective: z.array(text('tiêu chí')).default([]),
	/** Criteria (tiêu chí) for individuals. */
	criteriaIndividual: z.array(text('tiêu chí')).default([]),
	/** Award forms the plan foresees, from the law's list. */
	awardForms: z.array(awardForm).default([]),
	/** Deadlines for nominations. */
	nominationDeadlines: z.array(nominationDeadline).default([]),
	/** Steps the plan sets (launch, sơ kết, tổng kết, award decisions), each with the document that fulfils it once published. */
	milestones: z.array(milestone).default([]),
	/** Hide from every output until published. */
	draft: z.boolean({ error: 'chỉ được là true (có) hoặc false (không)' }).default(false),
});

export type CampaignData = z.output<typeof campaignSchema>;
export type Milestone = z.output<typeof milestone>;
export { slug };
