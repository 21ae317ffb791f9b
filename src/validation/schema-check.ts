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

/** One entry against its schema: the parsed data when valid, else the problems (a file that cannot be read has one). */
export type SchemaResult = { valid: true; data: unknown } | { valid: false; problems: Problem[] };

/** Validates one entry against its zod schema. */
export function checkSchema(raw: RawEntry): SchemaResult {
	if (raw.syntaxError) {
		return {
			valid: false,
			problems: [{ severity: 'error', file: raw.file, line: raw.syntaxError.line, field: 'YAML', message: `không đọc được phần khai báo: ${raw.syntaxError.message}`, hint: raw.syntaxError.hint }],
		};
	}
	// reportInput lets us tell a missing field from one of the wrong type.
	const result = SCHEMAS[raw.collection].safeParse(raw.data, { reportInput: true, error: vietnameseIssue });
	if (result.success) return { valid: true, data: result.data };
	return {
		valid: false,
		problems: result.error.issues.map((issue) => {
			const { message, hint } = describeIssue(issue);
			const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
			return { severity: 'error' as const, file: raw.file, line: raw.lineOf(path), field: pathToField(path) || '(toàn tệp)', message, hint };
		}),
	};
}

/** The valid entries and every entry's problems, from each entry's schema result (`checkSchema`, or the check's cache). */
export function collectValid(entries: readonly RawEntry[], results: readonly SchemaResult[]): { content: ValidContent; problems: Problem[] } {
	const problems: Problem[] = [];
	const content: ValidContent = { agencies: new Map(), campaigns: new Map(), documents: new Map() };
	entries.forEach((raw, index) => {
		const result = results[index]!;
		if (result.valid) (content[raw.collection] as Map<string, ValidEntry<unknown>>).set(raw.id, { raw, id: raw.id, data: result.data });
		else problems.push(...result.problems);
	});
	return { content, problems };
}

/** Validates every entry against its zod schema; returns the valid ones and the problems. */
export function checkSchemas(entries: RawEntry[]): { content: ValidContent; problems: Problem[] } {
	return collectValid(entries, entries.map(checkSchema));
}
