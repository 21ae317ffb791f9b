import { excerptAround, excerptParts, type ExcerptPart } from './excerpt.ts';
import { META, PAGE_KINDS } from './filters.ts';
import { unmark } from './fold.ts';
import { highlightedExcerpt } from './highlight.ts';
import { searchedQuery } from './honorifics.ts';
import { EXCERPT_WORDS, type PagefindResultData } from './pagefind-api.ts';

/** Results shown at once, and added by "Xem thêm kết quả". */
export const PAGE_SIZE = 10;

/**
 * A result as the list draws it: the page's data, and for a national result
 * the excerpt its server already cut and marked (tools/national/search.ts
 * runs the same highlightedExcerpt), drawn as given rather than recomputed.
 */
export interface ShownResultData extends PagefindResultData {
	/** The excerpt with its highlights, as the national endpoint sent it; each part goes in as text, a marked one inside `<mark>`. */
	marked?: ExcerptPart[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * One result: type, number and date on the first line, the title as a link,
 * the agency, then the excerpt with the matched words highlighted. Every
 * text goes in as text, never as HTML.
 */
export function resultItem(data: ShownResultData, query: string): HTMLLIElement {
	const meta = (key: string) => (data.meta[key] ? unmark(data.meta[key]!) : undefined);
	const kind = data.filters.loai?.[0];
	// The listing classes of the design system, so results look like every other list of documents.
	const item = element('li', 'document-list__item search-result');

	const facts: HTMLElement[] = [];
	const kindLabel = meta(META.kind);
	if (kindLabel) facts.push(element('span', kind && kind !== PAGE_KINDS.campaign.value && kind !== PAGE_KINDS.agency.value ? `tag tag--${kind}` : 'tag', kindLabel));
	const number = meta(META.number);
	if (number) facts.push(element('span', undefined, `Số: ${number}`));
	const date = meta(META.date);
	if (date) {
		const span = element('span');
		span.append(element('span', 'visually-hidden', kind === PAGE_KINDS.campaign.value ? 'Thời gian: ' : 'Ngày ban hành: '), date);
		facts.push(span);
	}
	const line = element('p', 'document-list__meta search-result__meta');
	// Spaces between the facts, so a screen reader does not run "Kế hoạch" into "Số: …".
	facts.forEach((fact, i) => line.append(...(i ? [' ', fact] : [fact])));
	item.append(line);

	const title = element('h3', 'document-list__title');
	const link = element('a', undefined, meta(META.title) ?? data.url);
	link.href = data.url;
	title.append(link);
	item.append(title);

	const agency = meta(META.agency) ?? meta(META.detail);
	if (agency) item.append(element('p', 'secondary document-list__agency search-result__agency', agency));

	const parts = data.marked ?? excerptOf(data, query, meta(META.summary), data.meta[META.title] ?? '');
	if (parts.length) {
		const paragraph = element('p', 'search-result__excerpt');
		paragraph.append(...parts.map((part) => (part.mark ? element('mark', undefined, part.text) : part.text)));
		item.append(paragraph);
	}
	return item;
}

/**
 * What to show under a result. Without a query nothing is highlighted and the
 * start of the page only repeats its heading, so the summary says more. With
 * one, the passage of the page's text with the best match (highlight.ts);
 * when the text holds no query word (a match in metadata only), the summary,
 * else Pagefind's excerpt.
 */
function excerptOf(data: PagefindResultData, query: string, summary: string | undefined, title: string): ExcerptPart[] {
	if (!query && summary) return [{ text: summary, mark: false }];
	// Highlighted as searched: the name without "đồng chí" (honorifics.ts), so the honorific does not light up elsewhere.
	const best = highlightedExcerpt(data.content, title, searchedQuery(query), EXCERPT_WORDS);
	if (best) return best;
	if (summary) return [{ text: summary, mark: false }];
	return excerptParts(excerptAround(data.content, query, EXCERPT_WORDS) ?? data.excerpt);
}

/**
 * A whole number as Vietnamese writes it, "12.345": what
 * `toLocaleString('vi-VN')` gives, without its cost. Chromium loads the
 * locale's ICU data on the first such call of a page: 117-208 ms under the
 * phone profile's 4x CPU slowdown (measured in a fresh context at load
 * average 1.3), a third of a national first query.
 */
export function countText(n: number): string {
	const digits = String(Math.abs(Math.trunc(n)));
	return (n < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, '.');
}

/**
 * What the status line says, and what screen readers hear, after a search.
 * `approximate` of the `total` results hold only part of the query.
 */
export function statusText(total: number, shown: number, query: string, filtered: boolean, approximate = 0): string {
	const what = query ? ` cho “${query}”` : '';
	const within = filtered ? ' theo bộ lọc đã chọn' : '';
	if (total === 0) {
		const tips = ['gõ ít từ hơn', 'kiểm tra lại số hiệu', ...(filtered ? ['bỏ bớt bộ lọc'] : [])];
		return `Không tìm thấy kết quả nào${what}${within}. Hãy thử ${tips.join(', ')}.`;
	}
	const full = total - approximate;
	const found = full === 0 ? `Không có kết quả khớp đủ${what}${within}, chỉ có ${countText(approximate)} kết quả gần đúng.` : `Tìm thấy ${countText(full)} kết quả${what}${within}${approximate ? `, thêm ${countText(approximate)} kết quả gần đúng` : ''}.`;
	return shown < total ? `${found} Đang hiển thị ${countText(shown)} kết quả đầu tiên.` : found;
}
