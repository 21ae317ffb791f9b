import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { renderShareImage } from '../../src/share-images/render.ts';
import { satoriFonts } from '../../src/share-images/fonts.ts';
import { cardTree, HEIGHT, WIDTH } from '../../src/share-images/template.ts';
import { CARD_HEIGHT, CARD_WIDTH, siteHost, type ShareCard } from '../../src/share-images/card.ts';
import { CARDS, LONG_CARD, vietnameseText } from './fixtures.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
	text: string;
}

/** The laid-out boxes of every element that holds text. */
async function textBoxes(card: ShareCard): Promise<Box[]> {
	const boxes: Box[] = [];
	await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
		width: WIDTH,
		height: HEIGHT,
		fonts: satoriFonts(),
		onNodeDetected: (node) => {
			if (node.textContent) boxes.push({ ...node, text: node.textContent });
		},
	});
	return boxes;
}

function overlaps(a: Box, b: Box): boolean {
	const e = 0.5;
	return a.left + e < b.left + b.width && b.left + e < a.left + a.width && a.top + e < b.top + b.height && b.top + e < a.top + a.height;
}

describe('renderShareImage', () => {
	it.each(Object.values(CARDS))('renders a 960×504 PNG for $kind (the 1200×630 layout scaled)', async (card) => {
		const png = await renderShareImage(card);
		expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
		expect(png.toString('latin1', 12, 16)).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([960, 504]);
	});
});

describe('layout', () => {
	const extremes: [string, ShareCard][] = [
		['300-character title, 120-character agency', LONG_CARD],
		['long title without agency', { kind: 'tin-bai', eyebrow: 'TIN BÀI', title: vietnameseText(300) }],
		['one unbroken word', { kind: 'danh-sach', eyebrow: 'DANH SÁCH', title: 'X'.repeat(400), agency: 'Y'.repeat(200) }],
		['long eyebrow', { ...LONG_CARD, eyebrow: vietnameseText(90).toLocaleUpperCase('vi') }],
		...Object.values(CARDS).map((card): [string, ShareCard] => [card.kind, card]),
	];

	it.each(extremes)('keeps every text inside the card without overlaps: %s', async (_name, card) => {
		const boxes = await textBoxes(card);
		expect(boxes.length).toBeGreaterThanOrEqual(4);
		for (const box of boxes) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.left + box.width).toBeLessThanOrEqual(WIDTH);
			expect(box.top + box.height).toBeLessThanOrEqual(HEIGHT);
		}
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
		}
		const host = boxes.find((box) => box.text === siteHost());
		expect(host, 'the host is shown').toBeDefined();
		expect((host?.top ?? 0) + (host?.height ?? 0)).toBeLessThanOrEqual(HEIGHT - 30);
	});
});
