import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema } from './schema/agency.ts';
import { campaignSchema } from './schema/campaign.ts';
import { documentSchema } from './schema/document.ts';
import { contentPath } from './paths.ts';
import { bodiesInContentLayer } from './markdown/bodies-in-content-layer.ts';
import { CONTENT_LAYOUT, entryId, type Collection } from './validation/content-files.ts';
import { skipUnchangedEntries } from './integrations/unchanged-entries.ts';

/**
 * Patterns and ids come from the file set the content check walks, so both read the same files under the same ids.
 * Ids come from the path alone, so a file whose text is unchanged is not parsed again (unchanged-entries.ts).
 */
function filesOf(collection: Collection) {
	const base = contentPath(collection);
	const idOf = (file: string) => entryId(collection, file);
	return skipUnchangedEntries(glob({ pattern: CONTENT_LAYOUT[collection].pattern, base, generateId: ({ entry }) => idOf(entry) }), base, idOf);
}

const agencies = defineCollection({ loader: filesOf('agencies'), schema: agencySchema });

const campaigns = defineCollection({ loader: filesOf('campaigns'), schema: campaignSchema });

// The id is the path under content/documents, "agency/year/name", which is also the URL.
const documents = defineCollection({ loader: bodiesInContentLayer(filesOf('documents')), schema: documentSchema });

export const collections = { agencies, campaigns, documents };
