import type { AgencyData } from '../schema/agency.ts';
import { AGENCY_LEVELS } from '../schema/vocabulary.ts';
import { urls } from '../lib/urls.ts';
import { ids, type JsonLdNode } from './graph.ts';
import { siteUrl } from '../lib/honour-urls.ts';

interface Agency {
	id: string;
	data: AgencyData;
}

/** A short reference to an agency described on its own page. */
export function agencyRef(agency: Agency): JsonLdNode {
	return { '@type': 'GovernmentOrganization', '@id': ids.agency(agency.id), name: agency.data.name, url: siteUrl(urls.agency(agency.id)) };
}

/** The agency as printed on its documents, with the level above it and, once dissolved, who took over. */
export function agencyJsonLd(agency: Agency, byId: Map<string, Agency>): JsonLdNode {
	const { data } = agency;
	const parent = data.parent ? byId.get(data.parent) : undefined;
	const successor = data.successor ? byId.get(data.successor) : undefined;
	const spokesperson = data.spokespersons.at(-1);
	return {
		...agencyRef(agency),
		alternateName: data.printedName,
		description: [AGENCY_LEVELS[data.level], data.province].filter(Boolean).join(', '),
		areaServed: data.province ? { '@type': 'AdministrativeArea', name: data.province } : undefined,
		sameAs: data.website,
		parentOrganization: parent ? agencyRef(parent) : undefined,
		foundingDate: data.validFrom,
		dissolutionDate: data.validTo,
		replacedBy: successor ? ids.agency(successor.id) : undefined,
		disambiguatingDescription: data.successionNote,
		contactPoint: spokesperson
			? {
					'@type': 'ContactPoint',
					contactType: 'Người phát ngôn',
					name: spokesperson.name,
					jobTitle: spokesperson.position,
					telephone: spokesperson.phone,
					email: spokesperson.email,
				}
			: undefined,
	};
}
