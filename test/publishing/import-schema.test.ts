/**
 * The draft the importer writes must become a valid document once the officer
 * fills the placeholders: frontmatter through documentSchema, body through MDX.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';
import { documentSchema } from '../../src/schema/document.ts';
import { loadAgencies } from '../../tools/publishing/import/agencies-load.ts';
import { importText } from '../../tools/publishing/import/import-text.ts';
// Astro's own frontmatter reader (through @astrojs/mdx, as the site reads documents) and the MDX compiler the site depends on.
import { mdxToJs } from 'satteri';
import { parseFrontmatter } from '../content/astro-pipeline.ts';

/** Copies of the seed documents and sample awards of ../shared. */
const SEEDS = path.resolve('test', 'fixtures', 'import');
const EXAMPLES = /^(\d{3}_|ben-tre|thua-thien-hue).*\.txt$/;
const FIXTURES = path.resolve('test', 'publishing', 'fixtures', 'import');

const agencies = loadAgencies(path.resolve('content', 'agencies'));

function draftOf(file: string) {
	const result = importText(fs.readFileSync(file, 'utf8'), { agencies, fileName: path.basename(file) });
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(result.mdx);
	if (!match) throw new Error('no frontmatter');
	return { result, data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** What a press officer does before publishing: write the summary, and any required field left empty. */
function fillPlaceholders(data: Record<string, unknown>): Record<string, unknown> {
	const filled = { ...data };
	if (filled.summary === '') filled.summary = 'Tóm tắt do biên tập viên viết.';
	if (filled.date === '') filled.date = '2024';
	if (filled.agency === '') filled.agency = 'ubnd-huyen-mo-duc';
	if (filled.title === '') filled.title = 'Trích yếu do biên tập viên chép.';
	return filled;
}

const issues = (value: unknown) => {
	const parsed = documentSchema.safeParse(value);
	return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('drafts of born-digital seeds satisfy documentSchema', () => {
	it.each(['004_a6d7c0f9bae6b975.txt', '003_c21ba88fb6e881a3.txt'])('%s', (name) => {
		const { data } = draftOf(path.join(SEEDS, name));
		expect(data.summary).toBe('');
		expect(documentSchema.safeParse(data).success).toBe(false);
		const filled = fillPlaceholders(data);
		expect(Object.keys(filled).sort()).toEqual(Object.keys(data).sort());
		expect(issues(filled)).toEqual([]);
		const parsed = documentSchema.parse(filled);
		expect(parsed.draft).toBe(true);
		expect(parsed.signer?.name).toBeTruthy();
		expect(parsed.recipients.at(-1)).toBe('Lưu: VT.');
	});

	it('the 004 draft agrees with the hand-made example on every field they share', () => {
		const example = fs.readFileSync(path.resolve('content/documents/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx'), 'utf8');
		const reference = documentSchema.parse(parseYaml(/^---\n([\s\S]*?)\n---/.exec(example)![1]!));
		const draft = documentSchema.parse(fillPlaceholders(draftOf(path.join(SEEDS, '004_a6d7c0f9bae6b975.txt')).data));
		for (const key of ['type', 'symbol', 'date', 'place', 'agency', 'title', 'signer', 'recipients'] as const) {
			expect(draft[key], key).toEqual(reference[key]);
		}
		expect(draft.basis.map((b) => 'number' in b && [b.number, b.date])).toEqual(reference.basis.map((b) => 'number' in b && [b.number, b.date]));
		expect(draft.deadlines.map((d) => d.date).sort()).toEqual(expect.arrayContaining(reference.deadlines.map((d) => d.date)));
	});
});

const allFiles = [
	...fs.readdirSync(SEEDS).filter((f) => EXAMPLES.test(f)).map((f) => path.join(SEEDS, f)),
	...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, f)),
];

describe('every draft becomes valid once its placeholders are filled', () => {
	it.each(allFiles.map((f) => [path.basename(f), f]))('%s: frontmatter', (_, file) => {
		const { data } = draftOf(file);
		expect(data.draft).toBe(true);
		expect(issues(fillPlaceholders(data))).toEqual([]);
	});

	it.each(allFiles.map((f) => [path.basename(f), f]))('%s: Astro reads the same frontmatter', (_, file) => {
		const { result, data } = draftOf(file);
		const astro = parseFrontmatter(result.mdx, { frontmatter: 'empty-with-spaces' }).frontmatter as Record<string, unknown>;
		expect(issues(fillPlaceholders(astro))).toEqual([]);
		expect(documentSchema.parse(fillPlaceholders(astro))).toEqual(documentSchema.parse(fillPlaceholders(data)));
	});

	it.each(allFiles.map((f) => [path.basename(f), f]))('%s: body compiles as MDX', (_, file) => {
		expect(() => mdxToJs('a<b {x', {})).toThrow();
		const { body } = draftOf(file);
		expect(() => mdxToJs(body, {})).not.toThrow();
	});
});
