/**
 * The importer's accuracy benchmark: real documents under test/fixtures/import,
 * each beside a <name>.expected.yaml written by reading the document. A field
 * is right when the draft holds the expected value; a miss is "warned" when
 * the importer raised a warning on that field, and "silent" otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../../src/lib/yaml.ts';
import { loadAgencies } from '../../publishing/import/agencies-load.ts';
import { importText } from '../../publishing/import/import-text.ts';
import { readInput } from '../../publishing/import/input/read-input.ts';
import type { DraftFrontmatter, ImportResult } from '../../publishing/import/types.ts';

export interface BenchCase {
	name: string;
	input: string;
	/** Where the document was found. */
	source: string;
	expected: Record<string, unknown>;
}

export interface FieldScore {
	field: string;
	expected: unknown;
	actual: unknown;
	right: boolean;
	/** A warning names this field, so a person looks at it. */
	warned: boolean;
}

export interface CaseScore {
	name: string;
	via: string;
	fields: FieldScore[];
}

const INPUT = /\.(txt|docx|pdf|png|jpe?g|tiff?)$/i;

export function loadCases(dir: string): BenchCase[] {
	return fs.readdirSync(dir).filter((f) => f.endsWith('.expected.yaml')).sort().map((file) => {
		const name = file.replace(/\.expected\.yaml$/, '');
		const input = fs.readdirSync(dir).find((f) => f.startsWith(`${name}.`) && INPUT.test(f) && f.slice(name.length + 1).split('.').length === 1);
		if (!input) throw new Error(`${file}: no input file ${name}.<txt|docx|pdf|png>`);
		const data = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8')) as { source: string; url?: string; expected: Record<string, unknown> };
		return { name, input: path.join(dir, input), source: data.source, expected: data.expected };
	});
}

/** The draft's value for a benchmark field ("signer.name", "honourees" as the list of names). */
export function fieldValue(fm: DraftFrontmatter, field: string): unknown {
	if (field === 'honourees') return fm.honourees.length ? fm.honourees.map((h) => h.name) : undefined;
	if (field.startsWith('signer.')) return fm.signer?.[field.slice(7) as keyof NonNullable<DraftFrontmatter['signer']>];
	return (fm as unknown as Record<string, unknown>)[field];
}

/** Titles are compared without letter case: headings print them in capitals, which say nothing about the words. */
const comparable = (field: string, value: unknown): unknown => {
	if (typeof value !== 'string') return value;
	const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
	return field === 'title' ? text.toLocaleLowerCase('vi') : text;
};

export function scoreResult(expected: Record<string, unknown>, result: ImportResult): FieldScore[] {
	return Object.entries(expected).map(([field, want]) => {
		const actual = fieldValue(result.frontmatter, field);
		const right = want === null
			? actual === undefined
			: JSON.stringify(comparable(field, Array.isArray(want) ? want.map(String) : String(want))) === JSON.stringify(comparable(field, actual));
		const top = field.split('.')[0]!;
		const warned = result.warnings.some((w) => w.field.split(/[.[]/)[0] === top);
		return { field, expected: want, actual, right, warned };
	});
}

/** The source's web address, when the case came from a web page: what the officer passes as --source. */
const urlOf = (source: string) => /^https?:\/\/\S+/.exec(source)?.[0];

export function runCase(benchCase: BenchCase, agenciesDir: string): CaseScore {
	const read = readInput(benchCase.input);
	const result = importText(read.text, {
		agencies: loadAgencies(agenciesDir),
		fileName: path.basename(benchCase.input),
		scanned: read.via === 'ocr',
		sourceUrl: urlOf(benchCase.source),
	});
	return { name: benchCase.name, via: read.via, fields: scoreResult(benchCase.expected, result) };
}
