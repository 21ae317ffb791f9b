/**
 * `node tools/bench/search-body-phrases.ts --dist <built site> [--every 250] [--words 4] [--json]`: how often a
 * phrase taken from a page's body text (not its title or fields), and rare, finds that page, on a large site where common
 * words are indexed from fields only (common-words.ts) and dense words keep one rounded body position a page
 * (dense-words.ts). For every `every`-th document page, a run of `words` words of its text after the lead
 * (passages.ts) that at most `rarest` pages hold (bodyPhrases) is searched as a later query on a page of its
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

/**
 * The body phrases of a built site: for every `every`-th document page, the first run of `words` words after its
 * lead (no digits: numbers are codes, searched otherwise) that stands in at most `rarest` document pages (in the
 * text; a run every page repeats, the synthetic corpus's boilerplate, is no test of a phrase "only in the body").
 */
export function bodyPhrases(dist: string, { every = 250, words = 4, rarest = 5 } = {}): BodyPhrase[] {
	const pages = readIndexedPages(dist).filter((page) => page.url.startsWith('/van-ban/'));
	const runsOf = (content: string) => {
		const text = textWords(content).map((word) => word.text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
		const runs: string[] = [];
		for (let at = LEAD_WORDS; at + words <= text.length; at++) {
			const run = text.slice(at, at + words);
			if (run.every((one) => one !== '' && !/\d/.test(one))) runs.push(run.join(' '));
		}
		return runs;
	};
	const pagesHolding = new Map<string, number>();
	for (const page of pages) for (const run of new Set(runsOf(page.content))) pagesHolding.set(run, (pagesHolding.get(run) ?? 0) + 1);
	const phrases: BodyPhrase[] = [];
	for (let index = 0; index < pages.length; index += every) {
		const run = runsOf(pages[index]!.content).find((one) => (pagesHolding.get(one) ?? 0) <= rarest);
		if (run) phrases.push({ query: run, url: pages[index]!.url });
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
