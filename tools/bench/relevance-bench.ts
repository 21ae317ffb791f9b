/**
 * `npm run bench:relevance`: how well search ranks, as mean reciprocal rank
 * and precision at 5 over judged queries, through the site's own search code
 * on the real Pagefind index (relevance-run.ts).
 *
 *   npm run bench:relevance                          sample site (built first) and a 300-document synthetic corpus
 *   npm run bench:relevance -- --dist <dir>          an existing build of the sample site
 *   npm run bench:relevance -- --documents 1000      a synthetic corpus of that size (generated and built)
 *   npm run bench:relevance -- --corpus <content> --corpus-dist <dir>   an existing synthetic corpus and its build
 *   npm run bench:relevance -- --verbose             every query below a perfect score, with its first results
 *   npm run bench:relevance -- --json
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { buildSite } from '../../src/search/build-site.ts';
import type { Judgment } from '../../src/search/relevance-metrics.ts';
import { measureRelevance, type RelevanceReport } from '../../src/search/relevance-run.ts';
import { syntheticJudgments } from '../../src/search/synthetic-judgments.ts';

export interface Io {
	out: (line: string) => void;
}

const root = path.resolve(import.meta.dirname, '..', '..');

/** The sample site's judgments live with the tests that hold the ranking to them. */
async function sampleJudgments(): Promise<Judgment[]> {
	const module = (await import(pathToFileURL(path.join(root, 'test', 'search', 'relevance-judgments.ts')).href)) as { JUDGMENTS: Judgment[] };
	return module.JUDGMENTS;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function describe(name: string, report: RelevanceReport, verbose: boolean, io: Io): void {
	io.out(`${name}: ${report.queries} queries, MRR ${report.mrr.toFixed(3)}, P@5 ${report.precisionAt5.toFixed(3)}`);
	io.out(`  index read in Node: first query ${kib(report.firstQueryBytes)} (runtime included), later queries at most ${kib(report.largestLaterQueryBytes)}`);
	if (!verbose) return;
	for (const score of report.scores.filter((s) => s.reciprocalRank < 1 || s.precisionAt5 < 1)) {
		io.out(`  [${score.kind}] "${score.query}": RR ${score.reciprocalRank.toFixed(2)}, P@5 ${score.precisionAt5.toFixed(2)}: ${score.top.join(' ')}`);
	}
}

export async function runCli(argv: string[], io: Io): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			dist: { type: 'string' },
			documents: { type: 'string', default: '300' },
			corpus: { type: 'string' },
			'corpus-dist': { type: 'string' },
			verbose: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
		},
	});
	const sampleDist = values.dist ? path.resolve(values.dist) : buildSite('bench-relevance');
	const sample = await measureRelevance(sampleDist, await sampleJudgments());
	let corpus = values.corpus;
	let corpusDist = values['corpus-dist'];
	if (!corpus || !corpusDist) {
		const documents = Number(values.documents);
		corpus = path.join(os.tmpdir(), `tdkt-relevance-corpus-${documents}`);
		generateCorpus({ dir: corpus, documents, honourees: documents * 5 });
		corpusDist = buildSite(`bench-relevance-${documents}`, { contentDir: corpus, now: '2024-06-01' });
	}
	const synthetic = await measureRelevance(path.resolve(corpusDist), syntheticJudgments(corpus));
	if (values.json) {
		io.out(JSON.stringify({ sample, synthetic }, null, 2));
		return 0;
	}
	describe('Sample site', sample, values.verbose, io);
	describe('Synthetic corpus', synthetic, values.verbose, io);
	return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
	process.exitCode = await runCli(process.argv.slice(2), { out: (line) => console.log(line) });
}
