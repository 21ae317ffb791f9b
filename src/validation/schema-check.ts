import type { z } from 'astro/zod';
import { agencySchema } from '../schema/agency.ts';
import { campaignSchema } from '../schema/campaign.ts';
import { documentSchema } from '../schema/document.ts';
import type { AgencyData } from '../schema/agency.ts';
import type { CampaignData } from '../schema/campaign.ts';
import type { DocumentData } from '../schema/document.ts';
import type { RawEntry } from './load.ts';
import { pathToField, type Problem } from './problem.ts';
import { issueHint, vietnameseIssue } from './zod-messages.ts';

export interface ValidEntry<T> {
	raw: RawEntry;
	id: string;
	data: T;
}

export interface ValidContent {
	agencies: Map<string, ValidEntry<AgencyData>>;
	campaigns: Map<string, ValidEntry<CampaignData>>;
	documents: Map<string, ValidEntry<DocumentData>>;
}

const SCHEMAS = { agencies: agencySchema, campaigns: campaignSchema, documents: documentSchema } as const;

function describeIssue(issue: z.core.$ZodIssue): { message: string; hint?: string } {
	// A schema's own message for a wrong type does not fit a field left out.
	if (issue.code === 'invalid_type' && issue.input === undefined) return { message: 'thiếu trường bắt buộc', hint: issueHint(issue) };
	// A refinement may say how to fix what it rejects (see awardForm in src/schema/common.ts).
	if (issue.code === 'custom' && typeof issue.params?.hint === 'string') return { message: issue.message, hint: issue.params.hint };
	return { message: issue.message, hint: issueHint(issue) };
}

/** Validates every entry against its zod schema; returns the valid ones and the problems. */
export function checkSchemas(entries: RawEntry[]): { content: ValidContent; problems: Problem[] } {
	const problems: Problem[] = [];
	const content: ValidContent = { agencies: new Map(), campaigns: new Map(), documents: new Map() };
	for (const raw of entries) {
		if (raw.syntaxError) {
			problems.push({
				severity: 'error', file: raw.file, line: raw.syntaxError.line, field: 'YAML',
				message: `không đọc được phần khai báo: ${raw.syntaxError.message}`,
				hint: raw.syntaxError.hint,
			});
			continue;
		}
		// reportInput lets us tell a missing field from one of the wrong type.
		const result = SCHEMAS[raw.collection].safeParse(raw.data, { reportInput: true, error: vietnameseIssue });
		if (!result.success) {
			for (const issue of result.error.issues) {
				const { message, hint } = describeIssue(issue);
				const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
				problems.push({ severity: 'error', file: raw.file, line: raw.lineOf(path), field: pathToField(path) || '(toàn tệp)', message, hint });
			}
			continue;
		}
		(content[raw.collection] as Map<string, ValidEntry<unknown>>).set(raw.id, { raw, id: raw.id, data: result.data });
	}
	return { content, problems };
}
