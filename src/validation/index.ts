import { loadRawContent } from './load.ts';
import { checkSchemas, type ValidContent } from './schema-check.ts';
import { checkRules } from './rules.ts';
import { checkText } from './text.ts';
import { checkBodySyntax } from './body-syntax.ts';
import { checkPlaceholders } from './rules-placeholders.ts';
import { checkCode } from './rules-code.ts';
import type { Problem } from './problem.ts';

export interface CheckResult {
	problems: Problem[];
	errors: Problem[];
	warnings: Problem[];
	content: ValidContent;
}

/** Everything `npm run check` and the build verify, in one pass over the content folder. */
export function checkContent(root: string): CheckResult {
	const raw = loadRawContent(root);
	const { content, problems: schemaProblems } = checkSchemas(raw);
	const problems = [
		...schemaProblems, ...checkRules(content), ...checkBodySyntax(raw), ...checkText(raw),
		...checkPlaceholders(raw),
		...checkCode(raw),
	];
	return {
		problems,
		errors: problems.filter((p) => p.severity === 'error'),
		warnings: problems.filter((p) => p.severity === 'warning'),
		content,
	};
}

export { formatReport, formatProblem } from './problem.ts';
