/** What `npm run new` offers and checks against: agencies, campaigns and the numbers already used. */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../../src/lib/yaml.ts';
import { loadAgencies } from '../import/agencies-load.ts';
import type { AgencyRef } from '../import/types.ts';

export interface CampaignRef {
	id: string;
	title: string;
	agency?: string;
	draft: boolean;
}

export interface Catalogue {
	contentDir: string;
	agencies: AgencyRef[];
	campaigns: CampaignRef[];
}

function readYaml(file: string): Record<string, unknown> {
	try {
		const data: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
		return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

export function loadCatalogue(contentDir: string): Catalogue {
	const campaignDir = path.join(contentDir, 'campaigns');
	const campaigns = fs.existsSync(campaignDir)
		? fs.readdirSync(campaignDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((file) => {
			const data = readYaml(path.join(campaignDir, file));
			return {
				id: file.replace(/\.ya?ml$/, ''),
				title: typeof data.title === 'string' ? data.title : file,
				agency: typeof data.agency === 'string' ? data.agency : undefined,
				draft: data.draft === true,
			};
		})
		: [];
	return { contentDir, agencies: loadAgencies(path.join(contentDir, 'agencies')), campaigns };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Files of the same agency and year that already carry this number and symbol. */
export function filesWithNumber(contentDir: string, agency: string, year: string, number: string, symbol: string | undefined): string[] {
	const dir = path.join(contentDir, 'documents', agency, year);
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().filter((file) => {
		const match = FRONTMATTER.exec(fs.readFileSync(path.join(dir, file), 'utf8'));
		if (!match) return false;
		let data: Record<string, unknown> = {};
		try {
			data = (parseYaml(match[1]!) as Record<string, unknown>) ?? {};
		} catch {
			return false;
		}
		return String(data.number ?? '') === number && String(data.symbol ?? '') === (symbol ?? '');
	}).map((file) => path.join(dir, file));
}
