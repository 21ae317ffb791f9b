/**
 * The addresses a build publishes, worked out from the checked content the
 * way src/pages/ does: body links must resolve to one of them and old
 * addresses (aliases) must not take one over. test/content/site-pages.site.test.ts
 * holds this list to the pages of a real build.
 */
import { urls } from '../lib/urls.ts';
import { EDITOR_PATH } from '../security/policy.ts';
import { yearOf } from '../lib/dates.ts';
import { PAGE_SIZE } from '../lib/pagination.ts';
import { isPublic } from '../lib/publication.ts';
import { shortCodesOf, shortLinkPath } from '../schema/short-code.ts';
import path from 'node:path';
import { inspectFileBeside } from '../attachments/attachment-file.ts';
import type { ValidContent } from './schema-check.ts';

/** Pages with no content of their own to enumerate. */
const FIXED_PAGES = [urls.home(), urls.documents(), urls.campaigns(), urls.agencies(), urls.honours(), urls.search(), urls.about(), '/thong-ke/', '/du-lieu/', '/rss.xml', '/feed.json', '/robots.txt', '/404.html'];

/**
 * Sections whose sub-pages come from computed facets and data files rather
 * than one entry each (honour roll facets, datasets, per-scope feeds), and the
 * editor's static pages (public/quan-tri/): a
 * link there is accepted without checking its last segments.
 */
export const UNLISTED_SECTIONS = ['/khen-thuong/', '/du-lieu/', '/feed/', EDITOR_PATH];

export interface SitePages {
	/** Every page and file path, e.g. "/van-ban/a/2024/b/", "/van-ban/a/2024/b/ban-ky.pdf". */
	paths: Set<string>;
	/** Pages a document's old address may never take over, aliases excluded. */
	has(sitePath: string): boolean;
}

/** The pages a build at `at` publishes; aliases become redirect pages too. Attachments are listed when contentDir is given. */
export function sitePages(content: ValidContent, at: Date, contentDir?: string): SitePages {
	const paths = new Set<string>(FIXED_PAGES);
	const documents = [...content.documents.values()].filter((doc) => isPublic(doc.data, at));
	const listed = documents.filter((doc) => !doc.data.withdrawn);
	for (let page = 2; page <= Math.ceil(listed.length / PAGE_SIZE); page++) paths.add(urls.documents(page));
	for (const doc of listed) {
		paths.add(urls.documentsByYear(yearOf(doc.data.date)));
		paths.add(urls.documentsByType(doc.data.type));
	}
	for (const doc of documents) {
		paths.add(urls.document(doc.id));
		for (const { code } of shortCodesOf({ id: doc.id, data: doc.data })) paths.add(shortLinkPath(code));
		if (contentDir === undefined) continue;
		const folder = path.dirname(path.join(contentDir, 'documents', `${doc.id}.mdx`));
		for (const { file } of doc.data.attachments) {
			const inspected = inspectFileBeside(folder, file);
			if (inspected.ok) paths.add(`${urls.document(doc.id)}${inspected.fileName}`);
		}
	}
	for (const campaign of content.campaigns.values()) if (isPublic(campaign.data, at)) paths.add(urls.campaign(campaign.id));
	for (const agency of content.agencies.keys()) paths.add(urls.agency(agency));
	const pages = new Set(paths);
	for (const doc of documents) for (const alias of doc.data.aliases) paths.add(alias);
	return { paths, has: (sitePath) => pages.has(sitePath) };
}

/** Whether a site path leads somewhere: a listed page or a page in a section not enumerated here. */
export function resolves(pages: SitePages, sitePath: string): boolean {
	if (pages.paths.has(sitePath)) return true;
	return UNLISTED_SECTIONS.some((section) => sitePath.startsWith(section) && sitePath.length > section.length);
}
