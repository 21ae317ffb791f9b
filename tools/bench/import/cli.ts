/**
 * npm run bench:import [-- <fixtures dir>] (e.g. test/fixtures/import/held-out): field accuracy of the importer on
 * the public benchmark, per field and per document, with every miss marked
 * as warned (a person is told to look) or silent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCases, runCase, type CaseScore } from './score.ts';

export interface CliIo {
	out: (text: string) => void;
}

const percent = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : '—');
const shown = (value: unknown) => (value === undefined ? '(trống)' : JSON.stringify(value));

export function summarise(scores: CaseScore[]): { right: number; total: number; silent: number } {
	const fields = scores.flatMap((s) => s.fields);
	return { right: fields.filter((f) => f.right).length, total: fields.length, silent: fields.filter((f) => !f.right && !f.warned).length };
}

export function runCli(argv: string[], io: CliIo = { out: (t) => process.stdout.write(`${t}\n`) }): number {
	const base = path.resolve('test', 'fixtures', 'import');
	const dir = path.resolve(argv[0] ?? base);
	// A held-out folder shares the benchmark's agency register unless it has its own.
	const agencies = fs.existsSync(path.join(dir, 'agencies')) ? path.join(dir, 'agencies') : path.join(base, 'agencies');
	const scores = loadCases(dir).map((c) => runCase(c, agencies));
	io.out(`Importer accuracy on ${scores.length} real documents (${dir})\n`);
	io.out('Per document:');
	for (const score of scores) {
		const { right, total } = summarise([score]);
		io.out(`  ${score.name.padEnd(46)} ${score.via.padEnd(5)} ${String(right).padStart(2)}/${String(total).padEnd(2)} ${percent(right, total)}`);
		for (const miss of score.fields.filter((f) => !f.right)) {
			io.out(`      ${miss.warned ? 'warned' : 'SILENT'} ${miss.field}: expected ${shown(miss.expected)}, got ${shown(miss.actual)}`);
		}
	}
	io.out('\nPer field:');
	const byField = new Map<string, { right: number; total: number; silent: number }>();
	for (const f of scores.flatMap((s) => s.fields)) {
		const entry = byField.get(f.field) ?? { right: 0, total: 0, silent: 0 };
		entry.total++;
		if (f.right) entry.right++;
		else if (!f.warned) entry.silent++;
		byField.set(f.field, entry);
	}
	for (const [field, e] of [...byField].sort()) io.out(`  ${field.padEnd(16)} ${String(e.right).padStart(3)}/${String(e.total).padEnd(3)} ${percent(e.right, e.total).padStart(6)}${e.silent ? `  (${e.silent} silent)` : ''}`);
	const total = summarise(scores);
	io.out(`\nAll fields: ${total.right}/${total.total} right (${percent(total.right, total.total)}); misses without a warning: ${total.silent}`);
	return 0;
}

if (import.meta.main) process.exitCode = runCli(process.argv.slice(2));
