import { describe, expect, it } from 'vitest';
import { visiblePages } from '../../src/components/pagination-window.ts';

describe('visiblePages', () => {
	it('links every page of a short list', () => {
		expect(visiblePages(1, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(visiblePages(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('links the first, the last and two either side of the current page of a long list, with gaps between', () => {
		expect(visiblePages(7, 500)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 'gap', 500]);
		expect(visiblePages(1, 500)).toEqual([1, 2, 3, 'gap', 500]);
		expect(visiblePages(500, 500)).toEqual([1, 'gap', 498, 499, 500]);
	});

	it('shows a single missing page instead of a gap', () => {
		expect(visiblePages(5, 500)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 500]);
	});

	it('keeps a list of one page to one link', () => {
		expect(visiblePages(1, 1)).toEqual([1]);
	});
});
