import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage, pageFile, textOf } from '../helpers/site.ts';
import { testDist } from '../helpers/paths.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { unmark } from '../../src/search/fold.ts';
import { listedDocuments } from '../open-data/expected.ts';

/**
 * The hidden block of search fields (SearchMeta.astro) is stripped from the
 * published pages once the search staging has copied them
 * (src/search/staging.ts): no page carries it, and the index still holds
 * every document with the fields the block gave it.
 */
describe('the search record of a page', () => {
	const indexed = new Map(readIndexedPages(testDist()).map((page) => [page.url, page]));

	it('is in no published page', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(40);
		for (const sitePath of pages) expect(fs.readFileSync(pageFile(sitePath), 'utf8'), sitePath).not.toMatch(/data-search-record|data-pagefind-(?:meta|filter|sort)=/);
	});

	it.each(listedDocuments().filter((doc) => !doc.withdrawn).map((doc) => [doc.id, doc] as const))('gave the index the fields of %s all the same', (id, doc) => {
		const record = indexed.get(`/van-ban/${id}/`);
		expect(record, id).toBeDefined();
		const page = loadPage(`/van-ban/${id}/`);
		expect(unmark(record!.meta.title!)).toBe(textOf(page, 'h1'));
		expect(record!.filters['co-quan']).toEqual([doc.agency]);
		expect(record!.filters.loai).toEqual([doc.type]);
		expect(record!.filters.nam).toEqual([doc.date.slice(0, 4)]);
	});
});
