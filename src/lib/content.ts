import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE } from '../site.config.ts';
import { isPublic } from './publication.ts';
import { compareDates, now, today, yearOf } from './dates.ts';
import { campaignStatus, type CampaignStatus } from './campaign-status.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
export type AgencyEntry = CollectionEntry<'agencies'>;

/**
 * All content access for pages goes through here: one place applies the
 * draft and embargo rule, and each collection is read and indexed once per
 * build instead of once per page.
 */
interface Site {
	/** Every public document, newest first, withdrawn ones included (they keep their page). */
	documents: DocumentEntry[];
	/** Public documents that appear in listings, search and feeds: not withdrawn. */
	listed: DocumentEntry[];
	documentById: Map<string, DocumentEntry>;
	campaigns: CampaignEntry[];
	campaignById: Map<string, CampaignEntry>;
	agencies: AgencyEntry[];
	agencyById: Map<string, AgencyEntry>;
	documentsByAgency: Map<string, DocumentEntry[]>;
	documentsByCampaign: Map<string, DocumentEntry[]>;
	campaignsByAgency: Map<string, CampaignEntry[]>;
	/**
	 * Digest of everything pages show besides document bodies and git
	 * history: every public entry's data, campaign statuses and the site
	 * settings. Part of each page's incremental-build cache key (see
	 * `pageCacheKey`), so a front-matter change anywhere re-renders every
	 * keyed page, while a body edit re-renders only its own page.
	 */
	dataDigest: string;
}

let cached: Promise<Site> | undefined;

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		if (k === undefined) continue;
		const group = map.get(k);
		if (group) group.push(item);
		else map.set(k, [item]);
	}
	return map;
}

async function load(): Promise<Site> {
	const at = now();
	const byDateDesc = (a: DocumentEntry, b: DocumentEntry) => compareDates(b.data.date, a.data.date) || a.id.localeCompare(b.id);
	const documents = (await getCollection('documents', (entry) => isPublic(entry.data, at))).sort(byDateDesc);
	const listed = documents.filter((doc) => !doc.data.withdrawn);
	const campaigns = (await getCollection('campaigns', (entry) => isPublic(entry.data, at))).sort(
		(a, b) => compareDates(b.data.start, a.data.start) || a.id.localeCompare(b.id),
	);
	const agencies = await getCollection('agencies');
	const digest = createHash('sha256');
	// SITE carries every setting pages show that comes from the environment (address, repository, federation).
	digest.update(JSON.stringify(SITE));
	for (const entry of [...documents, ...campaigns, ...agencies]) digest.update(`\0${entry.collection}:${entry.id}\0${JSON.stringify(entry.data)}`);
	for (const campaign of campaigns) digest.update(`\0status:${campaign.id}:${statusOf(campaign)}`);
	return {
		documents,
		listed,
		documentById: new Map(documents.map((doc) => [doc.id, doc])),
		campaigns,
		campaignById: new Map(campaigns.map((c) => [c.id, c])),
		agencies,
		agencyById: new Map(agencies.map((a) => [a.id, a])),
		documentsByAgency: groupBy(listed, (doc) => doc.data.agency),
		documentsByCampaign: groupBy(listed, (doc) => doc.data.campaign),
		campaignsByAgency: groupBy(campaigns, (c) => c.data.agency),
		dataDigest: digest.digest('hex'),
	};
}

export function site(): Promise<Site> {
	cached ??= load();
	return cached;
}

/**
 * The `cacheKey` for a page in `getStaticPaths()` (Astro's experimental
 * incremental build): the site's data digest plus whatever else the page
 * shows that is not in any entry's data, such as a body or git history.
 * Astro itself re-renders a page when its code or configuration changes,
 * but not when an entry's body it shows does.
 */
export function pageCacheKey(lookups: Pick<Site, 'dataDigest'>, ...extra: unknown[]): string {
	if (extra.length === 0) return lookups.dataDigest;
	return createHash('sha256').update(lookups.dataDigest).update(JSON.stringify(extra)).digest('hex');
}

export function statusOf(campaign: CampaignEntry): CampaignStatus {
	return campaignStatus(campaign.data, today());
}

const yearsByList = new WeakMap<DocumentEntry[], readonly number[]>();
/** Years with documents, newest first; remembered per list, since every listing page asks about the same one. */
export function yearsOf(documents: DocumentEntry[]): readonly number[] {
	let years = yearsByList.get(documents);
	if (!years) yearsByList.set(documents, (years = [...new Set(documents.map((doc) => yearOf(doc.data.date)))].sort((a, b) => b - a)));
	return years;
}

/** The agency and every ancestor, top first: "UBND tỉnh › UBND huyện". */
export function lineage(agency: AgencyEntry, byId: Map<string, AgencyEntry>): AgencyEntry[] {
	const chain: AgencyEntry[] = [];
	for (let current: AgencyEntry | undefined = agency; current && !chain.includes(current); current = current.data.parent ? byId.get(current.data.parent) : undefined) {
		chain.unshift(current);
	}
	return chain;
}
