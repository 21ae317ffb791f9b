/**
 * Property-based: valid content files mutated at random (fields dropped,
 * duplicated or retyped, YAML broken, Unicode forms swapped, control
 * characters inserted, huge values) never crash the check, every problem
 * it reports is a Vietnamese message with a file, field and fix, and what
 * it accepts is exactly what Astro's own entry pipeline (its front matter
 * parser and js-yaml, then the collection schema without the checker's
 * messages) makes of the file. Bounded: 300 cases with a fixed seed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { astroData, type CollectionName } from './astro-pipeline.ts';
import { CAMPAIGN, DECISION, DISTRICT, FILES, PLAN, writeTree } from './fixture-tree.ts';

const TARGETS = [PLAN, DECISION, DISTRICT, CAMPAIGN];
const ENGLISH = /\b(?:Invalid|expected|received|Unrecognized|undefined|NaN|YAMLException)\b/;

/** Values a press officer might put in a field by mistake. */
const strangeValue = fc.oneof(
	fc.constantFrom('08', '0x1F', '1e3', '2024-02-30', '2024-13-01', '2026-12-01T25:00:00Z', '2026-12-01T08:00:00', 'true', 'null', '~', '[]', '{}', '""', "'", '"', '|', '>', '&a', '*a', '!!binary aGk=', '[1, 2', '{a: 1', '- x', 'javascript:alert(1)', '/', '//', '..', '45/QĐ-UBND'),
	fc.integer().map(String),
	fc.string({ maxLength: 30 }),
	fc.constant('x'.repeat(100_000)),
);
const controlCharacter = fc.constantFrom('\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u200b', '\u2028', '\ufeff', '\r', '\t');

type Mutation = (text: string) => string;
const lines = (text: string) => text.split('\n');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.nat().map((n): Mutation => (text) => { const l = lines(text); l.splice(n % l.length, 1); return l.join('\n'); }),
	fc.nat().map((n): Mutation => (text) => { const l = lines(text); const i = n % l.length; l.splice(i, 0, l[i]!); return l.join('\n'); }),
	fc.tuple(fc.nat(), strangeValue).map(([n, value]): Mutation => (text) => {
		const l = lines(text);
		const keyed = l.map((line, i) => [line, i] as const).filter(([line]) => /^\s*-?\s*[A-Za-z]+:/.test(line));
		if (keyed.length === 0) return text;
		const [line, i] = keyed[n % keyed.length]!;
		l[i] = line.replace(/:.*$/, `: ${value}`);
		return l.join('\n');
	}),
	fc.tuple(fc.nat(), fc.constantFrom(':', '"', "'", '[', '{', '\t', '&', '*', '!', '%', '@', '`', '#', ' ', '  ', '- ', '---\n')).map(([n, c]): Mutation => (text) => { const i = n % (text.length + 1); return text.slice(0, i) + c + text.slice(i); }),
	fc.constantFrom<Mutation>((text) => text.normalize('NFD'), (text) => text.normalize('NFKC'), (text) => `\ufeff${text}`, (text) => text.replace(/\n/g, '\r\n'), (text) => text.replace(/\n/g, '\r')),
	fc.tuple(fc.nat(), controlCharacter).map(([n, c]): Mutation => (text) => { const i = n % (text.length + 1); return text.slice(0, i) + c + text.slice(i); }),
	fc.tuple(fc.nat(), fc.constantFrom('[x](javascript:alert(1))', '[x](&#106;avascript:x)', '[x](/van-ban/khong-co/)', '![x](../../../etc/passwd)', '<script>alert(1)</script>', '[x](./12-kh-ubnd.pdf)')).map(([, link]): Mutation => (text) => (text.startsWith('---') || text.startsWith('\ufeff') ? `${text}\n${link}\n` : text)),
);

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('mutated content files', () => {
	it('never crash the check, are reported in Vietnamese, and are accepted only as Astro reads them', () => {
		let accepted = 0;
		let rejected = 0;
		fc.assert(
			fc.property(fc.constantFrom(...TARGETS), fc.array(mutation, { minLength: 1, maxLength: 3 }), (target, mutations) => {
				const text = mutations.reduce((current, mutate) => mutate(current), FILES[target]!);
				const root = writeTree({ [target]: text });
				roots.push(root);
				const result = checkContent(root);
				for (const problem of result.problems) {
					const printed = formatProblem(problem);
					expect(problem.file, printed).not.toBe('');
					expect(problem.field, printed).not.toBe('');
					if (problem.severity === 'error') expect(printed).toContain('Cách sửa: ');
					expect(printed.replace(/"[^"]*"/g, '')).not.toMatch(ENGLISH);
				}
				const collection = target.split('/')[0] as CollectionName;
				const astro = astroData(collection, text);
				if (result.errors.length === 0) {
					accepted++;
					// Accepted: Astro's pipeline must accept it too, with the very data the check validated.
					expect(astro.ok, text).toBe(true);
					const id = path.relative(path.join(root, collection), path.join(root, target)).replace(/\.(?:mdx|yaml)$/, '');
					expect(JSON.stringify((result.content[collection] as Map<string, { data: unknown }>).get(id)?.data)).toBe(JSON.stringify((astro as { data: unknown }).data));
				} else {
					rejected++;
				}
				fs.rmSync(root, { recursive: true, force: true });
			}),
			{ numRuns: 300, seed: 20261205 },
		);
		// Both sides of the property were exercised.
		expect(accepted).toBeGreaterThan(10);
		expect(rejected).toBeGreaterThan(10);
	}, 600_000);
});
