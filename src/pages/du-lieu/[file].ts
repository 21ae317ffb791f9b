import type { APIRoute } from 'astro';
import { csvOf, DATASET_NAMES, jsonOf, type DatasetName } from '../../open-data/datasets.ts';
import { pageCacheKey, site } from '../../lib/content.ts';
import { today } from '../../lib/dates.ts';

/** /du-lieu/<data set>.csv and /du-lieu/<data set>.json: records come from front matter only, and the JSON carries the build date. */
export async function getStaticPaths() {
	const cacheKey = pageCacheKey(await site(), today());
	return DATASET_NAMES.flatMap((name) => [
		{ params: { file: `${name}.csv` }, props: { name, format: 'csv' }, cacheKey },
		{ params: { file: `${name}.json` }, props: { name, format: 'json' }, cacheKey },
	]);
}

export const GET: APIRoute = async ({ props }) => {
	const { name, format } = props as { name: DatasetName; format: 'csv' | 'json' };
	return format === 'csv'
		? new Response(await csvOf(name), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } })
		: new Response(await jsonOf(name), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
