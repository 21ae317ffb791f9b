import { foldVietnamese } from '../lib/fold.ts';

/** What a reader types, as the words every row must contain: "Thuỷ  Phương" → ["thuy", "phuong"]. */
export function queryWords(query: string): string[] {
	return foldVietnamese(query.normalize('NFC')).toLowerCase().split(/\s+/).filter(Boolean);
}

/** A row matches when each word appears in its folded text, in any order. */
export function matches(folded: string, words: readonly string[]): boolean {
	return words.every((word) => folded.includes(word));
}

/**
 * Browser side of HonourSearch: filters the rows as the reader types,
 * reorders them by the ranks the build computed, and says how many are
 * left in a live region. The query stays in the address (?q=) to share.
 */
export function filterHonourTable(form: HTMLElement, table: HTMLTableElement): void {
	const body = table.tBodies[0];
	if (!body) return;
	const rows = [...body.rows];
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const order = form.querySelector<HTMLSelectElement>('select')!;
	const status = form.querySelector<HTMLElement>('[role="status"]')!;
	let announce: ReturnType<typeof setTimeout> | undefined;

	const apply = () => {
		const words = queryWords(input.value);
		let shown = 0;
		for (const row of rows) {
			row.hidden = !matches(row.dataset.search ?? '', words);
			if (!row.hidden) shown += 1;
		}
		clearTimeout(announce);
		// Waiting for a pause in typing keeps screen readers from reading every keystroke's count.
		announce = setTimeout(() => {
			status.textContent = words.length === 0
				? `Đang hiển thị tất cả ${rows.length} lượt khen thưởng.`
				: shown === 0
					? `Không có lượt khen thưởng nào khớp với “${input.value.trim()}”.`
					: `Tìm thấy ${shown} trên ${rows.length} lượt khen thưởng.`;
		}, 400);
		const url = new URL(location.href);
		if (words.length) url.searchParams.set('q', input.value.trim());
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
	};

	const sort = () => {
		const key = `order${order.value.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;
		const rank = (row: HTMLTableRowElement) => Number(row.dataset[key] ?? 0);
		body.append(...[...rows].sort((a, b) => rank(a) - rank(b)));
	};

	input.addEventListener('input', apply);
	order.addEventListener('change', sort);
	form.hidden = false;
	const initial = new URL(location.href).searchParams.get('q');
	if (initial) {
		input.value = initial;
		apply();
	}
}
