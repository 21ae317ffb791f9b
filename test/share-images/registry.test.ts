import { afterEach, describe, expect, it } from 'vitest';
import { shareCardKey } from '../../src/share-images/card.ts';
import {
	clearShareCards,
	onShareCardRegistered,
	registerShareCard,
	registeredCardsByKey,
	shareImagePath,
} from '../../src/share-images/registry.ts';
import { SITE } from '../../src/site.config.ts';
import { CARDS } from './fixtures.ts';

afterEach(() => clearShareCards());

describe('share card registry', () => {
	it('returns the absolute image address and keeps each distinct card once', () => {
		const card = CARDS['phong-trao'];
		const url = registerShareCard(card);
		expect(url).toBe(`${SITE.url}/og/${shareCardKey(card)}.png`);
		expect(shareImagePath(card)).toBe(`/og/${shareCardKey(card)}.png`);
		registerShareCard({ ...card, title: card.title.normalize('NFD') });
		registerShareCard(CARDS['co-quan']);
		expect([...registeredCardsByKey().values()]).toEqual([card, CARDS['co-quan']]);
	});

	it('is shared through globalThis by every copy of the module', () => {
		registerShareCard(CARDS['tin-bai']);
		const shared = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[
			Symbol.for('thi-dua-khen-thuong.share-cards')
		];
		expect(shared?.size).toBe(1);
	});

	it('tells listeners about each new card once, until they stop listening', () => {
		const heard: string[] = [];
		const stop = onShareCardRegistered((card) => heard.push(card.title));
		registerShareCard(CARDS['ke-hoach']);
		registerShareCard({ ...CARDS['ke-hoach'] });
		registerShareCard(CARDS['tin-bai']);
		stop();
		registerShareCard(CARDS['co-quan']);
		expect(heard).toEqual([CARDS['ke-hoach'].title, CARDS['tin-bai'].title]);
	});
});
