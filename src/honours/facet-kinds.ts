import { urls } from '../lib/urls.ts';
import { honourUrls } from '../lib/honour-urls.ts';
import { feedLinks, type FeedLink } from '../feeds/feed-links.ts';
import { byAgency, byCampaign, byForm, byYear, type Facet, type FacetSources } from './facets.ts';
import type { Honour } from './roll.ts';

export interface FacetKind {
	/** Title of the kind's index page and its breadcrumb. */
	title: string;
	/** Says what the index lists, for its description and the roll's overview. */
	intro: string;
	/** Its index page; the path segment after /khen-thuong/ is the route's `facet` param. */
	href: string;
	/** Heading of one facet's page. */
	heading: (facet: Facet) => string;
	facets: (roll: readonly Honour[], sources: FacetSources) => Facet[];
	/** The core site's own page for the same thing, if any: the agency, the campaign. */
	related?: (key: string) => { href: string; label: string };
	/** Every honour of the facet has the same awarding agency, so the table need not repeat it. */
	hideAgency?: boolean;
	/** Feeds of that page, for autodiscovery on the facet's page too. */
	feeds?: (key: string, label: string) => FeedLink[];
}

/** The four ways to browse the roll, keyed by their URL segment. */
export const FACET_KINDS = {
	nam: {
		title: 'Theo năm',
		intro: 'Khen thưởng theo năm ban hành quyết định.',
		href: honourUrls.years(),
		heading: (facet) => `Khen thưởng ${facet.label.toLowerCase()}`,
		facets: (roll) => byYear(roll),
	},
	'hinh-thuc': {
		title: 'Theo hình thức, danh hiệu',
		intro: 'Khen thưởng theo hình thức khen thưởng và danh hiệu thi đua của Luật Thi đua, khen thưởng.',
		href: honourUrls.forms(),
		heading: (facet) => facet.label,
		facets: (roll) => byForm(roll),
	},
	'co-quan': {
		title: 'Theo cơ quan khen thưởng',
		intro: 'Khen thưởng theo cơ quan ban hành quyết định, ghi đúng tên in trên văn bản.',
		href: honourUrls.agencies(),
		heading: (facet) => `Khen thưởng của ${facet.label}`,
		facets: byAgency,
		hideAgency: true,
		related: (id) => ({ href: urls.agency(id), label: 'Trang cơ quan: văn bản, phong trào, người phát ngôn' }),
		feeds: feedLinks.agency,
	},
	'phong-trao': {
		title: 'Theo phong trào thi đua',
		intro: 'Khen thưởng theo phong trào thi đua mà quyết định khen thưởng thuộc về.',
		href: honourUrls.campaigns(),
		heading: (facet) => `Khen thưởng: ${facet.label}`,
		facets: byCampaign,
		related: (id) => ({ href: urls.campaign(id), label: 'Trang phong trào: kế hoạch, kết luận và diễn biến' }),
		feeds: feedLinks.campaign,
	},
} as const satisfies Record<string, FacetKind>;

export type FacetKindKey = keyof typeof FACET_KINDS;
export const FACET_KIND_KEYS = Object.keys(FACET_KINDS) as FacetKindKey[];
