/**
 * Every kind of zod issue, raised by a real schema and parsed the way the
 * checker parses, comes out in Vietnamese with a fix: zod's English never
 * reaches a press officer.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { issueHint, vietnameseIssue } from '../../src/validation/zod-messages.ts';
import { formatProblem } from '../../src/validation/problem.ts';

const TRIGGERS: [code: string, schema: z.ZodType, input: unknown][] = [
	['invalid_type', z.array(z.string()), 'một dòng'],
	['too_big', z.string().max(2), 'abc'],
	['too_small', z.array(z.string()).min(1), []],
	['invalid_format', z.email(), 'khong-co-a-cong'],
	['not_multiple_of', z.number().multipleOf(2), 3],
	['unrecognized_keys', z.strictObject({ title: z.string() }), { title: 'x', titel: 'y' }],
	['invalid_union', z.union([z.strictObject({ document: z.string() }), z.strictObject({ kind: z.string() })]), { other: 1 }],
	['invalid_key', z.record(z.string().regex(/^[a-z]+$/), z.string()), { ABC: 'x' }],
	// zod raises it only for a map whose key is not a property key.
	['invalid_element', z.map(z.object({}), z.number()), new Map([[{}, 'x']])],
	['invalid_value', z.enum(['ke-hoach', 'tin-bai']), 'cong-van'],
	['custom', z.string().refine(() => false), 'x'],
];

/** The codes of zod's issue union ($ZodIssue): a new one fails the type check of this list. */
const ALL_CODES: z.core.$ZodIssue['code'][] = ['invalid_type', 'too_big', 'too_small', 'invalid_format', 'not_multiple_of', 'unrecognized_keys', 'invalid_union', 'invalid_key', 'invalid_element', 'invalid_value', 'custom'];

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const ENGLISH = /\b(?:Invalid|expected|received|Too|must|input|option|string|number|array|object|Unrecognized)\b/;

describe('zod issues in Vietnamese', () => {
	it('raises every issue code', () => {
		expect(TRIGGERS.map(([code]) => code).sort()).toEqual([...ALL_CODES].sort());
	});

	it.each(TRIGGERS)('%s', (code, schema, input) => {
		const result = schema.safeParse(input, { reportInput: true, error: vietnameseIssue });
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0]!;
		expect(issue.code).toBe(code);
		const printed = formatProblem({ severity: 'error', file: 'content/x.yaml', line: 3, field: 'title', message: issue.message, hint: issueHint(issue) });
		expect(printed).toMatch(VIETNAMESE);
		expect(printed).not.toMatch(ENGLISH);
		expect(printed).toContain('Cách sửa: ');
	});
});
