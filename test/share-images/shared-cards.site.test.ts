/**
 * Pages that need no image of their own show another page's (issue 18): an
 * agency's honour roll shows the agency's card, a campaign's the campaign's,
 * and every page of the document list the list's card.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage } from '../helpers/site.ts';
import { SITE } from '../../src/site.config.ts';
import { shareCardKey } from '../../src/share-images/card.ts';
import { documentListCard } from '../../src/share-images/shared-cards.ts';

const imageOf = (page: string) => loadPage(page)('meta[property="og:image"]').attr('content');

describe('shared share images', () => {
	const pages = builtPages();
	const facetPages = (facet: string) => pages.filter((page) => new RegExp(`^/khen-thuong/${facet}/[a-z0-9-]+/$`).test(page));

	it.each([
		['co-quan', '/co-quan/'],
		['phong-trao', '/phong-trao/'],
	])('gives /khen-thuong/%s/<id>/ the image of %s<id>/', (facet, own) => {
		const rolls = facetPages(facet);
		expect(rolls.length).toBeGreaterThan(0);
		for (const roll of rolls) {
			const id = roll.split('/')[3];
			expect(imageOf(roll), roll).toBe(imageOf(`${own}${id}/`));
		}
	});

	it('gives /van-ban/ the list card that its further pages (/van-ban/trang/<n>/) show too', () => {
		// The sample fits on one page of the list; van-ban/index.astro and van-ban/trang/[page].astro both pass documentListCard().
		expect(imageOf('/van-ban/')).toBe(`${SITE.url}/og/${shareCardKey(documentListCard())}.png`);
	});

	it('keeps its own image for a roll by year, whose page no other page stands for', () => {
		const years = facetPages('nam');
		expect(years.length).toBeGreaterThan(1);
		expect(new Set(years.map(imageOf)).size).toBe(years.length);
	});
});
