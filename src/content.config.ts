import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema } from './schema/agency.ts';
import { campaignSchema } from './schema/campaign.ts';
import { documentSchema } from './schema/document.ts';
import { contentPath } from './paths.ts';
import { bodiesInContentLayer } from './markdown/bodies-in-content-layer.ts';
import { CONTENT_LAYOUT, entryId } from './validation/content-files.ts';

// Patterns and ids come from the file set the content check walks, so both read the same files under the same ids.
const agencies = defineCollection({
	loader: glob({ pattern: CONTENT_LAYOUT.agencies.pattern, base: contentPath('agencies'), generateId: ({ entry }) => entryId('agencies', entry) }),
	schema: agencySchema,
});

const campaigns = defineCollection({
	loader: glob({ pattern: CONTENT_LAYOUT.campaigns.pattern, base: contentPath('campaigns'), generateId: ({ entry }) => entryId('campaigns', entry) }),
	schema: campaignSchema,
});

// The id is the path under content/documents, "agency/year/name", which is also the URL.
const documents = defineCollection({
	loader: bodiesInContentLayer(
		glob({ pattern: CONTENT_LAYOUT.documents.pattern, base: contentPath('documents'), generateId: ({ entry }) => entryId('documents', entry) }),
	),
	schema: documentSchema,
});

export const collections = { agencies, campaigns, documents };
