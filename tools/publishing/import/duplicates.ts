/**
 * Is this document already on the site? Compared with every document file
 * under the output folder: same agency and number (with symbol and year), or
 * same agency and date with a near-identical title (copies whose number was
 * left blank).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../../src/lib/yaml.ts';
import { UNRESOLVED_AGENCY } from './agency.ts';
import { fold } from './diacritics.ts';
import { levenshtein } from './fuzzy.ts';
import type { DraftFrontmatter } from './types.ts';

export interface Duplicate {
	/** Path of the existing file. */
	file: string;
	/** Why it is the same document, in Vietnamese. */
	reason: string;
}

/** Titles this close (edits per character) are the same title retyped: a comma, a tone-mark placement. */
const TITLE_DISTANCE = 0.08;

interface Existing {
	agency?: string;
	number?: string;
	symbol?: string;
	date?: string;
	title?: string;
}

function* documentFiles(dir: string): Generator<string> {
	if (!fs.existsSync(dir)) return;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* documentFiles(full);
		else if (/\.mdx?$/.test(entry.name)) yield full;
	}
}

function frontmatterOf(file: string): Existing | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
	if (!match) return undefined;
	try {
		const data = parseYaml(match[1]!) as Record<string, unknown> | null;
		if (!data || typeof data !== 'object') return undefined;
		const text = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === undefined || value === null ? undefined : String(value));
		return { agency: text(data.agency), number: text(data.number), symbol: text(data.symbol), date: text(data.date), title: text(data.title) };
	} catch {
		return undefined;
	}
}

const sameTitle = (a: string, b: string) => {
	const x = fold(a).replace(/[^a-z0-9]+/g, ' ').trim();
	const y = fold(b).replace(/[^a-z0-9]+/g, ' ').trim();
	return levenshtein(x, y) <= Math.max(x.length, y.length) * TITLE_DISTANCE;
};

export function findDuplicate(draft: DraftFrontmatter, documentsDir: string): Duplicate | undefined {
	const resolved = draft.agency && draft.agency !== UNRESOLVED_AGENCY;
	for (const file of documentFiles(documentsDir)) {
		const existing = frontmatterOf(file);
		if (!existing) continue;
		const sameAgency = resolved ? existing.agency === draft.agency : true;
		if (!sameAgency) continue;
		const printed = `${draft.number}/${draft.symbol ?? ''}`;
		if (draft.number && existing.number === draft.number && fold(existing.symbol ?? '') === fold(draft.symbol ?? '') && existing.date?.slice(0, 4) === draft.date?.slice(0, 4)) {
			return { file, reason: `cùng cơ quan ${existing.agency} và số ${printed}${draft.date ? ` năm ${draft.date.slice(0, 4)}` : ''}` };
		}
		if (resolved && draft.date && existing.date === draft.date && draft.title && existing.title && sameTitle(draft.title, existing.title)) {
			return { file, reason: `cùng cơ quan ${existing.agency}, cùng ngày ${draft.date} và trích yếu gần như trùng` };
		}
	}
	return undefined;
}
