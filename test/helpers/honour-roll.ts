/**
 * The whole honour roll as a reader without JavaScript reaches it: every page
 * /khen-thuong/danh-sach/ links in its list by year (page 1 of each year and
 * its further pages), and the rows of those pages.
 */
import type { CheerioAPI } from 'cheerio';

export const HONOUR_LIST = '/khen-thuong/danh-sach/';

/** The roll pages the list links by year, each once, in the list's order. */
export function yearRollPages(load: (sitePath: string) => CheerioAPI): string[] {
	const list = load(HONOUR_LIST);
	return [...new Set(list('.honour-years a').map((_, a) => a.attribs.href!).get())];
}

/** One row of a roll page: who, and the decision row it links to ("/van-ban/…/#khen-3"). */
export interface RollRow {
	page: string;
	kind: string;
	name: string;
	decision: string;
	revoked: boolean;
	others: string[];
	revokedText: string;
}

export function rollRows(load: (sitePath: string) => CheerioAPI, pages: readonly string[]): RollRow[] {
	return pages.flatMap((page) => {
		const html = load(page);
		return html('table.honour-table tbody tr')
			.map((_, tr) => ({
				page,
				kind: html(tr).find('th > small').first().text().trim(),
				name: html(tr).find('th > b').text().replace(/^(Ông|Bà)\s+/, '').trim(),
				// The decision column is the last; the award column may link a revoking decision.
				decision: html(tr).find('td:last-child a').first().attr('href')!,
				revoked: html(tr).hasClass('honour-table__revoked'),
				others: html(tr).find('.honour-table__others a').map((_, a) => a.attribs.href!).get(),
				revokedText: html(tr).find('.honour-revoked').text().replace(/\s+/g, ' '),
			}))
			.get();
	});
}
