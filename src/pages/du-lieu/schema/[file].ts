import type { APIRoute } from 'astro';
import { DATASET_NAMES, schemaOf, type DatasetName } from '../../../open-data/datasets.ts';

/** /du-lieu/schema/<data set>.schema.json: the JSON Schema every data file follows. */
export function getStaticPaths() {
	return DATASET_NAMES.map((name) => ({ params: { file: `${name}.schema.json` }, props: { name } }));
}

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(schemaOf((props as { name: DatasetName }).name), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
