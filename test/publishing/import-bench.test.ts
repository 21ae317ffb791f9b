/**
 * The public accuracy benchmark as a test: on the real documents of
 * test/fixtures/import, at least 95% of the expected fields are right and
 * every miss carries a warning. Scans are left to `npm run bench:import` and
 * import-inputs.test.ts, since OCR of full pages takes about 20 s each here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCases, runCase } from '../../tools/bench/import/score.ts';
import { summarise } from '../../tools/bench/import/cli.ts';

const DIR = path.resolve('test', 'fixtures', 'import');
const cases = loadCases(DIR).filter((c) => !/\.(png|jpe?g|tiff?)$|-quet\.pdf$/.test(c.input));
const scores = cases.map((c) => runCase(c, path.join(DIR, 'agencies')));

describe('importer accuracy benchmark (text, Word and PDF inputs)', () => {
	it('covers at least 20 real documents of every kind', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
		const types = new Set(cases.map((c) => c.expected.type));
		expect([...types].sort()).toEqual(['ke-hoach', 'quyet-dinh-khen-thuong', 'thong-bao-ket-luan', 'tin-bai']);
		expect(new Set(cases.map((c) => path.extname(c.input)))).toEqual(new Set(['.txt', '.docx', '.pdf']));
	});

	it('gets at least 95% of the fields right', () => {
		const { right, total } = summarise(scores);
		expect(total).toBeGreaterThan(100);
		expect(right / total).toBeGreaterThanOrEqual(0.95);
	});

	it('never misses a field silently', () => {
		const silent = scores.flatMap((s) => s.fields.filter((f) => !f.right && !f.warned).map((f) => `${s.name} ${f.field}: ${JSON.stringify(f.expected)} ≠ ${JSON.stringify(f.actual)}`));
		expect(silent).toEqual([]);
	});
});
