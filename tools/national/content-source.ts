import fs from 'node:fs';
import path from 'node:path';
import { formatDateShort, sortKey, yearOf } from '../../src/lib/dates.ts';
import { formatNumber } from '../../src/lib/document-number.ts';
import { typeLabel } from '../../src/lib/document-view.ts';
import { slugify } from '../../src/lib/fold.ts';
import { isPublic, type Publishable } from '../../src/lib/publication.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { AGENCY_LEVELS, type AgencyLevel, type DocumentType } from '../../src/schema/vocabulary.ts';
import { META, PAGE_KINDS } from '../../src/search/filters.ts';
import type { ImportedPage } from './import-pages.ts';

/**
 * Pages straight from a content folder, for sites too large to build just
 * to measure the national tier (the 100,000-document benchmark) and for
 * agencies that send their content rather than a built site. The site's own
 * records (src/search/record.ts) read Astro's content layer (astro:content),
 * which exists only inside an Astro build, so this mirrors their fields:
 * the same metadata keys, facets and labels, from the same helpers. The
 * publication rule is the site's (isPublic): drafts, embargoed and
 * withdrawn documents, and draft campaigns, are never read further.
 * Bodies are taken as plain text: Markdown marks and MDX tags dropped.
 */

interface AgencyFile { name: string; level: AgencyLevel; province?: string; parent?: string; spokespersons?: { name: string }[] }
interface CampaignFile extends Publishable { title: string; agency: string; start: string; end: string; summary: string; areas?: string[] }
interface DocumentFile extends Publishable {
	type: DocumentType;
	number?: string;
	symbol?: string;
	date: string;
	agency: string;
	title: string;
	summary: string;
	campaign?: string;
	withdrawn?: unknown;
	signer?: { name?: string };
	honourees?: { kind: string; name: string; unit?: string }[];
}

const readYaml = <T>(file: string) => parseYaml(fs.readFileSync(file, 'utf8')) as T;
const filesIn = (dir: string, extension: string) =>
	fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(extension)).sort() : [];

/** Markdown to the words a reader sees: headings, list marks, emphasis, links' targets and MDX tags left out. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/<[^>\n]*>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*(?:#{1,6}|[-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_`>|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Every public page of one content folder, as the site would index it: its
 * agencies, public campaigns and listed documents. `now` decides embargoes,
 * as SITE_NOW does for a build.
 */
export function* pagesFromContent(contentDir: string, site: string, now: Date): Generator<ImportedPage> {
	const agencies = new Map(filesIn(path.join(contentDir, 'agencies'), '.yaml').map((f) => [f.replace(/\.yaml$/, ''), readYaml<AgencyFile>(path.join(contentDir, 'agencies', f))]));
	const provinceOf = (id: string): string | undefined => {
		const seen = new Set<string>();
		for (let at = agencies.get(id), key = id; at && !seen.has(key); key = at.parent ?? '', at = at.parent ? agencies.get(at.parent) : undefined) {
			seen.add(key);
			if (at.province) return at.province;
		}
		return undefined;
	};
	const agencyFilters = (id: string) => {
		const province = provinceOf(id);
		return { 'co-quan': [id], ...(province && { tinh: [slugify(province)] }) };
	};
	const campaigns = new Map<string, CampaignFile>();
	for (const file of filesIn(path.join(contentDir, 'campaigns'), '.yaml')) {
		const data = readYaml<CampaignFile>(path.join(contentDir, 'campaigns', file));
		if (isPublic(data, now)) campaigns.set(file.replace(/\.yaml$/, ''), data);
	}
	for (const [id, agency] of agencies) {
		const detail = [AGENCY_LEVELS[agency.level], provinceOf(id)].filter(Boolean).join(' · ');
		const names = (agency.spokespersons ?? []).map((p) => p.name);
		yield {
			page: {
				site,
				url: `/co-quan/${id}/`,
				content: `${agency.name} ${detail}`,
				meta: { [META.title]: agency.name, [META.kind]: PAGE_KINDS.agency.label, [META.detail]: detail, ...(names.length && { [META.names]: names.join('; ') }) },
				filters: { loai: [PAGE_KINDS.agency.value], ...agencyFilters(id) },
			},
		};
	}
	for (const [id, campaign] of campaigns) {
		const years: string[] = [];
		for (let year = yearOf(campaign.start); year <= yearOf(campaign.end); year++) years.push(String(year));
		yield {
			page: {
				site,
				url: `/phong-trao/${id}/`,
				content: `${campaign.title} ${campaign.summary}`,
				meta: {
					[META.title]: campaign.title,
					[META.kind]: PAGE_KINDS.campaign.label,
					[META.agency]: agencies.get(campaign.agency)?.name ?? '',
					[META.date]: `${formatDateShort(campaign.start)} – ${formatDateShort(campaign.end)}`,
					[META.summary]: campaign.summary,
				},
				filters: { loai: [PAGE_KINDS.campaign.value], ...agencyFilters(campaign.agency), nam: years, 'phong-trao': [id], 'linh-vuc': campaign.areas ?? [] },
			},
			sortDate: sortKey(campaign.start),
		};
	}
	const documentsDir = path.join(contentDir, 'documents');
	for (const file of filesIn(documentsDir, '.mdx')) {
		const source = fs.readFileSync(path.join(documentsDir, file), 'utf8');
		const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source) ?? [];
		const data = parseYaml(frontmatter) as DocumentFile;
		if (!isPublic(data, now) || data.withdrawn) continue;
		const campaign = data.campaign ? campaigns.get(data.campaign) : undefined;
		const number = formatNumber(data.number, data.symbol);
		const people = (data.honourees ?? []).filter((h) => h.kind === 'ca-nhan').map((h) => h.name);
		const names = [...new Set([data.signer?.name, ...people].filter((n): n is string => Boolean(n?.trim())))];
		const honourees = (data.honourees ?? []).map((h) => [h.name, h.unit].filter(Boolean).join(', ')).join('. ');
		yield {
			page: {
				site,
				url: `/van-ban/${file.split(path.sep).join('/').replace(/\.mdx$/, '')}/`,
				content: [data.title, number, plainText(body), honourees, data.signer?.name].filter(Boolean).join(' '),
				meta: {
					[META.title]: data.title,
					[META.kind]: typeLabel(data.type),
					...(number && { [META.number]: number }),
					...(data.symbol && { [META.symbol]: data.symbol }),
					[META.agency]: agencies.get(data.agency)?.name ?? '',
					[META.date]: formatDateShort(data.date),
					[META.summary]: data.summary,
					...(names.length && { [META.names]: names.join('; ') }),
				},
				filters: {
					loai: [data.type],
					...agencyFilters(data.agency),
					nam: [String(yearOf(data.date))],
					...(campaign && { 'phong-trao': [data.campaign!], 'linh-vuc': campaign.areas ?? [] }),
				},
			},
			sortDate: sortKey(data.date),
		};
	}
}
