import { z } from 'astro/zod';
import { awardForm, fullDate, partialDate, slug, text } from './common.ts';
import { AREA_KEYS } from './vocabulary.ts';

/** A nomination deadline for the campaign's awards. */
const nominationDeadline = z.strictObject({
	/** Day the dossiers are due. */
	date: fullDate,
	/** Who sends what to whom. */
	what: text('việc phải làm'),
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
	/** Hide from every output until published. */
	draft: z.boolean({ error: 'chỉ được là true (có) hoặc false (không)' }).default(false),
});

export type CampaignData = z.output<typeof campaignSchema>;
export { slug };
