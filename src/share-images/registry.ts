/**
 * Cards registered by pages while the site is prerendered, collected by the
 * build integration. The state lives on globalThis under registered
 * symbols, so the copy of this module bundled into the pages and the copy
 * the integration imports share it (Astro prerenders in the same process as
 * the integration hooks). Each page also records which card it showed: with
 * Astro's incremental build, a page restored from the cache does not run,
 * so the integration takes its card from the previous build's record.
 */
import { SITE } from '../site.config.ts';
import { normaliseCard, shareCardKey, type ShareCard } from './card.ts';

/** Folder of the built site that holds the images: `/og/<key>.png`. */
export const SHARE_IMAGE_DIR = 'og';

type Listener = (card: ShareCard) => void;

/** One object per process, whichever copy of this module asks for it. */
function shared<T>(name: string, create: () => T): () => T {
	const symbol = Symbol.for(`thi-dua-khen-thuong.${name}`);
	const scope = globalThis as unknown as Record<symbol, T | undefined>;
	return () => (scope[symbol] ??= create());
}

/** Card key → card. */
const registry = shared('share-cards', () => new Map<string, ShareCard>());
/** Page path ("/van-ban/…/") → key of the card it shows. */
const pages = shared('share-card-pages', () => new Map<string, string>());
const listeners = shared('share-card-listeners', () => new Set<Listener>());

/** Site-relative path of the card's image, e.g. "/og/3f2a9c0d1b7e4a55.png". */
export function shareImagePath(card: ShareCard): string {
	return `/${SHARE_IMAGE_DIR}/${shareCardKey(card)}.png`;
}

/** Absolute address of the card's image, for og:image and twitter:image. */
export function shareImageUrl(card: ShareCard): string {
	return `${SITE.url}${shareImagePath(card)}`;
}

/**
 * Records the card for rendering, and that `page` (its path, e.g.
 * Astro.url.pathname) shows it; returns its absolute image address.
 */
export function registerShareCard(card: ShareCard, page?: string): string {
	const key = shareCardKey(card);
	if (page !== undefined) pages().set(page, key);
	const cards = registry();
	if (!cards.has(key)) {
		const normalised = normaliseCard(card);
		cards.set(key, normalised);
		for (const listener of listeners()) listener(normalised);
	}
	return shareImageUrl(card);
}

/**
 * Calls `listener` with each new card as pages register it, so images can
 * be rendered while the rest of the site is still being built. Returns a
 * function that stops listening.
 */
export function onShareCardRegistered(listener: Listener): () => void {
	listeners().add(listener);
	return () => listeners().delete(listener);
}

/** Every distinct card registered so far in this process, by key. */
export function registeredCardsByKey(): Map<string, ShareCard> {
	return new Map(registry());
}

/** Which card each page registered so far in this process: page path → card key. */
export function registeredPages(): Map<string, string> {
	return new Map(pages());
}

/** Forgets all registered cards (tests, or between builds in one process). */
export function clearShareCards(): void {
	registry().clear();
	pages().clear();
}
