import { z } from 'astro/zod';
import { awardForm, citation, fullDate, slug, text } from './common.ts';
import { HONOUREE_KIND_KEYS } from './vocabulary.ts';

/** A revocation (hủy bỏ) of an award; the honour stays visible, marked. */
export const revocationSchema = z.strictObject({
	/** Day the award was revoked. */
	date: fullDate,
	/** Why, as the revoking decision states. */
	reason: text('lý do hủy bỏ'),
	/** The revoking decision: a document on the site or its citation. */
	decision: citation,
});

/**
 * One honoured collective, person or household. Only what the law allows to
 * publish: name, position, unit, award. Never addresses, ID numbers or birth dates.
 */
export const honoureeSchema = z.strictObject({
	/** tap-the (collective), ca-nhan (individual) or ho-gia-dinh (household). */
	kind: z.enum(HONOUREE_KIND_KEYS, { error: `loại người được khen chỉ được là một trong ${HONOUREE_KIND_KEYS.join(', ')}` }),
	/** Name as printed, without "Ông"/"Bà": "Nguyễn Văn Hiếu", "Nhân dân và cán bộ phường Phú Hòa, thành phố Huế". */
	name: text('tên người hoặc tập thể được khen'),
	/** "Ông" or "Bà" as printed before a person's name. */
	honorific: z.preprocess((value) => (typeof value === 'string' ? value.trim().normalize('NFC') : value), z.enum(['Ông', 'Bà'], { error: 'chỉ được là "Ông" hoặc "Bà"' })).optional(),
	/** Position (chức vụ), for individuals. */
	position: text('chức vụ').optional(),
	/** Unit (đơn vị) the person or collective belongs to. */
	unit: text('đơn vị').optional(),
	/** Award form or title; defaults to the decision's `award`. */
	award: awardForm.optional(),
	/** The achievement as stated (thành tích). */
	achievement: text('thành tích').optional(),
	/** Stable id linking the same person or collective across decisions; only set when the content says they are the same. */
	id: slug.optional(),
	/** Present when the award was later revoked. */
	revoked: revocationSchema.optional(),
	/** Why personal data in this entry is published on purpose (a spokesperson's published work phone); silences the privacy check for it, never shown. */
	privacyException: text('lý do công bố thông tin cá nhân').optional(),
});

export type HonoureeData = z.output<typeof honoureeSchema>;
