/**
 * Which card each built page shows, kept between builds next to Astro's
 * incremental-build cache. A page Astro restores from that cache does not
 * run, so it registers no card; its card is then the one it registered in
 * the build that rendered it. Pages that were not built are left out, so
 * a document that became a draft or was removed never keeps an image.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ShareCard } from './card.ts';

const VERSION = 1;
/** Astro's record of the pages it may keep (astro/dist/core/build/incremental.js), beside this manifest. */
const KEPT_PAGES = 'incremental-build.json';

interface Manifest {
	version: number;
	/** Template digest (template-digest.ts) the pages' image addresses were made with. */
	template?: string;
	/** Page path → card key. */
	pages: Record<string, string>;
	/** Card key → card. */
	cards: Record<string, ShareCard>;
}

export interface PageCards {
	/** Page path → card key, for every built page. */
	pages: Map<string, string>;
	/** Card key → card, for every card a built page shows. */
	cards: Map<string, ShareCard>;
	/** Pages whose card came from the previous build (restored pages). */
	restored: number;
}

/** "/van-ban/a/2024/b/", "van-ban/a/2024/b" and "/404.html" name the same pages as Astro's build list. */
export function pageId(page: string): string {
	return page.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
}

export function readPageCards(file: string): Manifest | undefined {
	try {
		const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
		return manifest.version === VERSION ? manifest : undefined;
	} catch {
		return undefined;
	}
}

export function writePageCards(file: string, { pages, cards }: PageCards, template: string): void {
	const manifest: Manifest = { version: VERSION, template, pages: Object.fromEntries(pages), cards: Object.fromEntries(cards) };
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(manifest));
}

/**
 * The card of every built page: the one it registered in this build, or,
 * for a page restored from the cache, the one it registered before.
 * Throws, naming the pages, when a built page has neither.
 */
export function cardsForPages(
	builtPages: readonly string[],
	registeredPages: ReadonlyMap<string, string>,
	registeredCards: ReadonlyMap<string, ShareCard>,
	previous: Manifest | undefined,
): PageCards {
	const registered = new Map([...registeredPages].map(([page, key]) => [pageId(page), key]));
	const result: PageCards = { pages: new Map(), cards: new Map(), restored: 0 };
	const missing: string[] = [];
	for (const page of builtPages.map(pageId)) {
		let key = registered.get(page);
		let card = key === undefined ? undefined : registeredCards.get(key);
		if (key === undefined) {
			key = previous?.pages[page];
			card = key === undefined ? undefined : previous?.cards[key];
			if (card) result.restored++;
		}
		if (key === undefined || !card) {
			missing.push(`/${page}`);
			continue;
		}
		result.pages.set(page, key);
		result.cards.set(key, card);
	}
	if (missing.length > 0) {
		throw new Error(
			`Không biết ảnh chia sẻ của ${missing.length} trang (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}). ` +
				'Bộ nhớ đệm của lần dựng trước không đầy đủ: xoá thư mục bộ nhớ đệm của Astro rồi dựng lại.',
		);
	}
	return result;
}

/**
 * A page Astro keeps from the last build keeps the image address it was
 * rendered with, and that address holds the template digest: after a change
 * of look or encoding (palette PNG, issue 18) the kept pages would point at
 * images this build no longer makes, and the pool refuses keys it was never
 * given. So when the manifest was written with another template (or none),
 * this forgets Astro's record of kept pages and every page is rendered
 * again, once. Returns whether it did.
 */
export function forgetPagesOfOtherTemplate(file: string, template: string): boolean {
	const kept = path.join(path.dirname(file), KEPT_PAGES);
	if (!fs.existsSync(kept) || readPageCards(file)?.template === template) return false;
	fs.rmSync(kept);
	return true;
}
