import { loadContent } from './load.ts';
import { checkSchemas, type ValidContent } from './schema-check.ts';
import { checkRules } from './rules.ts';
import { checkText } from './text.ts';
import { checkBodySyntax } from './body-syntax.ts';
import { checkPlaceholders } from './rules-placeholders.ts';
import { checkCode } from './rules-code.ts';
import { checkYamlScalars } from './yaml-scalars.ts';
import type { Problem } from './problem.ts';

export interface CheckResult {
	problems: Problem[];
	errors: Problem[];
	warnings: Problem[];
	content: ValidContent;
}

/**
 * Everything `npm run check` and the build verify, in one pass over the
 * content folder: the files Astro loads, read as Astro reads them, and a
 * report on every other file.
 */
export function checkContent(root: string): CheckResult {
	const { entries, tree } = loadContent(root);
	const { content, problems: schemaProblems } = checkSchemas(entries);
	const problems = [
		...tree.problems,
		...schemaProblems,
		...checkYamlScalars(entries),
		...checkRules(content, tree),
		...checkBodySyntax(entries),
		...checkText(entries),
		...checkPlaceholders(entries),
		...checkCode(entries),
	];
	return {
		problems,
		errors: problems.filter((p) => p.severity === 'error'),
		warnings: problems.filter((p) => p.severity === 'warning'),
		content,
	};
}

export { formatReport, formatProblem } from './problem.ts';
