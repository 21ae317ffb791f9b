/**
 * Share images (Open Graph cards), 960×504 PNG (CARD_WIDTH, CARD_HEIGHT).
 *
 * Flow:
 * 1. While the site is built, each page describes its card as a `ShareCard`
 *    and calls `registerShareCard(card)` (registry.ts). That returns the
 *    absolute address `<SITE.url>/og/<key>.png` for the page's og:image and
 *    twitter:image. The key depends only on the card's text, the template
 *    digest (template-digest.ts: the rendering code, satori and resvg
 *    versions, the font files) and the site name/host, so it is known before
 *    any image exists.
 * 2. An Astro integration (integrations/share-images.ts) hands each newly
 *    registered card to a worker pool (pool.ts) at once, so images render,
 *    at the lowest CPU priority, on whatever CPU Astro leaves idle while it
 *    renders the other pages. Cards whose PNG is already in the cache are
 *    skipped; the rest are rendered in worker threads (worker.ts →
 *    render.ts: template.ts → satori → SVG → resvg → png.ts) into the cache.
 *    At astro:build:done the pool finishes on every core and links (or
 *    copies) each registered card's PNG into `dist/og/`.
 *
 * Any change to how a card looks changes every key by itself, so caches and
 * social networks' copies of old images are never reused for the new look.
 */
import { createHash } from 'node:crypto';
import { SITE } from '../site.config.ts';
import { templateDigest } from './template-digest.ts';

/**
 * The published card's size: the 1200×630 layout (template.ts) scaled to
 * 960 px. Facebook shows a large preview from 600 px and asks for 1,080 for
 * the sharpest one on dense screens; at 1,080 the cards of a
 * 10,000-document site were 193.7 MB and kept it over its 600 MB budget
 * (issue 18), at 960 a card is 0.857 of that (about -28 MB), its smallest
 * text still about 19 px and read back by the OCR test. Same 1.91:1 ratio
 * (docs/performance.md, "Dist size").
 */
export const CARD_WIDTH = 960;
export const CARD_HEIGHT = 504;

export type ShareCardKind =
	| 'ke-hoach'
	| 'thong-bao-ket-luan'
	| 'quyet-dinh-khen-thuong'
	| 'tin-bai'
	| 'phong-trao'
	| 'co-quan'
	| 'danh-sach'
	| 'trang-chu';

export interface ShareCard {
	kind: ShareCardKind;
	/** Short label above the title, e.g. "KẾ HOẠCH" or "PHONG TRÀO THI ĐUA". */
	eyebrow: string;
	/** Issuing agency as printed, e.g. "UBND huyện Thuận Nam". */
	agency?: string | undefined;
	/** Document number as printed, e.g. "Số 25/KH-UBND" or "Số …/TB-UBND". */
	number?: string | undefined;
	/** Already formatted, e.g. "ngày 19 tháng 01 năm 2024". */
	date?: string | undefined;
	title: string;
	/** One line at the bottom left, e.g. the campaign a document belongs to. */
	footer?: string | undefined;
}

const STRING_FIELDS = ['eyebrow', 'agency', 'number', 'date', 'title', 'footer'] as const;

/** Tidies one text: NFC, whitespace runs (including line breaks) collapsed, trimmed. */
export function normaliseText(value: string): string {
	return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The card with every string field NFC-normalised and its whitespace
 * collapsed; optional fields that end up empty are dropped. Fields are
 * always in the same order, so JSON.stringify of the result is canonical.
 */
export function normaliseCard(card: ShareCard): ShareCard {
	const out: Record<string, string> = { kind: card.kind };
	for (const field of STRING_FIELDS) {
		const value = card[field];
		if (value === undefined) continue;
		const text = normaliseText(value);
		if (text || field === 'eyebrow' || field === 'title') out[field] = text;
	}
	return out as unknown as ShareCard;
}

/** The host shown in the footer, e.g. "thiduakhenthuong.example.vn". */
export function siteHost(): string {
	return new URL(SITE.url).host;
}

/** A stable 16-hex-digit key for the card's image. */
export function shareCardKey(card: ShareCard): string {
	return createHash('sha256')
		.update(JSON.stringify(normaliseCard(card)))
		.update(`\0template:${templateDigest()}`)
		.update(`\0site:${SITE.name.normalize('NFC')}\0host:${siteHost()}`)
		.digest('hex')
		.slice(0, 16);
}
