import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntryBase } from './load.ts';
import { collectValid, type ValidContent } from './schema-check.ts';
import { readContentTree } from './content-files.ts';
import { checkRules } from './rules.ts';
import { checkText } from './text.ts';
import { checkBodySyntax } from './body-syntax.ts';
import { checkPlaceholders } from './rules-placeholders.ts';
import { checkCode } from './rules-code.ts';
import { checkYamlScalars } from './yaml-scalars.ts';
import { checkPrivacy } from './rules-privacy.ts';
import { checkFiles } from './per-file-cache.ts';
import { cacheKey } from '../lib/cache-key.ts';
import type { Problem } from './problem.ts';

export interface CheckResult {
	problems: Problem[];
	errors: Problem[];
	warnings: Problem[];
	content: ValidContent;
	/** Files parsed and checked one by one this time; the others' results came from the cache. */
	checkedFiles: number;
}

/** The rules that read one file at a time, in the order their findings are reported (after the schemas'). */
const PER_FILE_RULES = [checkYamlScalars, checkBodySyntax, checkText, checkPlaceholders, checkCode, checkPrivacy];
/** The code whose results per file are kept: reading, schemas and the per-file rules (each with all it imports). */
const PER_FILE_MODULES = ['per-file-cache.ts', 'load.ts', 'schema-check.ts', 'yaml-scalars.ts', 'body-syntax.ts', 'text.ts', 'rules-placeholders.ts', 'rules-code.ts', 'rules-privacy.ts'];

/** Beside Astro's cache: what the last check found in each file on its own (per-file-cache.ts). */
export const CHECK_CACHE_FILE = 'content-check-files.bin';

let perFileCodeDigest: string | undefined;
/** That code's digest, with the parsers' versions (js-yaml and zod come with Astro, the front matter reader with its MDX integration). */
function perFileVersion(): string {
	perFileCodeDigest ??= cacheKey({ code: PER_FILE_MODULES.map((name) => fileURLToPath(new URL(`./${name}`, import.meta.url))), packages: ['astro', '@astrojs/mdx', 'satteri'] });
	return perFileCodeDigest;
}

/**
 * Everything `npm run check` and the build verify, in one pass over the
 * content folder: the files Astro loads, read as Astro reads them, and a
 * report on every other file. With `cacheDir` (the build passes its own),
 * what each unchanged file gave on its own (parse, schema, per-file rules) is
 * taken from the last check; the rules that compare files always run.
 */
export function checkContent(root: string, { cacheDir }: { cacheDir?: string } = {}): CheckResult {
	const tree = readContentTree(root);
	const bases = tree.files.map(({ collection, absolutePath }) => readEntryBase(collection, root, absolutePath));
	const cacheFile = cacheDir ? path.join(cacheDir, CHECK_CACHE_FILE) : undefined;
	const { entries, schema, byRule, checked } = checkFiles(bases, PER_FILE_RULES, cacheFile, perFileVersion());
	const { content, problems: schemaProblems } = collectValid(entries, schema);
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
