/**
 * Visual regression: each kind's card reduced to a 32×17 grid of average
 * luminance and compared with test/share-images/fingerprints.json.
 * After an intended change of look: UPDATE_FINGERPRINTS=1 npx vitest run test/share-images
 * (card keys change by themselves: src/share-images/template-digest.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CARDS, LONG_CARD } from './fixtures.ts';

// The footer shows the site's host; pin it so preview builds (SITE_URL=…) compare alike.
vi.stubEnv('SITE_URL', 'https://thiduakhenthuong.example.vn');
const { renderShareImagePixels } = await import('../../src/share-images/render.ts');
const { SHARE_CARD_KINDS } = await import('../../src/share-images/kinds.ts');

const COLUMNS = 32;
const ROWS = 17;
/** Largest difference allowed in any one cell, and on average (0–255 scale). */
const MAX_CELL_DIFFERENCE = 6;
const MAX_MEAN_DIFFERENCE = 0.75;
const FILE = new URL('./fingerprints.json', import.meta.url);

function fingerprint(width: number, height: number, pixels: Buffer): number[] {
	const sums = new Float64Array(COLUMNS * ROWS);
	const counts = new Uint32Array(COLUMNS * ROWS);
	for (let y = 0; y < height; y++) {
		const row = Math.floor((y * ROWS) / height) * COLUMNS;
		for (let x = 0; x < width; x++) {
			const at = (y * width + x) * 4;
			const luminance = 0.2126 * pixels.readUInt8(at) + 0.7152 * pixels.readUInt8(at + 1) + 0.0722 * pixels.readUInt8(at + 2);
			const cell = row + Math.floor((x * COLUMNS) / width);
			sums[cell] = (sums[cell] ?? 0) + luminance;
			counts[cell] = (counts[cell] ?? 0) + 1;
		}
	}
	return Array.from(sums, (sum, cell) => Math.round(sum / (counts[cell] ?? 1)));
}

const cases = { ...CARDS, long: LONG_CARD };

describe('share image fingerprints', async () => {
	const actual: Record<string, number[]> = {};
	for (const [name, card] of Object.entries(cases)) {
		const { width, height, pixels } = await renderShareImagePixels(card);
		actual[name] = fingerprint(width, height, pixels);
	}
	// A missing baseline is a failure, never a fresh baseline: only an explicit update writes one.
	if (process.env.UPDATE_FINGERPRINTS === '1') writeFileSync(FILE, `${JSON.stringify(actual, null, '\t').replace(/\[\n\t\t[^\]]*\]/g, (list) => list.replace(/\s+/g, ''))}\n`);
	const stored = (existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {}) as Record<string, number[]>;

	it('covers every kind', () => {
		expect(Object.keys(stored)).toEqual(expect.arrayContaining(SHARE_CARD_KINDS));
	});

	it.each(Object.keys(cases))('%s looks as before', (name) => {
		const expected = stored[name] ?? [];
		const got = actual[name] ?? [];
		expect(expected.length, `no stored fingerprint for ${name}; run with UPDATE_FINGERPRINTS=1`).toBe(COLUMNS * ROWS);
		expect(got.length).toBe(expected.length);
		const differences = got.map((value, i) => Math.abs(value - (expected[i] ?? 0)));
		const mean = differences.reduce((sum, value) => sum + value, 0) / differences.length;
		expect(Math.max(...differences)).toBeLessThanOrEqual(MAX_CELL_DIFFERENCE);
		expect(mean).toBeLessThanOrEqual(MAX_MEAN_DIFFERENCE);
	});
});
