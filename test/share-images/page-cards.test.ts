import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardsForPages, forgetPagesOfOtherTemplate, pageId, readPageCards, writePageCards } from '../../src/share-images/page-cards.ts';
import { CARDS } from './fixtures.ts';

const planCard = CARDS['ke-hoach'];
const listCard = CARDS['danh-sach'];

describe('cardsForPages', () => {
	it('takes restored pages’ cards from the previous build and drops pages no longer built', () => {
		const previous = {
			version: 1,
			pages: { 'van-ban/a/2024/b': 'k-plan', 'van-ban/da-xoa': 'k-gone' },
			cards: { 'k-plan': planCard, 'k-gone': CARDS['tin-bai'] },
		};
		const result = cardsForPages(['van-ban/a/2024/b/', 'van-ban/'], new Map([['/van-ban/', 'k-list']]), new Map([['k-list', listCard]]), previous);
		expect(Object.fromEntries(result.pages)).toEqual({ 'van-ban/a/2024/b': 'k-plan', 'van-ban': 'k-list' });
		expect([...result.cards.keys()].sort()).toEqual(['k-list', 'k-plan']);
		expect(result.restored).toBe(1);
	});

	it('names the pages whose card is unknown', () => {
		expect(() => cardsForPages(['van-ban/x/', 'van-ban/y/'], new Map(), new Map(), undefined)).toThrow(
			/Không biết ảnh chia sẻ của 2 trang \(\/van-ban\/x, \/van-ban\/y\)/,
		);
	});

	it('matches Astro’s page names with Astro.url paths', () => {
		expect(pageId('/van-ban/a/')).toBe(pageId('van-ban/a'));
		expect(pageId('/')).toBe(pageId(''));
		expect(pageId('404.html')).toBe(pageId('/404'));
	});

	it('round-trips the manifest and ignores a missing or foreign one', () => {
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'page-cards-')), 'nested', 'share-cards.json');
		expect(readPageCards(file)).toBeUndefined();
		writePageCards(file, { pages: new Map([['van-ban', 'k-list']]), cards: new Map([['k-list', listCard]]), restored: 0 }, 'template-a');
		expect(readPageCards(file)).toEqual({ version: 1, template: 'template-a', pages: { 'van-ban': 'k-list' }, cards: { 'k-list': listCard } });
		fs.writeFileSync(file, JSON.stringify({ version: 0, pages: {}, cards: {} }));
		expect(readPageCards(file)).toBeUndefined();
	});
});

describe('forgetPagesOfOtherTemplate', () => {
	const setUp = () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-pages-'));
		const kept = path.join(dir, 'incremental-build.json');
		fs.writeFileSync(kept, '{}');
		return { file: path.join(dir, 'share-cards.json'), kept };
	};
	const cards = { pages: new Map([['van-ban', 'k-list']]), cards: new Map([['k-list', listCard]]), restored: 0 };

	it('keeps Astro’s kept pages while the template is the one their images were made with', () => {
		const { file, kept } = setUp();
		writePageCards(file, cards, 'palette');
		expect(forgetPagesOfOtherTemplate(file, 'palette')).toBe(false);
		expect(fs.existsSync(kept)).toBe(true);
	});

	it('forgets them after a change of look or encoding, and when no template was recorded', () => {
		const { file, kept } = setUp();
		writePageCards(file, cards, 'rgba');
		expect(forgetPagesOfOtherTemplate(file, 'palette')).toBe(true);
		expect(fs.existsSync(kept)).toBe(false);
		const older = setUp();
		fs.writeFileSync(older.file, JSON.stringify({ version: 1, pages: {}, cards: {} }));
		expect(forgetPagesOfOtherTemplate(older.file, 'palette')).toBe(true);
		expect(fs.existsSync(older.kept)).toBe(false);
	});
});
