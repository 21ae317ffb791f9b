/**
 * Astro's own entry pipeline, rebuilt from its parts for the tests,
 * independently of src/validation/load.ts: the MDX integration's front
 * matter parser or Astro's js-yaml, then the collection schema with zod's
 * own messages, as Astro's parseData runs it.
 */
import { createRequire } from 'node:module';
import { documentSchema } from '../../src/schema/document.ts';
import { agencySchema } from '../../src/schema/agency.ts';
import { campaignSchema } from '../../src/schema/campaign.ts';

const resolveHere = createRequire(import.meta.url).resolve;
/** The MDX integration's front matter parser, as Astro runs it on a document. */
export const { parseFrontmatter } = createRequire(resolveHere('@astrojs/mdx'))('@astrojs/internal-helpers/frontmatter') as {
	parseFrontmatter(code: string, options: { frontmatter: 'empty-with-spaces' }): { frontmatter: unknown };
};
const jsYaml = createRequire(resolveHere('astro'))('js-yaml') as { load(text: string): unknown };

const SCHEMAS = { agencies: agencySchema, campaigns: campaignSchema, documents: documentSchema } as const;
export type CollectionName = keyof typeof SCHEMAS;

/** What Astro makes of one file: its validated data, or not ok where it throws or the schema rejects. */
export function astroData(collection: CollectionName, text: string): { ok: true; data: unknown } | { ok: false } {
	try {
		const raw = collection === 'documents' ? parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter : jsYaml.load(text);
		const result = SCHEMAS[collection].safeParse(raw);
		return result.success ? { ok: true, data: result.data } : { ok: false };
	} catch {
		return { ok: false };
	}
}
