// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightedExcerpt } from '../../src/search/highlight.ts';
import { asFoundResult, type NationalResult } from '../../src/search/national-client.ts';
import { countText, resultItem, statusText } from '../../src/search/render.ts';
import type { PagefindResultData } from '../../src/search/pagefind-api.ts';

/**
 * The result list drawing a national answer (render.ts resultItem through
 * national-client.ts asFoundResult): the server's excerpt is drawn as it
 * was marked, never recomputed from the text (the redraw cost a third of a
 * first query on the phone profile), and everything it carries goes in as
 * text: the server's marks are the only markup. Pagefind's results still
 * go through the redraw.
 */
vi.mock(import('../../src/search/highlight.ts'), async (original) => {
	const actual = await original();
	return { ...actual, highlightedExcerpt: vi.fn(actual.highlightedExcerpt) };
});

const redraw = vi.mocked(highlightedExcerpt);
afterEach(() => redraw.mockClear());

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> & "đồng chí"';

function nationalResult(overrides: Partial<NationalResult> = {}): NationalResult {
	return {
		title: `Kế hoạch ${HOSTILE}`,
		url: 'https://quang-ngai.example.vn/van-ban/ubnd-tinh/2024/ke-hoach-thi-dua/',
		type: 'Kế hoạch',
		kind: 'ke-hoach',
		agency: `UBND <b>tỉnh</b> Quảng Ngãi`,
		date: '05/03/2024',
		number: '25/KH-UBND',
		// "thi đua" stands twice; the server marked only the first, and "thị trấn" not at all.
		excerpt: [
			{ text: '… phát động phong trào ', mark: false },
			{ text: 'thi đua', mark: true },
			{ text: ` ở thị trấn, thi đua ${HOSTILE} …`, mark: false },
		],
		approximate: false,
		...overrides,
	};
}

const drawNational = (result: NationalResult, query: string) => resultItem(asFoundResult(result).data!, query);
const excerptOf = (item: HTMLElement) => item.querySelector('.search-result__excerpt')!;

describe('a national result on the search page', () => {
	it('draws the excerpt as the server marked it, without the highlight redraw', () => {
		const item = drawNational(nationalResult(), 'thi dua');
		const marks = [...excerptOf(item).querySelectorAll('mark')].map((mark) => mark.textContent);
		expect(marks).toEqual(['thi đua']);
		expect(excerptOf(item).textContent).toBe(`… phát động phong trào thi đua ở thị trấn, thi đua ${HOSTILE} …`);
		expect(redraw).not.toHaveBeenCalled();
	});

	it('lets through no markup but the marks: title, agency and excerpt HTML are shown as text', () => {
		const item = drawNational(nationalResult(), 'thi dua');
		const tags = new Set([...item.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()));
		expect([...tags].sort()).toEqual(['a', 'h3', 'mark', 'p', 'span']);
		expect(item.querySelector('h3 a')!.textContent).toBe(`Kế hoạch ${HOSTILE}`);
		expect(item.querySelector('.search-result__agency')!.textContent).toBe('UBND <b>tỉnh</b> Quảng Ngãi');
		expect(item.outerHTML).not.toMatch(/<(img|script|b)\b/);
		expect(excerptOf(item).innerHTML).toBe(
			'… phát động phong trào <mark>thi đua</mark> ở thị trấn, thi đua &lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; "đồng chí" …',
		);
	});

	it('links to the publishing site and shows type, number and date', () => {
		const item = drawNational(nationalResult(), 'thi dua');
		expect(item.querySelector('h3 a')!.getAttribute('href')).toBe('https://quang-ngai.example.vn/van-ban/ubnd-tinh/2024/ke-hoach-thi-dua/');
		expect(item.querySelector('.tag')!.className).toBe('tag tag--ke-hoach');
		expect(item.querySelector('.search-result__meta')!.textContent).toBe('Kế hoạch Số: 25/KH-UBND Ngày ban hành: 05/03/2024');
	});

	it('draws an excerpt with no mark (a summary) as plain text, and none when the server sent none', () => {
		const summary = drawNational(nationalResult({ excerpt: [{ text: 'Tóm tắt <i>kế hoạch</i>.', mark: false }] }), 'thi dua');
		expect(excerptOf(summary).innerHTML).toBe('Tóm tắt &lt;i&gt;kế hoạch&lt;/i&gt;.');
		expect(drawNational(nationalResult({ excerpt: [] }), 'thi dua').querySelector('.search-result__excerpt')).toBeNull();
		expect(redraw).not.toHaveBeenCalled();
	});
});

describe("the site's own (Pagefind) results", () => {
	it('still find and highlight the query in the text', () => {
		const data: PagefindResultData = {
			url: '/van-ban/ubnd-tinh/2024/ke-hoach-thi-dua/',
			content: 'Kế hoạch. Phát động phong trào thi đua ở thị trấn, thi đua <script>x</script> yêu nước.',
			excerpt: '',
			meta: { title: 'Kế hoạch' },
			filters: {},
		};
		const item = resultItem(data, 'thi dua');
		expect(redraw).toHaveBeenCalledTimes(1);
		expect([...excerptOf(item).querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['thi đua', 'thi đua']);
		expect(item.outerHTML).not.toContain('<script>');
	});
});

describe('counts as Vietnamese writes them', () => {
	it('group thousands with a dot, as toLocaleString("vi-VN") does, without loading the locale', () => {
		const values = [0, 7, 99, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 1_234_567, 98_765_432, -1234];
		expect(values.map(countText)).toEqual(values.map((n) => n.toLocaleString('vi-VN')));
		expect(countText(12_345)).toBe('12.345');
	});

	it('in the status line', () => {
		expect(statusText(12_345, 10, 'thi dua', false)).toBe('Tìm thấy 12.345 kết quả cho “thi dua”. Đang hiển thị 10 kết quả đầu tiên.');
	});
});
