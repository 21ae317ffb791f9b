/**
 * What the published outputs should contain, worked out from the content
 * files themselves (not from the site's own data access), so the tests
 * compare the build with the source.
 */
import path from 'node:path';
import { checkContent } from '../../src/validation/index.ts';
import { isPublic } from '../../src/lib/publication.ts';
import { sortKey } from '../../src/lib/dates.ts';
import { ROOT, TEST_NOW } from '../helpers/paths.ts';

export interface SourceDocument {
	id: string;
	type: string;
	date: string;
	agency: string;
	campaign?: string;
	withdrawn?: unknown;
	draft?: boolean;
	publishAt?: string;
	honourees: { kind: string; name: string }[];
}

const AT = new Date(`${TEST_NOW}T00:00:00+07:00`);
// The files as the check validates them: YAML's Dates already turned back into the dates written.
const checked = checkContent(path.join(ROOT, 'content')).content;

const documents = [...checked.documents.values()].map(({ id, data }) => ({ ...data, id }) as SourceDocument);

/** Documents in listings and feeds: public (no draft, embargo lifted) and not withdrawn, newest first. */
export function listedDocuments(): SourceDocument[] {
	return documents
		.filter((doc) => isPublic(doc, AT) && !doc.withdrawn)
		.sort((a, b) => sortKey(b.date).localeCompare(sortKey(a.date)) || a.id.localeCompare(b.id));
}

export function listedAwardDecisions(): SourceDocument[] {
	return listedDocuments().filter((doc) => doc.type === 'quyet-dinh-khen-thuong');
}

export function sourceIds(collection: 'agencies' | 'campaigns'): string[] {
	return [...checked[collection].values()].filter((entry) => !(entry.data as { draft?: boolean }).draft).map((entry) => entry.id);
}

export const documentPath = (id: string) => `/van-ban/${id}/`;
