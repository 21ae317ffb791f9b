import type { ChartSpec } from '../charts/chart-spec.ts';
import { yearOf } from '../lib/dates.ts';
import { byAgency, byForm, byLevel, byYear, type Facet, type FacetSources } from './facets.ts';
import { tally, type Honour } from './roll.ts';

const UNIT = 'lượt khen thưởng';

/**
 * The honour charts of the statistics page. Each table shows the decisions
 * and the split by kind behind its bars; households get a column only when
 * there are any, so the tables carry no column of zeros.
 */
export function honourCharts(roll: readonly Honour[], sources: FacetSources): ChartSpec[] {
	const withHouseholds = tally(roll).households > 0;
	const columns = ['Quyết định', 'Tập thể', 'Cá nhân', ...(withHouseholds ? ['Hộ gia đình'] : []), 'Tổng số lượt'];
	const numbers = (honours: readonly Honour[]) => {
		const t = tally(honours);
		return [t.decisions, t.collectives, t.individuals, ...(withHouseholds ? [t.households] : []), t.total];
	};
	const chart = (id: string, title: string, label: string, facets: Facet[]): ChartSpec => ({
		id,
		title,
		unit: UNIT,
		bars: facets.map((f) => ({ label: f.label, value: f.honours.length })),
		table: {
			columns: [label, ...columns] as [string, ...string[]],
			rows: facets.map((f) => ({ label: f.label, href: f.href, values: numbers(f.honours) })),
			totals: numbers(roll),
		},
	});
	return [
		chart('theo-nam', 'Lượt khen thưởng theo năm', 'Năm', byYear(roll).reverse()),
		chart('theo-hinh-thuc', 'Lượt khen thưởng theo hình thức, danh hiệu', 'Hình thức, danh hiệu', byForm(roll)),
		chart('theo-co-quan', 'Lượt khen thưởng theo cơ quan khen thưởng', 'Cơ quan', byAgency(roll, sources)),
		chart('theo-cap', 'Lượt khen thưởng theo cấp của cơ quan khen thưởng', 'Cấp', byLevel(roll, sources)),
	];
}

/** Campaigns by the year they start, oldest first. */
export function campaignChart(campaigns: readonly { data: { start: string } }[]): ChartSpec {
	const counts = new Map<number, number>();
	for (const c of campaigns) counts.set(yearOf(c.data.start), (counts.get(yearOf(c.data.start)) ?? 0) + 1);
	const years = [...counts].sort(([a], [b]) => a - b);
	return {
		id: 'phong-trao-theo-nam',
		title: 'Phong trào thi đua theo năm bắt đầu',
		unit: 'phong trào',
		bars: years.map(([year, count]) => ({ label: `Năm ${year}`, value: count })),
		table: {
			columns: ['Năm', 'Số phong trào'],
			rows: years.map(([year, count]) => ({ label: `Năm ${year}`, values: [count] })),
			totals: [campaigns.length],
		},
	};
}
