import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { csvOf, DATASET_NAMES, jsonOf, type DatasetName } from '../../open-data/datasets.ts';
import { pageCacheKey, site } from '../../lib/content.ts';
import { today } from '../../lib/dates.ts';

/**
 * /du-lieu/<data set>.csv and /du-lieu/<data set>.json.gz: records come from
 * front matter only, and the JSON carries the build date. The CSV stays plain
 * so Excel opens it; the JSON, read by programs, is a gzip file as data
 * portals offer large files: the honours JSON of a 10,000-document site is
 * 37.5 MB plain and 2.2 MB compressed (about 17 times smaller; real names
 * vary more than the synthetic corpus, so expect less).
 */
export async function getStaticPaths() {
	const cacheKey = pageCacheKey(await site(), today());
	return DATASET_NAMES.flatMap((name) => [
		{ params: { file: `${name}.csv` }, props: { name, format: 'csv' }, cacheKey },
		{ params: { file: `${name}.json.gz` }, props: { name, format: 'json.gz' }, cacheKey },
	]);
}

export const GET: APIRoute = async ({ props }) => {
	const { name, format } = props as { name: DatasetName; format: 'csv' | 'json.gz' };
	if (format === 'csv') return new Response(await csvOf(name), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
	// Level 9: written once per build for four files, and every download is smaller (honours at 10,000 documents: 2.15 MB against 2.29 MB at level 6).
	return new Response(gzipSync(await jsonOf(name), { level: 9 }), { headers: { 'Content-Type': 'application/gzip' } });
};
