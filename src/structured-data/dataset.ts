import { SITE } from '../site.config.ts';
import { today } from '../lib/dates.ts';
import { dataUrls, siteUrl } from '../lib/honour-urls.ts';
import type { JsonLdNode } from './graph.ts';

/** A data set of the open data page, for dataset search engines. */
export function datasetJsonLd(name: string, title: string, description: string, licenceUrl: string): JsonLdNode {
	return {
		'@type': 'Dataset',
		'@id': `${siteUrl(dataUrls.page())}#${name}`,
		name: `${title} – ${SITE.name}`,
		description,
		url: `${siteUrl(dataUrls.page())}#${name}`,
		inLanguage: SITE.lang,
		license: licenceUrl,
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: SITE.operator, email: SITE.contactEmail },
		dateModified: today(),
		distribution: [
			{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: siteUrl(dataUrls.file(name, 'csv')) },
			{ '@type': 'DataDownload', encodingFormat: 'application/gzip', contentUrl: siteUrl(dataUrls.file(name, 'json.gz')) },
		],
		schemaVersion: siteUrl(dataUrls.schema(name)),
	};
}
