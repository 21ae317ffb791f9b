/**
 * The cards document pages are going to register, known from the checked
 * content before Astro renders anything. Handing them to the pool as soon
 * as the content is checked lets images render on the CPU Astro leaves idle
 * while it loads content and bundles. They only warm the cache: an image is published only when a
 * built page registers its card, and drafts or embargoed documents are
 * never predicted, so they are never rendered at all.
 */
import { documentCard } from './share-cards.ts';
import { isPublic } from '../lib/publication.ts';
import type { ValidContent } from '../validation/schema-check.ts';
import type { ShareCard } from './card.ts';

export function predictedDocumentCards(content: ValidContent, at: Date): ShareCard[] {
	return [...content.documents.values()].flatMap((doc) => {
		const agency = content.agencies.get(doc.data.agency);
		return agency && isPublic(doc.data, at) ? [documentCard(doc.data, agency.data)] : [];
	});
}
