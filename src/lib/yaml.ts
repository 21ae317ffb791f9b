/**
 * The project's one YAML library: the js-yaml Astro itself parses content
 * with, resolved from Astro's package so both always read alike. Reading
 * and writing for tools (the importer, `new`, the editor's config, the
 * benchmark corpus) use YAML's core schema: an unquoted date stays text
 * there, as these tools expect, while the check and the build read content
 * with Astro's default schema (dates become Dates; validation/yaml-scalars.ts
 * compares them with the text written).
 */
import { createRequire } from 'node:module';

interface Schema {
	readonly brand?: 'js-yaml schema';
}

/** What the listener of `load` is handed: the parser's own state. */
export interface YamlParserState {
	position: number;
	kind: string | null;
	result: unknown;
}

interface LoadOptions {
	filename?: string;
	schema?: Schema;
	listener?: (event: 'open' | 'close', state: YamlParserState) => void;
}

interface DumpOptions {
	schema?: Schema;
	/** -1: never fold long lines. */
	lineWidth?: number;
	/** Quotes for text that needs them; '"' as the `yaml` package wrote before. */
	quotingType?: '"' | "'";
	/** true: write "yes", "no", "y", "n" bare, as YAML 1.2 (and Astro's reader) takes them for text. */
	noCompatMode?: boolean;
	/** Leave out undefined values and functions instead of throwing. */
	skipInvalid?: boolean;
}

interface JsYaml {
	load(text: string, options?: LoadOptions): unknown;
	dump(value: unknown, options?: DumpOptions): string;
	CORE_SCHEMA: Schema;
}

/** Astro's js-yaml: `load` with Astro's default schema is exactly how content data is read. */
export const astroYaml = createRequire(createRequire(import.meta.url).resolve('astro'))('js-yaml') as JsYaml;

/**
 * YAML text → value, with the core schema: unquoted dates stay text. `T` is
 * what the caller expects; nothing checks it (validate with a schema where it matters).
 */
export function parseYaml<T = unknown>(text: string): T {
	return astroYaml.load(text, { schema: astroYaml.CORE_SCHEMA }) as T;
}

/** Value → YAML text: block style, long lines never folded, undefined fields left out. */
export function stringifyYaml(value: unknown): string {
	return astroYaml.dump(value, { schema: astroYaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"', noCompatMode: true, skipInvalid: true });
}

/** "2024", "2024-02", "2024-02-20": text Astro's reader would turn into a number or a Date unless quoted. */
const DATE_LIKE = /^\d{4}(?:-\d{2}){0,2}$/;

/**
 * One field as YAML ("key: value", nested values indented), with every
 * date-like text double-quoted so no YAML reader turns it into a date or a
 * number ("2024-02" included, which the core schema would leave bare).
 * Each such text is swapped for a token js-yaml writes bare, then the
 * token for the quoted text, so a multi-line text holding one is untouched.
 */
export function yamlField(key: string, value: unknown): string {
	const quoted: string[] = [];
	const mark = (item: unknown): unknown => {
		if (typeof item === 'string' && DATE_LIKE.test(item)) return `zqxquoted${quoted.push(item) - 1}zqx`;
		if (Array.isArray(item)) return item.map(mark);
		if (item && typeof item === 'object' && !(item instanceof Date)) return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, mark(v)]));
		return item;
	};
	return stringifyYaml({ [key]: mark(value) }).replace(/zqxquoted(\d+)zqx/g, (_, index: string) => `"${quoted[Number(index)]}"`);
}
