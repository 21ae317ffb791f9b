import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareCardKey, siteHost, type ShareCard } from '../../src/share-images/card.ts';
import { fontCoverage } from '../../src/share-images/fonts.ts';
import { agencyCard, campaignCard, documentCard, homeCard, listingCard } from '../../src/share-images/share-cards.ts';
import { checkContent } from '../../src/validation/index.ts';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../helpers/paths.ts';
import { contentPages, loadPage } from '../helpers/site.ts';

/**
 * The build registers share cards in its own process, so this test rebuilds
 * the candidate cards from the content with the same functions the pages
 * use, and keeps only those whose key (a hash of every text on the card)
 * is an og:image of a built page. Those are exactly the cards the build
 * rendered, text for text.
 */
const content = checkContent(path.join(ROOT, 'content')).content;
// Redirect pages carry no preview tags of their own (src/share/redirect-page.ts).
const pages = contentPages().map((page) => {
	const html = loadPage(page);
	const image = html('meta[property="og:image"]').attr('content') ?? '';
	return { page, key: /\/og\/([0-9a-f]{16})\.png$/.exec(image)?.[1], title: html('meta[property="og:title"]').attr('content') ?? '' };
});

const candidates = new Map<string, ShareCard>();
const add = (card: ShareCard) => candidates.set(shareCardKey(card), card);
for (const doc of content.documents.values()) add(documentCard(doc.data, content.agencies.get(doc.data.agency)!.data));
for (const campaign of content.campaigns.values()) add(campaignCard(campaign.data, content.agencies.get(campaign.data.agency)!.data));
for (const agency of content.agencies.values()) add(agencyCard(agency.data));
add(homeCard(SITE.tagline));
for (const { title } of pages) add(listingCard(title));

describe('fonts of the share images used on the built site', () => {
	it('are known for every page: each og:image is the card of a document, campaign, agency, listing or the home page', () => {
		const unknown = pages.filter(({ key }) => !key || !candidates.has(key)).map(({ page }) => page);
		expect(unknown).toEqual([]);
	});

	it('draw every character of every card, with the site name and address', () => {
		const used = new Map(pages.flatMap(({ key }) => (key && candidates.has(key) ? [[key, candidates.get(key)!] as const] : [])));
		expect(used.size).toBeGreaterThan(30);
		const missing = [...used.values()].flatMap((card) => {
			const text = [card.eyebrow, card.agency, card.number, card.date, card.title, card.footer, SITE.name, siteHost()].filter(Boolean).join(' ');
			const chars = fontCoverage(text);
			return chars.length ? [`${card.title}: ${chars.join(' ')}`] : [];
		});
		expect(missing).toEqual([]);
	});

	it('would catch a character the fonts lack', () => {
		expect(fontCoverage(`${[...candidates.values()][0]!.title} 表彰`)).toEqual(['表', '彰']);
	});
});
