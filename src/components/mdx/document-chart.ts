import type { ChartSpec } from '../../charts/chart-spec.ts';
import { resolveHonourees } from '../../lib/document-view.ts';
import type { DocumentData } from '../../schema/document.ts';

const KINDS = [
	{ kind: 'tap-the', label: 'Tập thể' },
	{ kind: 'ca-nhan', label: 'Cá nhân' },
	{ kind: 'ho-gia-dinh', label: 'Hộ gia đình' },
] as const;

/**
 * One document's honourees by award form, in the order the forms first
 * appear in the decision; a kind gets a column only when the decision has
 * some, so the table carries no column of zeros.
 */
export function documentChart(data: Pick<DocumentData, 'honourees' | 'award'>): ChartSpec {
	const honourees = resolveHonourees(data);
	const byForm = new Map<string, typeof honourees>();
	for (const h of honourees) byForm.set(h.awardLabel, [...(byForm.get(h.awardLabel) ?? []), h]);
	const kinds = KINDS.filter(({ kind }) => honourees.some((h) => h.kind === kind));
	const numbers = (rows: typeof honourees) => [...kinds.map(({ kind }) => rows.filter((h) => h.kind === kind).length), rows.length];
	return {
		id: 'bieu-do-khen-thuong',
		title: 'Số tập thể, cá nhân được khen thưởng theo hình thức',
		unit: 'lượt khen thưởng',
		bars: [...byForm].map(([label, rows]) => ({ label, value: rows.length })),
		table: {
			columns: ['Hình thức, danh hiệu', ...kinds.map(({ label }) => label), 'Tổng số'],
			rows: [...byForm].map(([label, rows]) => ({ label, values: numbers(rows) })),
			totals: byForm.size > 1 ? numbers(honourees) : undefined,
		},
	};
}
