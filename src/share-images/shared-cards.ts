/**
 * Pages that show the share image of another page instead of their own
 * (issue 18: one image fewer per agency and per campaign, 615 images or
 * about 17 MB at 10,000 documents). An agency's honour roll is shared as
 * the agency, a campaign's as the campaign: the card a spokesperson sharing
 * that link expects, and an image that already exists for the agency or
 * campaign page. Every page of the document list (/van-ban/, /van-ban/trang/2/…)
 * shows the list's card: what is shared is the list, not its page 7.
 */
import type { AgencyData } from '../schema/agency.ts';
import type { CampaignData } from '../schema/campaign.ts';
import type { ShareCard } from './card.ts';
import { agencyCard, campaignCard, listingCard } from './share-cards.ts';

export interface SharedCardSources {
	agencyById: ReadonlyMap<string, { data: AgencyData }>;
	campaignById: ReadonlyMap<string, { data: CampaignData }>;
}

/** The card of an honour-roll facet page (/khen-thuong/<facet>/<key>/), or undefined for its own listing card. */
export function facetCard(facet: string, key: string, { agencyById, campaignById }: SharedCardSources): ShareCard | undefined {
	if (facet === 'co-quan') {
		const agency = agencyById.get(key);
		return agency && agencyCard(agency.data);
	}
	if (facet === 'phong-trao') {
		const campaign = campaignById.get(key);
		const agency = campaign && agencyById.get(campaign.data.agency);
		return campaign && agency && campaignCard(campaign.data, agency.data);
	}
	return undefined;
}

/** The card of /van-ban/ and of each further page of it. */
export function documentListCard(): ShareCard {
	return listingCard('Văn bản');
}
