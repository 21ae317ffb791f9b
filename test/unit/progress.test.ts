import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressReporter } from '../../src/integrations/progress.ts';

afterEach(() => vi.restoreAllMocks());

function reporter() {
	let clock = 0;
	vi.spyOn(performance, 'now').mockImplementation(() => clock);
	const lines: string[] = [];
	const report = progressReporter({ info: (line: string) => lines.push(line) }, 'Ảnh chia sẻ', 3000);
	return { report, lines, advance: (ms: number) => (clock += ms) };
}

describe('progressReporter', () => {
	it('prints Vietnamese counts with the time left, at most every few seconds, and always the last line', () => {
		const { report, lines, advance } = reporter();
		report(0, 1200);
		advance(1000);
		report(100, 1200);
		advance(2500);
		report(300, 1200);
		advance(9000);
		report(1200, 1200);
		expect(lines).toEqual([
			'Ảnh chia sẻ: 0/1.200 (0%)',
			'Ảnh chia sẻ: 300/1.200 (25%), còn khoảng 11 giây',
			'Ảnh chia sẻ: 1.200/1.200 (100%)',
		]);
	});

	it('estimates the time left from the rate since reporting began, not from work done before', () => {
		const { report, lines, advance } = reporter();
		report(6000, 12000);
		advance(3000);
		report(6300, 12000);
		// 300 in 3 s: the 5,700 left take about 57 s, not the 3 s that 6,300 done would suggest.
		expect(lines.at(-1)).toBe('Ảnh chia sẻ: 6.300/12.000 (53%), còn khoảng 57 giây');
	});
});
