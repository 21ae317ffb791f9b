import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { testDist } from '../helpers/paths.ts';
import { loadPage } from '../helpers/site.ts';
import { DOCUMENT_TYPE_KEYS } from '../../src/schema/vocabulary.ts';
import { FEED_LIMIT, SCOPED_FEED_LIMIT } from '../../src/feeds/feed-links.ts';
import { documentPath, listedDocuments, sourceIds, type SourceDocument } from './expected.ts';
import { JSON_FEED_SCHEMA } from './json-feed-schema.ts';

const dist = testDist();
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validateJsonFeed = ajv.compile(JSON_FEED_SCHEMA);

const listed = listedDocuments();
const scopes: { name: string; rss: string; json: string; documents: SourceDocument[]; limit: number }[] = [
	{ name: 'toàn trang', rss: 'rss.xml', json: 'feed.json', documents: listed, limit: FEED_LIMIT },
	...sourceIds('agencies').map((id) => ({ name: id, rss: `feed/co-quan/${id}.xml`, json: `feed/co-quan/${id}.json`, documents: listed.filter((d) => d.agency === id), limit: SCOPED_FEED_LIMIT })),
	...sourceIds('campaigns').map((id) => ({ name: id, rss: `feed/phong-trao/${id}.xml`, json: `feed/phong-trao/${id}.json`, documents: listed.filter((d) => d.campaign === id), limit: SCOPED_FEED_LIMIT })),
	...DOCUMENT_TYPE_KEYS.map((type) => ({ name: type, rss: `feed/loai/${type}.xml`, json: `feed/loai/${type}.json`, documents: listed.filter((d) => d.type === type), limit: FEED_LIMIT })),
];
const expectedPaths = ({ documents, limit }: { documents: SourceDocument[]; limit: number }) => documents.slice(0, limit).map((doc) => documentPath(doc.id));
const pathOf = (url: string | null | undefined) => new URL(url ?? '').pathname;

describe('feeds', () => {
	it('cover the whole site, every agency, every campaign and every type, with documents in the sample', () => {
		expect(scopes.length).toBeGreaterThan(20);
		expect(listed.length).toBeGreaterThan(3);
	});

	it.each(scopes)('RSS of $name parses and lists its newest $limit listed documents, newest first', ({ rss, documents, limit }) => {
		const feed = parseFeed(read(rss));
		expect(feed.language).toBe('vi');
		expect(feed.items.map((item) => pathOf(item.url))).toEqual(expectedPaths({ documents, limit }));
		const times = feed.items.map((item) => item.published!.getTime());
		expect(times).toEqual([...times].sort((a, b) => b - a));
		for (const item of feed.items) expect(item.title).toBeTruthy();
	});

	it.each(scopes)('JSON Feed of $name follows JSON Feed 1.1 and matches its RSS', ({ rss, json, documents, limit }) => {
		const feed = JSON.parse(read(json));
		expect(validateJsonFeed(feed), ajv.errorsText(validateJsonFeed.errors)).toBe(true);
		expect(pathOf(feed.feed_url)).toBe(`/${json}`);
		expect(feed.items.map((item: { url: string }) => pathOf(item.url))).toEqual(expectedPaths({ documents, limit }));
		const times = feed.items.map((item: { date_published: string }) => Date.parse(item.date_published));
		expect(times).toEqual([...times].sort((a: number, b: number) => b - a));
		expect(times).toEqual(parseFeed(read(rss)).items.map((item) => item.published!.getTime()));
	});

	it('never claim a date after the build date for documents dated only to the year', () => {
		const feed = JSON.parse(read('feed.json'));
		const yearOnly = feed.items.find((item: { url: string }) => listed.find((d) => documentPath(d.id) === pathOf(item.url))?.date.length === 4);
		expect(yearOnly).toBeDefined();
		expect(Date.parse(yearOnly.date_published)).toBeLessThanOrEqual(Date.parse('2024-03-01T00:00:00+07:00'));
	});
});

describe('feed autodiscovery', () => {
	const alternates = (page: string) =>
		loadPage(page)('link[rel="alternate"]')
			.map((_, el) => ({ type: el.attribs.type, href: el.attribs.href, title: el.attribs.title }))
			.get();

	it.each([
		['/', '/rss.xml', '/feed.json'],
		['/co-quan/ubnd-tinh-thua-thien-hue/', '/feed/co-quan/ubnd-tinh-thua-thien-hue.xml', '/feed/co-quan/ubnd-tinh-thua-thien-hue.json'],
		['/phong-trao/co-le-cchc-2024/', '/feed/phong-trao/co-le-cchc-2024.xml', '/feed/phong-trao/co-le-cchc-2024.json'],
		['/van-ban/loai/ke-hoach/', '/feed/loai/ke-hoach.xml', '/feed/loai/ke-hoach.json'],
	])('%s announces its RSS and JSON Feed, and both exist', (page, rss, json) => {
		const links = alternates(page);
		expect(links).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'application/rss+xml', href: rss }),
				expect.objectContaining({ type: 'application/feed+json', href: json }),
			]),
		);
		for (const link of links) {
			expect(link.title).toBeTruthy();
			expect(fs.existsSync(path.join(dist, link.href!)), link.href).toBe(true);
		}
	});
});
