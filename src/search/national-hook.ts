import type { NationalTier } from './national-client.ts';

/**
 * How the search page's script (client.ts) finds the national tier. The
 * tier's code is a script of its own (NationalSearch.astro), on the page
 * only when SITE.nationalSearch is set: imported by client.ts, even
 * dynamically, it split the search script into more files on every site
 * (two more files, 1.8 KiB more gzip, measured). The tier's script puts
 * the tier on the search root under NATIONAL_TIER_KEY and sends
 * NATIONAL_READY; national-search.ts restates both names, typed as these
 * literals, so it imports nothing the page's script also bundles.
 */
export const NATIONAL_TIER_KEY = 'tdkt.nationalTier';
export const NATIONAL_READY = 'national-ready';

/** The tier, once its script has run; undefined when none is configured, or when its script never ran by the page's load event. */
export function nationalTierOf(root: HTMLElement): Promise<NationalTier | undefined> | undefined {
	if (!root.dataset.national) return undefined;
	const holder = root as unknown as Record<symbol, NationalTier | undefined>;
	return new Promise((resolve) => {
		const ready = () => resolve(holder[Symbol.for(NATIONAL_TIER_KEY)]);
		if (holder[Symbol.for(NATIONAL_TIER_KEY)]) return ready();
		root.addEventListener(NATIONAL_READY, ready, { once: true });
		// Every script has run, or failed to load, by the load event.
		if (document.readyState === 'complete') ready();
		else addEventListener('load', ready, { once: true });
	});
}
