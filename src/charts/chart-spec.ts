import type { Bar } from './bar-chart.ts';

/** One chart of the statistics page and the table of the same numbers beside it. */
export interface ChartSpec {
	/** Unique on the page; also the section's anchor. */
	id: string;
	title: string;
	/** What the bars count, e.g. "lượt khen thưởng". */
	unit: string;
	bars: Bar[];
	table: {
		/** Header of the label column, then of each number column. */
		columns: [string, ...string[]];
		rows: { label: string; href?: string; values: number[] }[];
		/** Column totals; omitted when a total would mean nothing. */
		totals?: number[];
	};
}
