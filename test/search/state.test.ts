import { describe, expect, it } from 'vitest';
import { hasCriteria, pagefindFilters, pagefindSort, readState, writeState } from '../../src/search/state.ts';

const read = (query: string) => readState(new URLSearchParams(query));

describe('search state in the URL', () => {
	it('reads a spokesperson’s link: query, facets and order', () => {
		const state = read('q=k%E1%BA%BF+ho%E1%BA%A1ch&loai=ke-hoach&nam=2024&co-quan=ubnd-huyen-mo-duc&sap-xep=moi-nhat');
		expect(state).toEqual({ query: 'kế hoạch', filters: { loai: ['ke-hoach'], nam: ['2024'], 'co-quan': ['ubnd-huyen-mo-duc'] }, sort: 'moi-nhat' });
	});

	it('accepts repeated parameters and comma lists, ignores unknown ones and bad orders', () => {
		const state = read('loai=ke-hoach&loai=tin-bai,ke-hoach&utm_source=zalo&sap-xep=ngau-nhien');
		expect(state.filters).toEqual({ loai: ['ke-hoach', 'tin-bai'] });
		expect(state.sort).toBe('');
	});

	it('writes a state back in a stable order, and reads it back unchanged', () => {
		const state = { query: ' thi đua ', filters: { nam: ['2024'], loai: ['ke-hoach', 'tin-bai'] }, sort: 'cu-nhat' as const };
		const written = writeState(state);
		expect(written).toBe('?q=thi+%C4%91ua&loai=ke-hoach&loai=tin-bai&nam=2024&sap-xep=cu-nhat');
		expect(read(written.slice(1))).toEqual({ ...state, query: 'thi đua' });
		expect(writeState({ query: '', filters: {}, sort: '' })).toBe('');
	});

	it('knows when there is nothing to search for', () => {
		expect(hasCriteria(read(''))).toBe(false);
		expect(hasCriteria(read('q=+'))).toBe(false);
		expect(hasCriteria(read('nam=2024'))).toBe(true);
	});

	it('turns facets into Pagefind filters: any value within a facet, all facets together', () => {
		const state = read('loai=ke-hoach&loai=tin-bai&nam=2024');
		expect(pagefindFilters(state)).toEqual({ loai: { any: ['ke-hoach', 'tin-bai'] }, nam: { any: ['2024'] } });
		expect(pagefindFilters(state, 'loai')).toEqual({ nam: { any: ['2024'] } });
	});

	it('sorts by relevance with a query, newest first without one', () => {
		expect(pagefindSort(read('q=thi+dua'))).toBeUndefined();
		expect(pagefindSort(read('nam=2024'))).toEqual({ ngay: 'desc' });
		expect(pagefindSort(read('q=thi+dua&sap-xep=cu-nhat'))).toEqual({ 'ngay-tang': 'asc' });
	});
});
