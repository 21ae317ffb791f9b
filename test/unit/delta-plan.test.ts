import { describe, expect, it } from 'vitest';
import { DELTA_MAX_SHARE, DELTA_MIN_PAGES, planIndex, type BaseRecord, type IndexState } from '../../src/search/delta-plan.ts';
import { supersededDropped, supersededResponse } from '../../src/search/delta-index.ts';
import type { PagefindResult, PagefindSearch } from '../../src/search/pagefind-api.ts';

function site(count: number): Map<string, string> {
	return new Map(Array.from({ length: count }, (_, i) => [`p${i}/index.html`, `sha${i}`]));
}

function baseOf(staged: ReadonlyMap<string, string>): BaseRecord {
	const pages = Object.fromEntries([...staged].map(([page, sha256], i) => [page, { sha256, id: `vi_${i}` }]));
	return { version: 'v1', common: 'c1', entry: 'e1', pages, superseded: {}, linked: [] };
}

const state = (staged: Map<string, string>, changes: Partial<IndexState> = {}): IndexState => ({ version: 'v1', common: 'c1', entry: 'e1', staged, ...changes });

describe('planIndex', () => {
	const staged = site(100);
	const base = baseOf(staged);

	it('writes a delta of nothing when nothing changed', () => {
		expect(planIndex(base, state(staged))).toEqual({ kind: 'delta', pages: [], superseded: [] });
	});

	it('puts edited pages in the delta, each superseding its base version', () => {
		const now = new Map(staged).set('p4/index.html', 'edited');
		expect(planIndex(base, state(now))).toEqual({ kind: 'delta', pages: ['p4/index.html'], superseded: ['p4/index.html'] });
	});

	it('indexes everything for a new page, which a date-sorted list could not place', () => {
		const now = new Map(staged).set('new/index.html', 'sha-new');
		expect(planIndex(base, state(now))).toMatchObject({ kind: 'full', reason: expect.stringMatching(/^1 trang mới/) });
	});

	it('keeps a page superseded by an earlier delta in the delta, even when its bytes are the base’s again', () => {
		const earlier = { ...base, superseded: { 'p9/index.html': { filters: {} } } };
		expect(planIndex(earlier, state(staged))).toEqual({ kind: 'delta', pages: ['p9/index.html'], superseded: ['p9/index.html'] });
	});

	it('indexes everything when a page left publication, whatever else', () => {
		const now = new Map(staged);
		now.delete('p7/index.html');
		expect(planIndex(base, state(now))).toMatchObject({ kind: 'full', reason: expect.stringMatching(/^1 trang không còn công khai/) });
	});

	it('indexes everything when the code, the common words or the bundle in the output differ, or there is no base', () => {
		expect(planIndex(undefined, state(staged)).kind).toBe('full');
		expect(planIndex(base, state(staged, { version: 'v2' })).kind).toBe('full');
		expect(planIndex(base, state(staged, { common: 'c2' })).kind).toBe('full');
		expect(planIndex(base, state(staged, { entry: 'other' })).kind).toBe('full');
		expect(planIndex(base, state(staged, { entry: undefined })).kind).toBe('full');
	});

	it('indexes everything past the threshold: the larger of a minimum and a share of the pages', () => {
		const edit = (all: Map<string, string>, count: number) => new Map([...all].map(([page, sha], i) => [page, i < count ? `${sha}-edited` : sha]));
		expect(planIndex(base, state(edit(staged, DELTA_MIN_PAGES))).kind).toBe('delta');
		expect(planIndex(base, state(edit(staged, DELTA_MIN_PAGES + 1)))).toMatchObject({ kind: 'full', reason: expect.stringMatching(/quá ngưỡng/) });
		const large = site(10_000);
		const share = Math.ceil(10_000 * DELTA_MAX_SHARE);
		expect(planIndex(baseOf(large), state(edit(large, share))).kind).toBe('delta');
		expect(planIndex(baseOf(large), state(edit(large, share + 1))).kind).toBe('full');
	});
});

describe('superseded base results', () => {
	const result = (id: string, score: number): PagefindResult => ({ id, score, data: async () => ({ url: `/${id}/`, content: '', excerpt: '', meta: {}, filters: {} }) });
	const superseded = new Map([
		['old-a', { by: 'new-a', filters: { loai: ['Văn bản'] } }],
		['old-b', { by: 'new-b', filters: { loai: ['Văn bản'] } }],
	]);

	it('are replaced in place by their new version, with the old score, or dropped when the new one does not match', () => {
		const results = [result('x', 9), result('old-a', 8), result('old-b', 7), result('y', 6), result('new-a', 0.5)];
		expect(supersededDropped(results, superseded).map((one) => [one.id, one.score])).toEqual([
			['x', 9],
			['new-a', 8],
			['y', 6],
		]);
	});

	it('take the old version’s place even when the delta scores the new one higher, its own scores being of a few pages', () => {
		expect(supersededDropped([result('new-a', 9), result('x', 5), result('old-a', 1)], superseded).map((one) => [one.id, one.score])).toEqual([
			['x', 5],
			['new-a', 1],
		]);
	});

	it('leave the facet counts as if the base held the new versions only', () => {
		const response: PagefindSearch = {
			results: [result('old-a', 8), result('new-a', 1)],
			unfilteredResultCount: 2,
			filters: { loai: { 'Văn bản': 2 } },
			totalFilters: { loai: { 'Văn bản': 12 } },
		};
		const less = supersededResponse(response, superseded);
		expect(less.results.map((one) => one.id)).toEqual(['new-a']);
		expect(less.unfilteredResultCount).toBe(1);
		expect(less.filters).toEqual({ loai: { 'Văn bản': 1 } });
		expect(less.totalFilters).toEqual({ loai: { 'Văn bản': 10 } });
	});
});
