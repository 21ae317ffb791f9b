/**
 * Long honour rolls in pages a phone can open. At 50,000 honourees a year's
 * roll was one page of about 3.5 MB and the "Giấy khen" roll one of 20 MB;
 * 400 rows (about 160 KB) load on a mid-range phone in a second or two.
 * Page 1 keeps the roll's address; page n is `<roll>trang/<n>/`, as the
 * document lists are.
 */
import type { Honour } from './roll.ts';

/** Rows a roll page shows. */
export const ROLL_PAGE_SIZE = 400;

/** One page of a roll. */
export interface RollPage {
	/** 1-based. */
	page: number;
	/** How many pages the roll has (at least 1). */
	pages: number;
	/** This page's rows, in the roll's order. */
	honours: Honour[];
}

/** The roll cut into pages of `size` rows; an empty roll is one empty page. */
export function rollPages(honours: readonly Honour[], size = ROLL_PAGE_SIZE): RollPage[] {
	const pages = Math.max(1, Math.ceil(honours.length / size));
	return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, honours: honours.slice(i * size, (i + 1) * size) }));
}

/** Address of page n of the roll at `base` ("/khen-thuong/nam/2024/"). */
export const rollPageHref = (base: string, page: number): string => (page === 1 ? base : `${base}trang/${page}/`);

/** The rest parameter of page n: undefined for page 1, "trang/<n>" after. */
export const rollPageParam = (page: number): string | undefined => (page === 1 ? undefined : `trang/${page}`);
