import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema } from './schema/agency.ts';
import { campaignSchema } from './schema/campaign.ts';
import { documentSchema } from './schema/document.ts';
import { contentPath } from './paths.ts';
import { bodiesInContentLayer } from './markdown/bodies-in-content-layer.ts';

const agencies = defineCollection({
	loader: glob({ pattern: '*.yaml', base: contentPath('agencies') }),
	schema: agencySchema,
});

const campaigns = defineCollection({
	loader: glob({ pattern: '*.yaml', base: contentPath('campaigns') }),
	schema: campaignSchema,
});

// The id is the path under content/documents, "agency/year/name", which is also the URL.
const documents = defineCollection({
	loader: bodiesInContentLayer(
		glob({
			pattern: '*/*/*.mdx',
			base: contentPath('documents'),
			generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
		}),
	),
	schema: documentSchema,
});

export const collections = { agencies, campaigns, documents };
