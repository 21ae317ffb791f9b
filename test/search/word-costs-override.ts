import fs from 'node:fs';
import path from 'node:path';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';
import { WORD_COSTS_FILE, type WordCosts } from '../../src/search/word-costs.ts';

/**
 * Runs `run` with `costs` written in place of a built bundle's word-costs file, then puts the file back: a small
 * index planned as if its words cost what they cost at 10,000 documents.
 */
export async function withWordCosts<T>(dist: string, costs: WordCosts, run: () => Promise<T>): Promise<T> {
	const file = path.join(dist, INDEX_DIR, WORD_COSTS_FILE);
	const written = fs.readFileSync(file);
	fs.writeFileSync(file, JSON.stringify(costs));
	try {
		return await run();
	} finally {
		fs.writeFileSync(file, written);
	}
}
