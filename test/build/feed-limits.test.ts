/**
 * How many entries each feed carries (src/feeds/feed-links.ts), on the shared
 * fixture, whose Tân An agency and campaign have eleven documents each
 * (test/fixtures/shared-site/long-trail.ts): an agency's or a campaign's feed
 * keeps its newest SCOPED_FEED_LIMIT, the site-wide feed FEED_LIMIT.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDist } from '../helpers/paths.ts';
import { FEED_LIMIT, SCOPED_FEED_LIMIT } from '../../src/feeds/feed-links.ts';
import { LONG_AGENCY, LONG_CAMPAIGN, LONG_NEWS } from '../fixtures/shared-site/long-trail.ts';

let out = '';
const paths = (file: string) => parseFeed(fs.readFileSync(path.join(out, file), 'utf8')).items.map((item) => new URL(item.url!).pathname);
const json = (file: string) => (JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as { items: { url: string }[] }).items.map((item) => new URL(item.url).pathname);

beforeAll(() => {
	out = fixtureDist();
});

describe('feed lengths', () => {
	it.each([
		['co-quan', LONG_AGENCY],
		['phong-trao', LONG_CAMPAIGN],
	])('/feed/%s/%s carries its newest 10 of 11 documents, in both formats', (scope, id) => {
		expect(SCOPED_FEED_LIMIT).toBe(10);
		const newestFirst = [...LONG_NEWS].reverse().map((doc) => `/van-ban/${doc}/`);
		expect(paths(`feed/${scope}/${id}.xml`)).toEqual(newestFirst);
		expect(json(`feed/${scope}/${id}.json`)).toEqual(newestFirst);
	});

	it('keeps 20 in the site-wide feed', () => {
		expect(FEED_LIMIT).toBe(20);
		expect(paths('rss.xml')).toHaveLength(FEED_LIMIT);
		expect(json('feed.json')).toHaveLength(FEED_LIMIT);
	});
});
