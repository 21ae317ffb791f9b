import { describe, expect, it } from 'vitest';
import { trailWindow, type WindowStep } from '../../src/components/trail-window.ts';

/** A trail written as a string: "d" a plain document, "M" a milestone with its document, "m" one still waiting for it. */
const trail = (shape: string): (WindowStep & { name: string })[] =>
	[...shape].map((c, i) => ({ name: `${c}${i}`, kind: c === 'd' ? 'van-ban' : 'phat-dong', document: c === 'm' ? undefined : { id: `${c}${i}` } }));
/** The window as the same letters, with the size of each gap in brackets. */
const shown = (steps: ReturnType<typeof trail>, current: string) =>
	trailWindow(steps, current).map((item) => ('gap' in item ? `[${item.gap}]` : item.step.name)).join(' ');

describe('trailWindow: a document page shows its place in the campaign', () => {
	it('keeps a short trail whole', () => {
		expect(shown(trail('ddd'), 'd1')).toBe('d0 d1 d2');
		expect(shown(trail('Mddm'), 'd2')).toBe('M0 d1 d2 m3');
	});

	it('shows the first and last steps, the steps either side of the document read, and how many are left out', () => {
		expect(shown(trail('dddddddddddd'), 'd6')).toBe('d0 [4] d5 d6 d7 [3] d11');
		expect(shown(trail('dddddddddddd'), 'd0')).toBe('d0 d1 [9] d11');
		expect(shown(trail('dddddddddddd'), 'd11')).toBe('d0 [9] d10 d11');
	});

	it('always keeps every milestone of the plan, with or without its document', () => {
		expect(shown(trail('Mdddddddddmddddm'), 'd8')).toBe('M0 [6] d7 d8 d9 m10 [4] m15');
	});

	it('shows a single left-out step instead of a gap of one', () => {
		expect(shown(trail('dddddd'), 'd3')).toBe('d0 d1 d2 d3 d4 d5');
		expect(shown(trail('ddddddd'), 'd4')).toBe('d0 [2] d3 d4 d5 d6');
	});

	it('keeps the whole trail in order when the document is not in it, never dropping a milestone', () => {
		expect(shown(trail('dMddddd'), 'x')).toBe('d0 M1 [4] d6');
	});
});
