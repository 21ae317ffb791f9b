import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_MARK, withoutCommonMarks } from '../../src/search/common-words.ts';
import { firstOccurrences, markRepeatedWords } from '../../src/search/repeated-words.ts';
import { decodeEntities, pageUrl, takeSummary } from '../../src/search/summary-field.ts';
import { slimFragment } from '../../src/search/fragments.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';
import { prepareQuery } from '../../src/search/fold.ts';

const article = (fields: string, body: string) =>
	`<!doctype html><html lang="vi"><body><header>Nguyễn Quang</header><article data-pagefind-body><div hidden data-search-record="document">${fields}</div>${body}</article></body></html>`;
const field = (key: string, value: string) => `<span data-pagefind-meta="${key}:${value}"></span>`;
const marked = (html: string) => [...html.matchAll(new RegExp(`${COMMON_MARK}(\\p{L}+)`, 'gu'))].map((m) => m[1]);

describe('repeated words', () => {
	it('keep every word, pair and run of three where it first stands, across the page and its searched fields', () => {
		const keep = firstOccurrences([['a', 'b', 'c'], ['x', 'a', 'b', 'c'], ['a', 'b'], ['d', 'e']], [['d', 'e']]);
		// "x a b" is new, so its words stay; "a b c" again and "a b" again add nothing; "d e" is in a field.
		expect(keep).toEqual([[true, true, true], [true, true, true, false], [false, false], [false, false]]);
	});

	it('are marked in the article text only, never in fields, numbers, entities or outside the article', () => {
		const html = article(
			field('ten', 'Nguyễn Quang Trinh; Lê Văn Tám') + field('title', 'Khen thưởng'),
			'<p>Khen thưởng 25/KH-UBND &amp; 25/KH-UBND &amp; ông Nguyễn Quang Trinh.</p><table><tr><td>1</td><th>Nguyễn Quang Trinh</th></tr><tr><td>2</td><th>Nguyễn Quang Hải</th></tr></table>',
		);
		const out = markRepeatedWords(html);
		expect(out).toContain(field('ten', 'Nguyễn Quang Trinh; Lê Văn Tám'));
		expect(out).toContain('<header>Nguyễn Quang</header>');
		// A word stays while it begins something new ("thưởng 25/KH-UBND", "ông Nguyễn Quang"); "Trinh" only
		// completes runs the names field holds, and the table cell repeats the field whole.
		expect(out).toContain(`<p>Khen thưởng 25/KH-UBND &amp; 25/KH-UBND &amp; ông Nguyễn Quang ${COMMON_MARK}Trinh.</p>`);
		expect(out).toContain(`<th>${COMMON_MARK}Nguyễn ${COMMON_MARK}Quang ${COMMON_MARK}Trinh</th>`);
		// A name the field does not hold stays, by its new pair.
		expect(out).toContain('<th>Nguyễn Quang Hải</th>');
		expect(withoutCommonMarks(out)).toBe(html);
		expect(out.split(/\s+/).length).toBe(html.split(/\s+/).length);
	});

	it('are marked when they are numbers too, never inside a code or a date', () => {
		const html = article(field('title', 'Kế hoạch'), '<p>Năm 2024.</p><p>Năm 2024.</p><p>Số 12/KH, ngày 14/04/2024.</p><p>Số 12/KH, ngày 14/04/2024.</p>');
		const out = markRepeatedWords(html);
		expect(out).toContain(`<p>Năm 2024.</p><p>${COMMON_MARK}Năm ${COMMON_MARK}2024.</p>`);
		expect(out).toContain(`<p>Số 12/KH, ngày 14/04/2024.</p><p>${COMMON_MARK}Số 12/KH, ${COMMON_MARK}ngày 14/04/2024.</p>`);
	});
});

describe('the summary field', () => {
	it('is set apart when the text holds its words in order, and kept otherwise', () => {
		const summary = 'Về &quot;Xanh&quot; &amp; sạch năm 2024.';
		const held = takeSummary(article(field('tom-tat', summary), '<p>Về "Xanh" &amp; sạch năm 2024.</p>'));
		expect(held.summary).toBe('Về "Xanh" & sạch năm 2024.');
		expect(held.html).not.toContain('tom-tat');
		const elsewhere = article(field('tom-tat', summary), '<p>Về sạch năm 2024.</p>');
		expect(takeSummary(elsewhere)).toEqual({ html: elsewhere });
		expect(decodeEntities('&#7889;&#x1ED1; &lt;b&gt; &unknown;')).toBe('ốố <b> &unknown;');
		expect(pageUrl('van-ban/a/2024/b/index.html')).toBe('/van-ban/a/2024/b/');
	});

	it('goes back into the fragment, which loses the marks and the anchors', () => {
		const fragment = { url: '/a/', content: `${COMMON_MARK}Khen thưởng`, meta: { title: 'T' }, anchors: [{ id: 'x' }], filters: { loai: ['ke-hoach'], nam: ['2024'] }, word_count: 2 };
		expect(JSON.parse(slimFragment(JSON.stringify(fragment), new Map([['/a/', 'Tóm tắt']])).fragment)).toEqual({
			...fragment,
			content: 'Khen thưởng',
			meta: { title: 'T', 'tom-tat': 'Tóm tắt' },
			anchors: [],
		});
	});
});

describe('repeated words in the index', () => {
	let dist: string;
	/** The same pages indexed as a small site is, every word where it stands. */
	let unmarkedDist: string;
	const TARGET_ROW = 37;
	const FIRST = ['Hải', 'Hùng', 'Lan', 'Minh', 'Nga', 'Sơn', 'Tâm', 'Yến'];
	/** An award decision honouring forty people, most of them "Nguyễn Quang …"; `target` honours Nguyễn Quang Trinh in row 37. */
	function award(seed: number, target: boolean): string {
		const people = Array.from({ length: 40 }, (_, row) =>
			target && row === TARGET_ROW - 1 ? 'Nguyễn Quang Trinh' : row % 5 === 4 ? `Lê Văn ${FIRST[(row + seed) % FIRST.length]}` : `Nguyễn Quang ${FIRST[(row + seed) % FIRST.length]}${row}`,
		);
		const rows = people.map((name, row) => `<tr><td>${row + 1}</td><th scope="row">${name}</th><td>Chuyên viên phòng Nội vụ, chương trình ${seed}</td><td>Giấy khen</td></tr>`).join('');
		const summary = `Khen thưởng cá nhân có thành tích trong quý ${seed} zebra${seed}.`;
		return article(
			field('title', `Quyết định khen thưởng số ${seed}`) + field('ten', people.join('; ')) + field('tom-tat', summary),
			`<h1>Quyết định khen thưởng số ${seed}</h1><p>${summary}</p><p>Tặng Giấy khen cho các cá nhân sau; ông Lê Văn Trinh trình bày.</p><table>${rows}</table>`,
		);
	}

	beforeAll(async () => {
		dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-repeated-'));
		const pages: Record<string, string> = { 'target/index.html': award(1, true) };
		for (let seed = 2; seed <= 6; seed++) pages[`other-${seed}/index.html`] = award(seed, false);
		for (const [file, html] of Object.entries(pages)) {
			fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
			fs.writeFileSync(path.join(dist, file), html);
		}
		unmarkedDist = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-repeated-unmarked-'));
		fs.cpSync(dist, unmarkedDist, { recursive: true });
		await buildSearchIndex(dist, { commonWordsFrom: 4 });
		await buildSearchIndex(unmarkedDist);
	});

	afterAll(() => {
		for (const dir of [dist, unmarkedDist]) fs.rmSync(dir, { recursive: true, force: true });
	});

	it('still finds a name in row 37 of an honouree table, first, as a name, with or without diacritics', async () => {
		const { engine } = await pagefindInNode(dist);
		for (const query of ['Nguyễn Quang Trinh', 'nguyen quang trinh']) {
			const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
			const shown = await Promise.all(results.map(async (one) => ({ url: (one.data ?? (await one.result.data())).url, approximate: one.approximate })));
			expect(shown.filter((one) => !one.approximate).map((one) => one.url)).toEqual(['/target/']);
			expect(shown[0]!.url).toBe('/target/');
		}
		// Pagefind's own phrase search, which decides the window, still has it.
		const phrase = await engine.search(prepareQuery('"nguyen quang trinh"'));
		expect(await Promise.all(phrase.results.map(async (r) => (await r.data()).url))).toEqual(['/target/']);
	});

	it('indexes the names of the table once, from the names field, where every word of them stood once per row', async () => {
		const positionsOf = async (site: string) => {
			const { engine } = await pagefindInNode(site);
			const { results } = await engine.search('quang');
			return results.map((result) => (result as unknown as { words: number[] }).words.length);
		};
		// 32 rows of "Nguyễn Quang …" on each page: 32 body positions each without the marks, none with them.
		expect(await positionsOf(unmarkedDist)).toEqual(Array(6).fill(32));
		expect(await positionsOf(dist)).toEqual(Array(6).fill(0));
	});

	it('shows the text and the summary as they were written', async () => {
		const { engine } = await pagefindInNode(dist);
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: 'zebra3' })));
		const data = results[0]!.data ?? (await results[0]!.result.data());
		expect(data.url).toBe('/other-3/');
		expect(data.meta['tom-tat']).toBe('Khen thưởng cá nhân có thành tích trong quý 3 zebra3.');
		const target = readIndexedPages(dist).find((page) => page.url === '/target/')!;
		expect(target.content).toContain(`${TARGET_ROW} Nguyễn Quang Trinh Chuyên viên phòng Nội vụ`);
		expect(target.content).not.toContain(COMMON_MARK);
		expect(marked(target.content)).toEqual([]);
	});
});
