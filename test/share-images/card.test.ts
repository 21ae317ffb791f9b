import { describe, expect, it } from 'vitest';
import { normaliseCard, shareCardKey, type ShareCard } from '../../src/share-images/card.ts';
import { CARDS } from './fixtures.ts';

const card = CARDS['ke-hoach'];

function toNfd(input: ShareCard): ShareCard {
	return Object.fromEntries(
		Object.entries(input).map(([field, value]) => [field, field === 'kind' ? value : value.normalize('NFD')]),
	) as unknown as ShareCard;
}

describe('shareCardKey', () => {
	it('is 16 hex digits and stable', () => {
		expect(shareCardKey(card)).toMatch(/^[0-9a-f]{16}$/);
		expect(shareCardKey({ ...card })).toBe(shareCardKey(card));
	});

	it('changes when the title changes', () => {
		expect(shareCardKey({ ...card, title: `${card.title}.` })).not.toBe(shareCardKey(card));
		expect(shareCardKey({ ...card, title: card.title.replace('2023', '2024') })).not.toBe(shareCardKey(card));
	});

	it('changes with any other field, including the kind', () => {
		const key = shareCardKey(card);
		expect(shareCardKey({ ...card, kind: 'tin-bai' })).not.toBe(key);
		expect(shareCardKey({ ...card, date: 'tháng 02 năm 2023' })).not.toBe(key);
		expect(shareCardKey({ ...card, footer: undefined })).not.toBe(key);
	});

	it('is the same for NFD and NFC text', () => {
		const nfd = toNfd(card);
		expect(nfd.title).not.toBe(card.title);
		expect(shareCardKey(nfd)).toBe(shareCardKey(card));
	});

	it('ignores field order and cosmetic whitespace', () => {
		const { title, ...rest } = card;
		expect(shareCardKey({ title: `  ${title.replace(' ', '\n ')} `, ...rest })).toBe(shareCardKey(card));
	});
});

describe('normaliseCard', () => {
	it('NFC-normalises every string field', () => {
		const normalised = normaliseCard(toNfd(CARDS['quyet-dinh-khen-thuong']));
		expect(normalised).toEqual(CARDS['quyet-dinh-khen-thuong']);
		for (const value of Object.values(normalised)) expect(value).toBe(value.normalize('NFC'));
	});

	it('drops empty optional fields', () => {
		expect(normaliseCard({ ...card, agency: ' ', footer: '' })).not.toHaveProperty('agency');
		expect(shareCardKey({ ...card, footer: '' })).toBe(shareCardKey({ ...card, footer: undefined }));
	});
});
