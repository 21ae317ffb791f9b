import { describe, expect, it } from 'vitest';
import type { NationalAnswer, NationalResult } from '../../src/search/national-client.ts';
import { nationalAnswers, nationalTier, RETRY_AFTER_MS } from '../../src/search/national-search.ts';
import { readState } from '../../src/search/state.ts';

/**
 * The search page's national tier (national-search.ts) against a stand-in
 * endpoint that answers from a list of 23 ranked results (20 full, 3
 * approximate), ten a page: the counts and the total reach the page, later
 * pages are asked once each when shown, a failure keeps the page on its own
 * index for a while, and orders the endpoint does not serve go to Pagefind.
 */
const ENDPOINT = 'https://quoc-gia.example.vn/api/tim-kiem';
const RANKED = 23;
const APPROXIMATE = 3;
const COUNTS = { tinh: { 'quang-ngai': 17, hue: 6 }, loai: { 'ke-hoach': 23 } };

const resultAt = (i: number): NationalResult => ({
	title: `Kế hoạch số ${i + 1}`,
	url: `https://quangngai.example.vn/van-ban/ubnd/2024/ke-hoach-${i + 1}/`,
	type: 'Kế hoạch',
	kind: 'ke-hoach',
	excerpt: [{ text: `thi đua ${i + 1}`, mark: true }],
	approximate: i >= RANKED - APPROXIMATE,
});

/** A stand-in endpoint; `requests` records each page asked, `counted` whether it asked for counts (dem=1), `down` makes it fail. */
function endpoint() {
	const requests: number[] = [];
	const counted: boolean[] = [];
	const state = { down: false };
	const fetch = async (url: string | URL | Request) => {
		const params = new URL(String(url)).searchParams;
		const page = Number(params.get('trang') ?? '1');
		requests.push(page);
		counted.push(params.get('dem') === '1');
		if (state.down) return new Response('{}', { status: 503 });
		const body: NationalAnswer = {
			query: 'thi đua',
			total: 412,
			more: false,
			ranked: RANKED,
			approximate: APPROXIMATE,
			...(params.get('dem') === '1' && { counts: COUNTS }),
			results: Array.from({ length: RANKED }, (_, i) => resultAt(i)).slice((page - 1) * 10, page * 10),
		};
		return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
	};
	return { requests, counted, state, fetch: fetch as typeof globalThis.fetch };
}

const STATE = readState(new URLSearchParams('q=thi đua&tinh=quang-ngai'));

describe('the national tier on the search page', () => {
	it('brings the facet counts when asked, the total to announce and every ranked result, in the list shape with the type key', async () => {
		const { fetch, requests, counted } = endpoint();
		const outcome = (await nationalTier(ENDPOINT, { fetch }).search(STATE, true))!;
		expect(outcome.counts).toEqual(COUNTS);
		expect(counted).toEqual([true]);
		// 412 full matches, and the 3 approximate ones ranked after them.
		expect(outcome.total).toBe(412 + APPROXIMATE);
		expect(outcome.results).toHaveLength(RANKED);
		expect(outcome.results.map((one) => one.approximate)).toEqual(Array.from({ length: RANKED }, (_, i) => i >= RANKED - APPROXIMATE));
		expect(outcome.results[0]!.data).toMatchObject({ url: resultAt(0).url, filters: { loai: ['ke-hoach'] } });
		expect(requests).toEqual([1]);
	});

	it('asks for counts only when the page wants them (its filter panel open): none for a closed panel', async () => {
		const { fetch, counted } = endpoint();
		const outcome = (await nationalTier(ENDPOINT, { fetch }).search(STATE))!;
		expect(outcome.counts).toEqual({});
		expect(outcome.total).toBe(412 + APPROXIMATE);
		expect(counted).toEqual([false]);
	});

	it('asks for a later page once, when one of its results is first shown, without counts', async () => {
		const { fetch, requests, counted } = endpoint();
		const outcome = (await nationalTier(ENDPOINT, { fetch }).search(STATE, true))!;
		expect(outcome.results[10]!.data).toBeUndefined();
		const second = await Promise.all(outcome.results.slice(10, 20).map((one) => one.result.data()));
		expect(second.map((data) => data.meta.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Kế hoạch số ${i + 11}`));
		const third = await Promise.all(outcome.results.slice(20).map((one) => one.result.data()));
		expect(third.map((data) => data.url)).toEqual([20, 21, 22].map((i) => resultAt(i).url));
		expect(requests).toEqual([1, 2, 3]);
		expect(counted).toEqual([true, false, false]);
	});

	it('rejects a later page the endpoint no longer answers, and asks again on the next try', async () => {
		const { fetch, requests, state } = endpoint();
		const outcome = (await nationalTier(ENDPOINT, { fetch }).search(STATE))!;
		state.down = true;
		await expect(outcome.results[12]!.result.data()).rejects.toThrow(/trang 2/);
		state.down = false;
		expect((await outcome.results[12]!.result.data()).meta.title).toBe('Kế hoạch số 13');
		expect(requests).toEqual([1, 2, 2]);
	});

	it(`leaves searches to the own index for ${RETRY_AFTER_MS / 1000} s after a failure, then asks again`, async () => {
		const { fetch, requests, state } = endpoint();
		let clock = 1_000;
		const tier = nationalTier(ENDPOINT, { fetch, now: () => clock });
		state.down = true;
		expect(await tier.search(STATE)).toBeUndefined();
		state.down = false;
		clock += RETRY_AFTER_MS - 1;
		expect(await tier.search(STATE)).toBeUndefined();
		expect(requests).toEqual([1]);
		clock += 1;
		expect(await tier.search(STATE)).toBeDefined();
		expect(requests).toEqual([1, 1]);
	});

	it('asks nothing while the browser is offline', async () => {
		const { fetch, requests } = endpoint();
		expect(await nationalTier(ENDPOINT, { fetch, online: () => false }).search(STATE)).toBeUndefined();
		expect(requests).toEqual([]);
	});

	it.each([
		['q=thi dua', true],
		['q=thi dua&sap-xep=', true],
		['tinh=quang-ngai', true],
		['tinh=quang-ngai&sap-xep=moi-nhat', true],
		['q=thi dua&sap-xep=moi-nhat', false],
		['q=thi dua&sap-xep=cu-nhat', false],
		['tinh=quang-ngai&sap-xep=cu-nhat', false],
		['', false],
	])('"%s" is answered by the national tier: %s', async (query, expected) => {
		const state = readState(new URLSearchParams(query));
		expect(nationalAnswers(state)).toBe(expected);
		const { fetch, requests } = endpoint();
		expect((await nationalTier(ENDPOINT, { fetch }).search(state)) !== undefined).toBe(expected);
		expect(requests.length).toBe(expected ? 1 : 0);
	});
});
