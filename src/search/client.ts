import { activeFilterCount, tickState, updateFacets } from './facets.ts';
import { QUERY_PARAM, SORT_PARAM } from './filters.ts';
import { nationalTierOf } from './national-hook.ts';
import { loadPagefind, type Pagefind } from './pagefind-api.ts';
import { PAGE_SIZE, resultItem, statusText } from './render.ts';
import { runSearch, type FoundResult } from './run.ts';
import { hasCriteria, readState, writeState, type SearchState } from './state.ts';

/** Typing pause before searching, so each keystroke does not fetch. */
const TYPING_PAUSE_MS = 250;

/**
 * The live search on /tim-kiem/. The form works on its own (GET to this
 * page); this script reads the URL, searches as the reader types or ticks a
 * filter, writes the state back to the URL, and says what it found in a
 * status line that screen readers announce.
 */
export function startSearch(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>(`input[name="${QUERY_PARAM}"]`)!;
	const sort = form.querySelector<HTMLSelectElement>(`select[name="${SORT_PARAM}"]`)!;
	const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
	const summary = root.querySelector<HTMLElement>('[data-filter-summary]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const approximateSection = root.querySelector<HTMLElement>('[data-search-approximate]')!;
	const approximateList = root.querySelector<HTMLOListElement>('[data-search-approximate-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	// The header's own search box (outside this form) shows the query too.
	const headerInputs = [...document.querySelectorAll<HTMLInputElement>(`form[role="search"] input[name="${QUERY_PARAM}"]`)].filter((box) => !root.contains(box));

	// The national tier, when the site config names one (national-hook.ts): asked first; Pagefind loads only when it does not answer.
	const national = nationalTierOf(root);
	let pagefind: Promise<Pagefind> | undefined;
	const load = () => (pagefind ??= loadPagefind(root.dataset.bundle!, JSON.parse(root.dataset.federation ?? '[]'), {}, { facets: false }));
	// The facet files are fetched once the filter panel is open (it opens itself when a filter is set): counts nobody sees are not worth their bytes.
	const facetsWanted = () => filters.open;
	let generation = 0;
	let results: FoundResult[] = [];
	// What the status line announces: the results, or the national tier's count of all its matches.
	let total = 0;
	let state = readState(new URLSearchParams(location.search));
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	root.querySelector<HTMLElement>('[data-search-options]')!.hidden = false;

	/** "(2 đang chọn)" after "Lọc kết quả", so a closed filter panel still says it is filtering. */
	function showFilterSummary(next: SearchState): void {
		const active = activeFilterCount(next);
		summary.textContent = active ? `(${active} đang chọn)` : '';
		if (active) filters.open = true;
	}

	/** Puts a state from the URL into the form (on arrival and after the back button). */
	function showState(next: SearchState): void {
		input.value = next.query;
		for (const box of headerInputs) box.value = next.query;
		sort.value = next.sort;
		tickState(root, next);
		showFilterSummary(next);
	}

	function formState(): SearchState {
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
		return readState(params);
	}

	const shownCount = () => list.children.length + approximateList.children.length;
	const approximateCount = () => results.filter((one) => one.approximate).length;

	/**
	 * Appends the next page of results, unless a newer search has started
	 * while their data loaded. Full matches go in the main list, approximate
	 * ones under the "Kết quả gần đúng" heading.
	 */
	async function showMore(moveFocus: boolean): Promise<void> {
		const current = generation;
		const page = results.slice(shownCount(), shownCount() + PAGE_SIZE);
		const data = await Promise.all(page.map((one) => one.data ?? one.result.data()));
		if (current !== generation) return;
		const items = data.map((one, i) => {
			const item = resultItem(one, state.query);
			(page[i]!.approximate ? approximateList : list).append(item);
			return item;
		});
		approximateSection.hidden = approximateList.children.length === 0;
		more.hidden = shownCount() >= results.length;
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	}

	function clearResults(): void {
		results = [];
		list.replaceChildren();
		approximateList.replaceChildren();
		approximateSection.hidden = true;
		more.hidden = true;
		status.textContent = '';
	}

	async function search(): Promise<void> {
		const current = ++generation;
		const asked = state;
		if (!hasCriteria(asked) && !pagefind) {
			// Nothing asked yet: do not download the index just to show an empty page.
			clearResults();
			return;
		}
		const answered = await (await national)?.search(asked, facetsWanted());
		const engine = answered ? undefined : await load().catch(() => undefined);
		if (!answered && !engine) {
			root.querySelector<HTMLElement>('[data-search-error]')!.hidden = false;
			return;
		}
		if (engine && facetsWanted()) await engine.filters();
		if (engine && !hasCriteria(asked)) {
			const totals = await engine.filters();
			if (current !== generation) return;
			clearResults();
			updateFacets(root, totals, asked);
			return;
		}
		const outcome = answered ?? (await runSearch(engine!, asked));
		if (current !== generation) return;
		results = outcome.results;
		list.replaceChildren();
		approximateList.replaceChildren();
		await showMore(false);
		if (current !== generation) return;
		total = answered?.total ?? results.length;
		status.textContent = statusText(total, shownCount(), asked.query, activeFilterCount(asked) > 0, approximateCount());
		updateFacets(root, outcome.counts, asked);
	}

	/** Reads the form, records it in the URL (a new history entry unless the reader is still typing) and searches. */
	function update(history: 'push' | 'replace'): void {
		// The query box is left alone: rewriting it mid-typing would eat a trailing space.
		state = formState();
		showFilterSummary(state);
		const url = `${location.pathname}${writeState(state)}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (history === 'push') window.history.pushState(null, '', url);
			else window.history.replaceState(null, '', url);
		}
		void search();
	}

	input.addEventListener('focus', () => void (national ? undefined : load().catch(() => undefined)), { once: true });
	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => update('replace'), TYPING_PAUSE_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		update('push');
	});
	form.addEventListener('change', (event) => {
		if (event.target !== input) update('push');
	});
	root.querySelector('[data-clear-filters]')!.addEventListener('click', () => {
		for (const box of root.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input:checked')) box.checked = false;
		update('push');
	});
	filters.addEventListener('toggle', () => {
		// Opened after a search: fetch the facets and count them for the results already shown.
		if (filters.open && (pagefind || national)) void search();
	});
	more.addEventListener('click', async () => {
		await showMore(true);
		status.textContent = statusText(total, shownCount(), state.query, activeFilterCount(state) > 0, approximateCount());
	});
	window.addEventListener('popstate', () => {
		state = readState(new URLSearchParams(location.search));
		showState(state);
		void search();
	});

	showState(state);
	void search();
}
