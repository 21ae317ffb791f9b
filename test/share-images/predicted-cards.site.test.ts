/**
 * Images rendered ahead of the pages are only worth it if the prediction
 * matches: the predicted keys must be exactly the share images of the
 * sample site's document pages, and no draft or embargoed document may be
 * predicted.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/index.ts';
import { predictedDocumentCards } from '../../src/share-images/predicted-cards.ts';
import { shareCardKey } from '../../src/share-images/card.ts';
import { ROOT, TEST_NOW } from '../helpers/paths.ts';
import { contentPages, loadPage } from '../helpers/site.ts';

const isDocument = (page: string) => /^\/van-ban\/[a-z0-9-]+\/\d{4}\/[a-z0-9-]+\/$/.test(page);
const keyOf = (page: string) => /\/og\/([0-9a-f]{16})\.png$/.exec(loadPage(page)('meta[property="og:image"]').attr('content') ?? '')?.[1];

describe('predictedDocumentCards', () => {
	const { content } = checkContent(`${ROOT}/content`);
	const at = new Date(`${TEST_NOW}T00:00:00+07:00`);

	it('predicts exactly the share images of the built document pages', () => {
		// An old address has a document's form but is only a redirect, with no card of its own.
		const built = new Set(contentPages().filter(isDocument).map(keyOf));
		expect(built.size).toBeGreaterThan(3);
		expect(new Set(predictedDocumentCards(content, at).map((card) => shareCardKey(card)))).toEqual(built);
	});

	it('leaves out drafts and documents still under embargo', () => {
		const [first] = content.documents.values();
		const documents = new Map(content.documents);
		documents.set('x/draft', { ...first!, data: { ...first!.data, title: 'Bản nháp', draft: true } });
		documents.set('x/later', { ...first!, data: { ...first!.data, title: 'Hẹn giờ', publishAt: '2099-01-01T08:00:00+07:00' } });
		const titles = predictedDocumentCards({ ...content, documents }, at).map((card) => card.title);
		expect(titles).not.toContain('Bản nháp');
		expect(titles).not.toContain('Hẹn giờ');
		expect(titles).toHaveLength(content.documents.size);
	});
});
