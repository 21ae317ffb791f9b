import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shareCardKey, type ShareCard } from '../../src/share-images/card.ts';
import { createShareImagePool, renderShareImages } from '../../src/share-images/pool.ts';
import { CARDS } from './fixtures.ts';

const root = await mkdtemp(path.join(tmpdir(), 'share-images-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const cards: ShareCard[] = Object.values(CARDS).map((card, i) => ({ ...card, footer: `Thẻ thử số ${i + 1}` }));
const N = cards.length;

describe('renderShareImages', () => {
	it('renders each distinct card once in worker threads, then reuses the cache', async () => {
		const cacheDir = path.join(root, 'cache');
		const progress: [number, number][] = [];
		const duplicates = cards.slice(0, 2).map((card) => ({ ...card }));
		const first = await renderShareImages([...cards, ...duplicates], {
			outDir: path.join(root, 'out-1'),
			cacheDir,
			concurrency: 2,
			onProgress: (done, total) => progress.push([done, total]),
		});
		expect(first.rendered).toBe(N);
		expect(first.cached).toBe(0);
		expect(first.msPerImage).toHaveLength(N);
		expect(first.missingGlyphs).toEqual([]);
		expect(progress.at(-1)).toEqual([N, N]);
		const expected = cards.map((card) => `${shareCardKey(card)}.png`).sort();
		expect((await readdir(path.join(root, 'out-1'))).sort()).toEqual(expected);
		expect((await readdir(cacheDir)).sort()).toEqual(expected);

		const second = await renderShareImages(cards, { outDir: path.join(root, 'out-2'), cacheDir });
		expect(second).toMatchObject({ rendered: 0, cached: N, msPerImage: [] });
		expect((await readdir(path.join(root, 'out-2'))).sort()).toEqual(expected);
		const name = expected[0] ?? '';
		expect(await readFile(path.join(root, 'out-2', name))).toEqual(await readFile(path.join(root, 'out-1', name)));

		// Publishing into a kept output folder: the image already there is the cached file itself, left alone.
		const before = await stat(path.join(root, 'out-2', name));
		await renderShareImages(cards, { outDir: path.join(root, 'out-2'), cacheDir });
		expect((await stat(path.join(root, 'out-2', name))).ino).toBe(before.ino);
		expect(await readFile(path.join(root, 'out-2', name))).toEqual(await readFile(path.join(cacheDir, name)));
		// A different file under that name (an older rendering, say) gives way to the cached image.
		await rm(path.join(root, 'out-2', name));
		await writeFile(path.join(root, 'out-2', name), 'an older rendering');
		await renderShareImages(cards, { outDir: path.join(root, 'out-2'), cacheDir });
		expect(await readFile(path.join(root, 'out-2', name))).toEqual(await readFile(path.join(cacheDir, name)));
		expect((await readdir(path.join(root, 'out-2'))).sort()).toEqual(expected);
	}, 60_000);

	it('reports characters the fonts cannot draw', async () => {
		const stats = await renderShareImages([{ ...CARDS['tin-bai'], title: 'Tuyên dương 表彰' }], {
			outDir: path.join(root, 'out-3'),
			cacheDir: path.join(root, 'cache'),
			concurrency: 1,
		});
		expect(stats.rendered).toBe(1);
		expect(stats.missingGlyphs).toEqual([expect.objectContaining({ chars: ['表', '彰'] })]);
	}, 60_000);

	it('renders cards added before finish() in the background, then publishes all of them', async () => {
		const cacheDir = path.join(root, 'cache-early');
		const pool = createShareImagePool({ cacheDir, concurrency: 2, backgroundConcurrency: 1 });
		for (const card of cards) pool.add(card);
		pool.add({ ...cards[0]! });
		// Wait, as Astro's page rendering would, until the background worker has written some images: on a busy
		// 2-core machine its start (a worker thread loading the fonts) took over 10 s once, so the wait is bounded
		// only by the test's own timeout. The one background worker writes a card, then reports it, then draws the
		// next: once the third file is there the first two reports were sent, and a moment later delivered.
		while ((await readdir(cacheDir).catch(() => [])).filter((name) => name.endsWith('.png')).length < 3) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
		const outDir = path.join(root, 'out-early');
		const stats = await pool.finish({ outDir });
		expect(stats.rendered).toBe(N);
		expect(stats.renderedEarly).toBeGreaterThanOrEqual(2);
		expect((await readdir(outDir)).sort()).toEqual(cards.map((card) => `${shareCardKey(card)}.png`).sort());
	}, 180_000);

	it('publishes only the cards of built pages, counting only those', async () => {
		const pool = createShareImagePool({ cacheDir: path.join(root, 'cache-only'), concurrency: 2, backgroundConcurrency: 1 });
		for (const card of cards) pool.add(card);
		const shown = new Set(cards.slice(0, 2).map((card) => shareCardKey(card)));
		const outDir = path.join(root, 'out-only');
		const progress: [number, number][] = [];
		const stats = await pool.finish({ outDir, only: shown, onProgress: (done, total) => progress.push([done, total]) });
		expect((await readdir(outDir)).sort()).toEqual([...shown].map((key) => `${key}.png`).sort());
		expect(stats.rendered + stats.cached).toBe(2);
		expect(progress.at(-1)).toEqual([2, 2]);
		expect(progress.every(([done, total]) => done <= total)).toBe(true);
	}, 60_000);

	it('fails, naming the card, when asked to publish a card it was never given', async () => {
		const pool = createShareImagePool({ cacheDir: path.join(root, 'cache-only') });
		pool.add(cards[0]!);
		await expect(pool.finish({ outDir: path.join(root, 'out-unknown'), only: new Set(['0123456789abcdef']) })).rejects.toThrow(/0123456789abcdef were never added/);
	});
});
