import type { FilterCounts } from './pagefind-api.ts';
import type { SearchState } from './state.ts';
import type { FilterKey } from './filters.ts';
import { countText } from './render.ts';

/**
 * Shows, beside each facet value, how many results it would give, and hides
 * values that would give none (unless ticked, so a tick can always be
 * undone). A facet with nothing left to offer is hidden whole.
 */
export function updateFacets(root: HTMLElement, counts: FilterCounts, state: SearchState): void {
	for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
		const key = fieldset.dataset.facet as FilterKey;
		let visible = 0;
		for (const option of fieldset.querySelectorAll<HTMLElement>('[data-facet-option]')) {
			const value = option.dataset.facetOption!;
			const checkbox = option.querySelector<HTMLInputElement>('input')!;
			const n = counts[key]?.[value] ?? 0;
			checkbox.checked = state.filters[key]?.includes(value) ?? false;
			option.querySelector('[data-count]')!.textContent = `(${countText(n)})`;
			option.hidden = n === 0 && !checkbox.checked;
			if (!option.hidden) visible++;
		}
		fieldset.hidden = visible === 0;
	}
}

/** Ticks exactly the values in the state, e.g. after the back button. */
export function tickState(root: HTMLElement, state: SearchState): void {
	for (const checkbox of root.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')) {
		checkbox.checked = state.filters[checkbox.name as FilterKey]?.includes(checkbox.value) ?? false;
	}
}

/** How many facet values are ticked. */
export function activeFilterCount(state: SearchState): number {
	return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}
