import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from './load.ts';
import { checkSchemas, type ValidContent } from './schema-check.ts';
import { checkRules } from './rules.ts';
import { checkText } from './text.ts';
import { checkBodySyntax } from './body-syntax.ts';
import { checkPlaceholders } from './rules-placeholders.ts';
import { checkCode } from './rules-code.ts';
import { checkYamlScalars } from './yaml-scalars.ts';
import { perFileProblems } from './per-file-cache.ts';
import { cacheKey } from '../lib/cache-key.ts';
import type { Problem } from './problem.ts';

export interface CheckResult {
	problems: Problem[];
	errors: Problem[];
	warnings: Problem[];
	content: ValidContent;
	/** Files the per-file rules read this time; the others' findings came from the cache. */
	checkedFiles: number;
}

/** The rules that read one file at a time, in the order their findings are reported (after the schemas'). */
const PER_FILE_RULES = [checkYamlScalars, checkBodySyntax, checkText, checkPlaceholders, checkCode];
const PER_FILE_MODULES = ['yaml-scalars.ts', 'body-syntax.ts', 'text.ts', 'rules-placeholders.ts', 'rules-code.ts', 'load.ts', 'per-file-cache.ts'];

/** Beside Astro's cache: the per-file findings of the last check (per-file-cache.ts). */
export const CHECK_CACHE_FILE = 'content-check-per-file.json';

let rulesVersion: string | undefined;
/** The per-file rules' code, with all it imports, and the parsers' versions (js-yaml comes with Astro). */
function perFileRulesVersion(): string {
	rulesVersion ??= cacheKey({ code: PER_FILE_MODULES.map((name) => fileURLToPath(new URL(`./${name}`, import.meta.url))), packages: ['astro', '@astrojs/mdx', 'satteri'] });
	return rulesVersion;
}

/**
 * Everything `npm run check` and the build verify, in one pass over the
 * content folder: the files Astro loads, read as Astro reads them, and a
 * report on every other file. With `cacheDir` (the build passes its own),
 * the per-file rules' findings of unchanged files are taken from the last check.
 */
export function checkContent(root: string, { cacheDir }: { cacheDir?: string } = {}): CheckResult {
	const { entries, tree } = loadContent(root);
	const { content, problems: schemaProblems } = checkSchemas(entries);
	const cacheFile = cacheDir ? path.join(cacheDir, CHECK_CACHE_FILE) : undefined;
	const { byRule, checked } = perFileProblems(entries, PER_FILE_RULES, cacheFile, perFileRulesVersion());
	const [yamlScalars, ...bodyAndText] = byRule;
	const problems = [...tree.problems, ...schemaProblems, ...yamlScalars!, ...checkRules(content, tree), ...bodyAndText.flat()];
	return {
		problems,
		errors: problems.filter((p) => p.severity === 'error'),
		warnings: problems.filter((p) => p.severity === 'warning'),
		content,
		checkedFiles: checked,
	};
}

export { formatReport, formatProblem } from './problem.ts';
