import { describe, expect, it } from 'vitest';
import { indexedPart, pageForIndex } from '../../src/search/page-for-index.ts';

const head = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch số 25/KH-UBND</title></head>';
const page = (article: string) =>
	`${head}<body><header><a href="/">Thi đua, khen thưởng</a><nav>Văn bản · Phong trào</nav></header><main>${article}<aside>Chia sẻ và trích dẫn</aside></main><footer>Liên hệ: vanphong@example.vn</footer></body></html>`;

describe('indexedPart', () => {
	it('keeps the head and the data-pagefind-body element, nested elements of its kind included, and nothing else of the body', () => {
		const article =
			'<article class="document" data-pagefind-body><div hidden data-search-record="document"><span data-pagefind-meta="so:25/KH-UBND"></span></div>' +
			'<h1>Kế hoạch thi đua</h1><article class="card"><p>Văn bản liên quan</p></article><p>Đẩy mạnh cải cách hành chính.</p></article>';
		expect(indexedPart(page(article))).toBe(`${head}<body>${article}</body></html>`);
	});

	it('finds the element by its tag, not by the words in a text', () => {
		const article = '<div data-pagefind-body><p>Thuộc tính data-pagefind-body &lt;div data-pagefind-body&gt; trong văn bản.</p><div>Mục 1</div></div>';
		expect(indexedPart(page(article))).toBe(`${head}<body>${article}</body></html>`);
	});

	it('keeps a page whole when its element is missing or never closed', () => {
		expect(indexedPart(page('<article><p>Không có phần lập chỉ mục</p></article>'))).toBe(page('<article><p>Không có phần lập chỉ mục</p></article>'));
		const unclosed = `${head}<body><article data-pagefind-body><p>Dở dang</p></body></html>`;
		expect(indexedPart(unclosed)).toBe(unclosed);
	});

	it('is what pageForIndex hands the indexer of a page with a search record', () => {
		const staged = pageForIndex(page('<article data-pagefind-body><div hidden data-search-record="document"></div><p>Nội dung</p></article>'))!;
		expect(staged).not.toContain('vanphong@example.vn');
		expect(staged).not.toContain('Chia sẻ và trích dẫn');
		expect(staged).toContain('Nội dung');
		expect(staged).toContain('<html lang="vi">');
	});
});
