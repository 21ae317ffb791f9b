/**
 * Layout of a horizontal bar chart, computed at build time and drawn as
 * SVG by ChartBars.astro. Bars are horizontal so Vietnamese labels of any
 * length sit above their bar in full instead of being cut under an axis.
 * Widths are percentages and text sizes pixels, so the chart fills a phone
 * or a desktop column without its text shrinking.
 */
export interface Bar {
	label: string;
	value: number;
}

export interface BarRow {
	lines: { text: string; y: number }[];
	value: number;
	/** Bar length, as a percentage of the chart width. */
	width: number;
	barY: number;
	/** Baseline of the value printed after the bar. */
	valueY: number;
}

export interface BarChartLayout {
	rows: BarRow[];
	height: number;
	barHeight: number;
	fontSize: number;
}

const FONT_SIZE = 16;
const LINE_HEIGHT = 20;
const BAR_HEIGHT = 22;
const ROW_GAP = 16;
/** The longest bar leaves room after it for its value. */
const MAX_BAR_WIDTH = 80;
/** About what fits in one line on a 320px phone at 16px. */
const LABEL_CHARS = 34;

/** Greedy word wrap: SVG text does not wrap by itself. */
export function wrapLabel(text: string, maxChars = LABEL_CHARS): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && (last + ' ' + word).length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.length ? lines : [''];
}

export function layoutBarChart(bars: readonly Bar[]): BarChartLayout {
	const max = Math.max(0, ...bars.map((bar) => bar.value));
	let y = 0;
	const rows = bars.map((bar) => {
		const lines = wrapLabel(bar.label).map((text) => {
			y += LINE_HEIGHT;
			return { text, y: y - 5 };
		});
		const barY = y + 4;
		y = barY + BAR_HEIGHT + ROW_GAP;
		const width = max > 0 ? Math.round((bar.value / max) * MAX_BAR_WIDTH * 10) / 10 : 0;
		return { lines, value: bar.value, width, barY, valueY: barY + BAR_HEIGHT / 2 + FONT_SIZE / 3 };
	});
	return { rows, height: Math.max(y - ROW_GAP + 2, 0), barHeight: BAR_HEIGHT, fontSize: FONT_SIZE };
}

/** The chart in words, for its <desc>: every bar, then the largest. */
export function describeBars(bars: readonly Bar[], unit: string): string {
	if (bars.length === 0) return 'Chưa có số liệu.';
	const list = bars.map((bar) => `${bar.label}: ${bar.value.toLocaleString('vi-VN')} ${unit}`).join('; ');
	const top = bars.reduce((best, bar) => (bar.value > best.value ? bar : best));
	return `Biểu đồ thanh ngang, ${bars.length} mục. ${list}. Nhiều nhất: ${top.label}.`;
}
