/**
 * Cards registered by pages while the site is prerendered, collected by the
 * build integration afterwards. The list lives on globalThis under a
 * registered symbol, so the copy of this module bundled into the pages and
 * the copy the integration imports share it (Astro prerenders in the same
 * process as the integration hooks). With Astro's experimental incremental
 * builds, pages restored from the cache do not run and so do not register;
 * their images must then come from elsewhere (e.g. the previous dist/og).
 */
import { SITE } from '../site.config.ts';
import { normaliseCard, shareCardKey, type ShareCard } from './card.ts';

/** Folder of the built site that holds the images: `/og/<key>.png`. */
export const SHARE_IMAGE_DIR = 'og';

const REGISTRY = Symbol.for('thi-dua-khen-thuong.share-cards');

function registry(): Map<string, ShareCard> {
	const scope = globalThis as unknown as Record<symbol, Map<string, ShareCard> | undefined>;
	let cards = scope[REGISTRY];
	if (!cards) {
		cards = new Map();
		scope[REGISTRY] = cards;
	}
	return cards;
}

/** Site-relative path of the card's image, e.g. "/og/3f2a9c0d1b7e4a55.png". */
export function shareImagePath(card: ShareCard): string {
	return `/${SHARE_IMAGE_DIR}/${shareCardKey(card)}.png`;
}

/** Absolute address of the card's image, for og:image and twitter:image. */
export function shareImageUrl(card: ShareCard): string {
	return `${SITE.url}${shareImagePath(card)}`;
}

/** Records the card for rendering after the build; returns its absolute image address. */
export function registerShareCard(card: ShareCard): string {
	registry().set(shareCardKey(card), normaliseCard(card));
	return shareImageUrl(card);
}

/** Every distinct card registered so far in this process. */
export function registeredShareCards(): ShareCard[] {
	return [...registry().values()];
}

/** Forgets all registered cards (tests, or between builds in one process). */
export function clearShareCards(): void {
	registry().clear();
}
