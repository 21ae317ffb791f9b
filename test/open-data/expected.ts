/**
 * What the published outputs should contain, worked out from the content
 * files themselves (not from the site's own data access), so the tests
 * compare the build with the source.
 */
import path from 'node:path';
import { loadRawContent } from '../../src/validation/load.ts';
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
const raw = loadRawContent(path.join(ROOT, 'content'));

const documents = raw
	.filter((entry) => entry.collection === 'documents')
	.map((entry) => {
		const data = entry.data as Record<string, unknown>;
		return { ...data, id: entry.id, date: String(data.date), publishAt: data.publishAt ? String(data.publishAt) : undefined, honourees: (data.honourees as SourceDocument['honourees']) ?? [] } as SourceDocument;
	});

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
	return raw.filter((entry) => entry.collection === collection && !(entry.data as { draft?: boolean }).draft).map((entry) => entry.id);
}

export const documentPath = (id: string) => `/van-ban/${id}/`;
