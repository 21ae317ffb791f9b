/** The checker validates exactly the data Astro builds: every sample file, parsed both ways. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContent } from '../../src/validation/index.ts';
import { loadRawContent } from '../../src/validation/load.ts';
import { ROOT } from '../helpers/paths.ts';
import { astroData } from './astro-pipeline.ts';

const CONTENT = path.join(ROOT, 'content');

describe('one parse', () => {
	const entries = loadRawContent(CONTENT);
	const { content } = checkContent(CONTENT);

	it('reads every sample file', () => {
		expect(entries.filter((e) => e.collection === 'documents').length).toBeGreaterThanOrEqual(7);
		expect(entries.filter((e) => e.collection === 'agencies').length).toBeGreaterThanOrEqual(10);
		expect(entries.filter((e) => e.collection === 'campaigns').length).toBeGreaterThanOrEqual(5);
	});

	it.each(entries.map((entry) => [entry.file, entry] as const))('%s: the checked data is Astro’s data', (_file, entry) => {
		const astro = astroData(entry.collection, entry.source);
		expect(astro.ok).toBe(true);
		const checked = (content[entry.collection] as Map<string, { data: unknown }>).get(entry.id);
		expect(JSON.stringify(checked?.data)).toBe(JSON.stringify((astro as { data: unknown }).data));
	});
});
