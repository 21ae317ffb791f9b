/**
 * `node tools/bench/search-body-phrases.ts --dist <built site> [--every 250] [--words 4] [--json]`: how often a
 * phrase taken from a page's body text (not its title or fields) finds that page, on a large site where common
 * words are indexed from fields only (common-words.ts) and dense words keep one rounded body position a page
 * (dense-words.ts). For every `every`-th indexed page, the `words` words that start its first passage after the
 * lead (passages.ts: where a body phrase of a long page stands) are searched as a later query on a page of its
 * own, right after the benchmark's first query, with the site's runSearch; reported: whether the page is shown
 * (as a full or an approximate result, or not at all), the results, and the bytes (search-transfer.ts).
 */
import { parseArgs } from 'node:util';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { LEAD_WORDS } from '../../src/search/passages.ts';
import { textWords } from '../../src/search/words.ts';
import { measureTransfer } from './search-transfer.ts';
import { SEARCH_BENCH_QUERIES } from './search-queries.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';

export interface BodyPhrase {
	query: string;
	/** The page the phrase was taken from. */
	url: string;
}

/** The body phrases of a built site: `words` words from the start of the first passage of every `every`-th page that has one, words with digits left out (numbers are codes, searched otherwise). */
export function bodyPhrases(dist: string, { every = 250, words = 4 } = {}): BodyPhrase[] {
	const pages = readIndexedPages(dist).filter((page) => page.url.startsWith('/van-ban/'));
	const phrases: BodyPhrase[] = [];
	for (let index = 0; index < pages.length; index += every) {
		const page = pages[index]!;
		const text = textWords(page.content).map((word) => word.text.replace(/[^\p{L}\p{N}]/gu, ''));
		const start = text.findIndex((word, at) => at >= LEAD_WORDS && word !== '' && text.slice(at, at + words).every((one) => one !== '' && !/\d/.test(one)));
		if (start < 0) continue;
		phrases.push({ query: text.slice(start, start + words).join(' ').toLowerCase(), url: page.url });
	}
	return phrases;
}

export interface BodyPhraseOutcome extends BodyPhrase {
	shown: 'full' | 'approximate' | 'missing';
	results: number;
	bytes: number;
}

/** Each phrase searched as a later query on its own page (measureTransfer --each), then where its page is among the results. */
export async function measureBodyPhrases(dist: string, phrases: readonly BodyPhrase[]): Promise<BodyPhraseOutcome[]> {
	const report = await measureTransfer(dist, [SEARCH_BENCH_QUERIES[0]!, ...phrases.map((one) => one.query)], { each: true });
	const outcomes: BodyPhraseOutcome[] = [];
	for (const [index, phrase] of phrases.entries()) {
		const { engine } = await pagefindInNode(dist, { facets: false, fresh: true });
		await runSearch(engine, readState(new URLSearchParams({ q: SEARCH_BENCH_QUERIES[0]! })));
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: phrase.query })));
		const urls = await Promise.all(results.map(async (one) => ({ url: (one.data ?? (await one.result.data())).url, approximate: one.approximate })));
		const own = urls.find((one) => one.url === phrase.url);
		outcomes.push({ ...phrase, shown: own ? (own.approximate ? 'approximate' : 'full') : 'missing', results: results.length, bytes: report.queries[index + 1]!.bytes });
	}
	return outcomes;
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, every: { type: 'string', default: '250' }, words: { type: 'string', default: '4' }, json: { type: 'boolean', default: false } } });
	const phrases = bodyPhrases(values.dist, { every: Number(values.every), words: Number(values.words) });
	const outcomes = await measureBodyPhrases(values.dist, phrases);
	if (values.json) console.log(JSON.stringify(outcomes, null, 2));
	else {
		for (const one of outcomes) console.log(`"${one.query}" (${one.url}): ${one.shown}, ${one.results} results, ${(one.bytes / 1024).toFixed(1)} KiB`);
		const count = (shown: BodyPhraseOutcome['shown']) => outcomes.filter((one) => one.shown === shown).length;
		console.log(`${outcomes.length} body phrases: page shown in full ${count('full')}, as approximate ${count('approximate')}, missing ${count('missing')}; largest ${(Math.max(...outcomes.map((one) => one.bytes)) / 1024).toFixed(1)} KiB`);
	}
	process.exit(0);
}
