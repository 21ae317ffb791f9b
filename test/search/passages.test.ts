import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { knownText, LEAD_WORDS, namePassages, PASSAGE_WORDS, passageOf, passagesToRead, splitText, wordsOf, type PassageIndex } from '../../src/search/passages.ts';
import { slimFragment } from '../../src/search/fragments.ts';
import { withPassages } from '../../src/search/passage-text.ts';
import { highlightedExcerpt } from '../../src/search/highlight.ts';
import { matchOf } from '../../src/search/relevance.ts';
import { GAP, queryWords } from '../../src/search/words.ts';
import type { PagefindResult, PagefindResultData } from '../../src/search/pagefind-api.ts';

/** A text of `count` words "w0 w1 …", so a word's position is its number. */
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');
const index = (passages: number, extra: Partial<PassageIndex> = {}): PassageIndex => ({ lead: 40, size: 40, ends: Array.from({ length: passages }, (_, i) => (i + 1) * 10), ...extra });

describe('a page cut into passages', () => {
	it('keeps the lead in the fragment and cuts the rest into passages of PASSAGE_WORDS, word positions as Pagefind counts them', () => {
		const text = numbered(LEAD_WORDS + 2 * PASSAGE_WORDS + 5);
		const { lead, passages } = splitText(text);
		expect(wordsOf(lead)).toEqual(wordsOf(text).slice(0, LEAD_WORDS));
		expect(passages.map(wordsOf).map((words) => words[0])).toEqual([`w${LEAD_WORDS}`, `w${LEAD_WORDS + PASSAGE_WORDS}`, `w${LEAD_WORDS + 2 * PASSAGE_WORDS}`]);
		expect([lead, ...passages].join(' ')).toBe(text);
		expect(passageOf(LEAD_WORDS - 1, { lead: LEAD_WORDS, size: PASSAGE_WORDS })).toBe(-1);
		expect(passageOf(LEAD_WORDS + PASSAGE_WORDS, { lead: LEAD_WORDS, size: PASSAGE_WORDS })).toBe(1);
	});

	it('keeps a short page whole', () => {
		const text = numbered(LEAD_WORDS + PASSAGE_WORDS / 2);
		expect(splitText(text)).toEqual({ lead: text, passages: [] });
	});

	it('writes a fragment with the lead and a passage file whose passages inflate one by one', () => {
		const text = numbered(200);
		const fragment = { url: '/a/', content: text, meta: { title: 'T', ten: 'Nguyễn Văn A; w150 w151' }, anchors: [], filters: {}, word_count: 200 };
		const slim = slimFragment(JSON.stringify(fragment));
		const written = JSON.parse(slim.fragment) as typeof fragment & { passages: PassageIndex };
		expect(wordsOf(written.content)).toHaveLength(LEAD_WORDS);
		expect(written.passages.ends).toHaveLength(4);
		// The second name stands at word 150: passage (150 - 40) / 40 = 2; the first is not in the text.
		expect(written.passages.names).toEqual([-1, 2]);
		const passages = written.passages.ends.map((end, n) => inflateRawSync(slim.passages!.subarray(n ? written.passages.ends[n - 1] : 0, end)).toString());
		expect([written.content, ...passages].join(' ')).toBe(text);
	});
});

describe('which passages a result reads', () => {
	it('reads where the phrase stands before earlier matches, both passages of a phrase across their border', () => {
		// "a b" typed; its words matched at 50, 51 ("b a": no phrase), 130 and 199–200, where Pagefind's phrase search has it (passages 3 and 4).
		expect(passagesToRead('a b', [50, 51, 130, 199, 200], index(6), [], [199, 200])).toEqual([3, 4]);
		// Without the phrase, the earliest matches: consecutive positions of its words are no phrase.
		expect(passagesToRead('a b', [50, 51, 130, 170], index(6))).toEqual([0, 2]);
	});

	it('reads nothing for matches in the lead, and never more than MAX_PASSAGES', () => {
		expect(passagesToRead('a', [3, 10], index(6))).toEqual([]);
		expect(passagesToRead('a', [45, 90, 130, 170], index(6))).toEqual([0, 1]);
	});

	it('reads the row of a name the query names, which the word positions do not show', () => {
		const names = ['Nguyễn Quang Hải', 'Phạm Ngọc Lan', 'Lê Lan'];
		const at = index(20, { names: [3, 17, 5] });
		expect(passagesToRead('đồng chí Phạm Ngọc Lan', [], at, names)).toEqual([17]);
		expect(passagesToRead('pham ngoc lan', [], at, names)).toEqual([17]);
		expect(passagesToRead('Ngọc Lan', [], at, names)).toEqual([17]);
		// One word names no one in particular.
		expect(passagesToRead('Lan', [], at, names)).toEqual([]);
		// Many names the query names: still two passages at most.
		expect(passagesToRead('Nguyễn Quang', [], index(20, { names: [3, 5, 7] }), ['Nguyễn Quang Hải', 'Nguyễn Quang Hùng', 'Nguyễn Quang Minh'])).toEqual([3, 5]);
	});

	it('finds each name where it first stands in the text, folded', () => {
		const text = `${numbered(100)} Nguyễn Quang Hải, ${numbered(20)} nguyen quang hai`;
		expect(namePassages(text, ['Nguyễn Quang Hải', 'Không Có'], { lead: 40, size: 40 })).toEqual([1, -1]);
	});
});

describe('the known text of a result', () => {
	it('joins the lead and the passages read, with a gap between those that do not meet', () => {
		expect(knownText('a b', new Map([[0, 'c d'], [1, 'e'], [4, 'f']]))).toBe(`a b c d e ${GAP} f`);
		expect(knownText('a b', new Map([[2, 'c']]))).toBe(`a b ${GAP} c`);
	});

	it('never matches a phrase across a gap, and cuts an excerpt from the stretch its match stands in', () => {
		const text = knownText('mở đầu thi', new Map([[3, 'đua năm nay']]));
		const candidate = { kind: 'document' as const, title: 'X', codes: [], names: [], body: text };
		expect(matchOf(queryWords('thi đua'), candidate, 'thi đua', false).phrase).toBe(0);
		expect(matchOf(queryWords('năm nay'), candidate, 'năm nay', false).phrase).toBe(2);
		const excerpt = highlightedExcerpt(text, 'X', 'năm nay', 26)!;
		expect(excerpt).toEqual([
			{ text: '… đua ', mark: false },
			{ text: 'năm nay', mark: true },
		]);
	});
});

describe('a result with passages', () => {
	const passages = ['w40 Phạm Ngọc Lan w43', 'w80 w81'];
	const file = Buffer.concat(passages.map((text) => Buffer.from(text)));
	const ends = [Buffer.byteLength(passages[0]!), file.byteLength];
	const data: PagefindResultData & { passages: PassageIndex } = { url: '/a/', content: 'lead', excerpt: '', meta: { ten: 'Phạm Ngọc Lan' }, filters: {}, passages: { lead: 40, size: 40, ends, names: [0] } };

	afterEach(() => vi.unstubAllGlobals());

	/** Serves the passage file at `served`, honouring Range or not; records the requests. */
	function host(served: string, honoursRange: boolean) {
		const asked: { url: string; range: string | null }[] = [];
		vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
			const range = new Headers(init?.headers).get('range');
			asked.push({ url, range });
			if (url !== served) return new Response(null, { status: 404 });
			const [, from, to] = /bytes=(\d+)-(\d+)/.exec(range ?? '') ?? [];
			return honoursRange && from ? new Response(file.subarray(Number(from), Number(to) + 1), { status: 206 }) : new Response(file, { status: 200 });
		});
		vi.stubGlobal('DecompressionStream', class {
			// The test's passages are stored plain: "inflating" passes them through.
			readable: ReadableStream;
			writable: WritableStream;
			constructor() {
				const { readable, writable } = new TransformStream();
				this.readable = readable;
				this.writable = writable;
			}
		});
		return asked;
	}

	const result = (words: number[]): PagefindResult => ({ id: 'vi_abc', score: 1, words, data: async () => data });

	it('fetches only the passage of the match, by a Range request, from its own bundle', async () => {
		const asked = host('https://site/pagefind/fragment/vi_abc.pf_text', true);
		const sources = { bundles: [{ folder: 'https://site/pagefind/' }] };
		const loaded = await withPassages(result([41]), 'Ngọc', sources).data();
		expect(loaded.content).toBe('lead w40 Phạm Ngọc Lan w43');
		expect(asked).toEqual([{ url: 'https://site/pagefind/fragment/vi_abc.pf_text', range: `bytes=0-${ends[0]! - 1}` }]);
	});

	it('cuts the passage from the whole file when the host ignores Range, and tries the next bundle when one has no such file', async () => {
		const asked = host('https://delta/pagefind/fragment/vi_abc.pf_text', false);
		const sources = { bundles: [{ folder: 'https://site/pagefind/' }, { folder: 'https://delta/pagefind/' }] };
		const loaded = await withPassages(result([81]), 'w81', sources).data();
		expect(loaded.content).toBe(`lead ${GAP} w80 w81`);
		expect(asked.map((one) => one.url)).toEqual(['https://site/pagefind/fragment/vi_abc.pf_text', 'https://delta/pagefind/fragment/vi_abc.pf_text']);
	});

	it('keeps the lead alone when no bundle has the passages', async () => {
		host('https://nowhere/', true);
		const loaded = await withPassages(result([41]), 'Ngọc', { bundles: [{ folder: 'https://site/pagefind/' }] }).data();
		expect(loaded.content).toBe('lead');
	});
});
