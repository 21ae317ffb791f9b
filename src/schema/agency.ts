import { z } from 'astro/zod';
import { email, fullDate, partialDate, slug, text, url } from './common.ts';
import { AGENCY_LEVEL_KEYS } from './vocabulary.ts';

/** A spokesperson named under Decree 09/2017/NĐ-CP, for the period they serve. */
export const spokespersonSchema = z.strictObject({
	/** Full name. */
	name: text('họ tên người phát ngôn'),
	/** Position, e.g. "Chủ tịch UBND huyện". */
	position: text('chức vụ'),
	/** Phone number as published; omit when the portal leaves it blank. */
	phone: z.string().trim().regex(/^[0-9 +().-]{6,20}$/, { message: 'số điện thoại chỉ gồm chữ số, dấu cách, + ( ) . -' }).optional(),
	/** Email as published. */
	email: email.optional(),
	/** First day (or month, or year) they are known to serve. */
	from: partialDate.optional(),
	/** Last day they serve; omit while they still do. */
	to: partialDate.optional(),
	/** Where this information was published. */
	source: url.optional(),
});

export const agencySchema = z.strictObject({
	/** Name exactly as printed on the agency's documents, never renamed: "UBND huyện Mộ Đức". */
	name: text('tên cơ quan'),
	/** The header form in capitals, if it differs: "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN". */
	printedName: text('tên in trên văn bản').optional(),
	/** Administrative level: trung-uong, tinh, huyen, xa or so-nganh. */
	level: z.enum(AGENCY_LEVEL_KEYS, { error: `chỉ được là một trong ${AGENCY_LEVEL_KEYS.join(', ')}` }),
	/** Province the agency belonged to while it existed: "Quảng Ngãi". Omit for central bodies. */
	province: text('tỉnh').optional(),
	/** Id of the agency above it (a district's province, a commune's district). */
	parent: slug.optional(),
	/** First day it existed, as precisely as known. */
	validFrom: partialDate.optional(),
	/** Last day it existed; omit while it still exists. */
	validTo: fullDate.optional(),
	/** Id of the agency that took over its duties after it ceased. */
	successor: slug.optional(),
	/** How the duties passed on, e.g. the resolution that dissolved it. */
	successionNote: text('ghi chú sắp xếp').optional(),
	/** Official website. */
	website: url.optional(),
	/** Spokespersons over time, newest last. */
	spokespersons: z.array(spokespersonSchema).default([]),
});

export type AgencyData = z.output<typeof agencySchema>;
export type Spokesperson = z.output<typeof spokespersonSchema>;
