import { describe, expect, it } from 'vitest';
import { askNational, nationalSearchUrl, type NationalAnswer } from '../../src/search/national-client.ts';
import { searchNationalFirst } from '../../src/search/national-search.ts';
import type { SearchOutcome } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';

/**
 * The search page's national-first client, against stand-in endpoints: it
 * takes a good answer, and for every kind of failure (an error status, a
 * hang past the timeout, a network error, an answer of another shape, an
 * unsafe link) it gives the site's own search instead. The real endpoint is
 * asked in national.site.test.ts.
 */
const ENDPOINT = 'https://quoc-gia.example.vn/api/tim-kiem';
const STATE = readState(new URLSearchParams('q=Nguyễn Văn Hiếu&tinh=quang-ngai&loai=ke-hoach&loai=phong-trao'));
const ANSWER: NationalAnswer = {
	query: 'Nguyễn Văn Hiếu',
	total: 1,
	more: false,
	ranked: 1,
	approximate: 0,
	results: [
		{
			title: 'Quyết định phong tặng danh hiệu Chiến sĩ thi đua toàn quốc',
			url: 'https://mau.example.vn/van-ban/thu-tuong-chinh-phu/2008/qd-ben-tre/',
			type: 'Quyết định khen thưởng',
			agency: 'Thủ tướng Chính phủ',
			date: '05/03/2008',
			number: '256/QĐ-TTg',
			excerpt: [
				{ text: '… ông ', mark: false },
				{ text: 'Nguyễn Văn Hiếu', mark: true },
			],
			approximate: false,
		},
	],
};
const OWN: SearchOutcome = { results: [], counts: { loai: { 'ke-hoach': 3 } } };

const json = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function run(fetch: typeof globalThis.fetch, configured = true) {
	let ownCalls = 0;
	const outcome = await searchNationalFirst(configured ? ENDPOINT : undefined, STATE, async () => (ownCalls++, OWN), { fetch, timeoutMs: 200 });
	return { outcome, ownCalls };
}

describe('the national-first search client', () => {
	it('asks with the search page parameters', () => {
		const url = new URL(nationalSearchUrl(ENDPOINT, STATE));
		expect(url.origin + url.pathname).toBe(ENDPOINT);
		expect(url.searchParams.get('q')).toBe('Nguyễn Văn Hiếu');
		expect(url.searchParams.getAll('loai')).toEqual(['ke-hoach', 'phong-trao']);
		expect(url.searchParams.getAll('tinh')).toEqual(['quang-ngai']);
	});

	it('shows the national answer in the list shape, without asking the own index', async () => {
		const { outcome, ownCalls } = await run(json(ANSWER));
		expect(ownCalls).toBe(0);
		expect(outcome.national).toBe(true);
		expect(outcome.results).toHaveLength(1);
		const data = await outcome.results[0]!.result.data();
		expect(data.url).toBe(ANSWER.results[0]!.url);
		expect(data.meta).toMatchObject({ title: ANSWER.results[0]!.title, so: '256/QĐ-TTg', ngay: '05/03/2008', 'co-quan': 'Thủ tướng Chính phủ', loai: 'Quyết định khen thưởng' });
		expect(data.content).toBe('… ông Nguyễn Văn Hiếu');
	});

	it('uses the own index when no endpoint is configured, without any request', async () => {
		let requests = 0;
		const { outcome, ownCalls } = await run(async () => (requests++, new Response('{}')), false);
		expect([requests, ownCalls, outcome.national]).toEqual([0, 1, false]);
		expect(outcome.counts).toEqual(OWN.counts);
	});

	it.each([
		['an error status (503)', json({ error: 'tạm thời không trả lời' }, 503)],
		['a network error', async () => Promise.reject(new TypeError('fetch failed'))],
		['an answer of another shape', json({ results: 'none' })],
		['a result link that is not a web address', json({ ...ANSWER, results: [{ ...ANSWER.results[0]!, url: 'javascript:alert(1)' }] })],
		['a body that is not JSON', async () => new Response('<html>', { status: 200 })],
		['facet counts of another shape', json({ ...ANSWER, counts: { tinh: { hue: 'ba' } } })],
		['a type key that is no key', json({ ...ANSWER, results: [{ ...ANSWER.results[0]!, kind: 'ke-hoach" onclick="x' }] })],
	])('falls back to the own index on %s', async (_, fetch) => {
		const { outcome, ownCalls } = await run(fetch as typeof globalThis.fetch);
		expect([ownCalls, outcome.national]).toEqual([1, false]);
	});

	it('stops waiting at the timeout and falls back', async () => {
		let aborted = false;
		// An endpoint that never answers: only the timeout can end the wait.
		const hanging = (_: unknown, init?: RequestInit) =>
			new Promise<Response>((_, reject) =>
				init?.signal?.addEventListener('abort', () => {
					aborted = true;
					reject(new DOMException('aborted', 'AbortError'));
				}),
			);
		expect(await askNational(ENDPOINT, STATE, { fetch: hanging as typeof fetch, timeoutMs: 20 })).toBeUndefined();
		expect(aborted).toBe(true);
		const { ownCalls } = await run(hanging as typeof fetch);
		expect(ownCalls).toBe(1);
	});
});
