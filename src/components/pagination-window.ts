/**
 * Which page links a list shows: the first, the last, and two either side
 * of the current page, with a gap marker between runs. Linking every page
 * put 500 links (80 KB) on each of the 500 pages of /van-ban/ at 10,000
 * documents, 40 MB of the site for that list alone (issue 18).
 */
export type PageLink = number | 'gap';

/** Pages within this distance of the current one are linked. */
const AROUND = 2;

export function visiblePages(page: number, pages: number): PageLink[] {
	const shown = new Set([1, pages]);
	for (let n = page - AROUND; n <= page + AROUND; n++) if (n >= 1 && n <= pages) shown.add(n);
	const sorted = [...shown].sort((a, b) => a - b);
	const links: PageLink[] = [];
	for (const [i, n] of sorted.entries()) {
		const previous = sorted[i - 1];
		// A gap of one page shows that page: "…" would take as much room as its number.
		if (previous !== undefined && n - previous === 2) links.push(n - 1);
		else if (previous !== undefined && n - previous > 2) links.push('gap');
		links.push(n);
	}
	return links;
}
