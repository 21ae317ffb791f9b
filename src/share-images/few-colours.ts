/**
 * Reduces a card's palette to 16 colours, so its PNG can store two pixels
 * per byte (bit depth 4). A card is flat colours (white, ink, the kind's
 * colour, the rule) and the anti-aliased edges of its text, 33–85 colours in
 * all; the edges' in-between shades are what the reduction merges.
 *
 * Representatives are colours of the picture itself, chosen greedily: the
 * most frequent first, then each time the colour that the chosen ones
 * represent worst, weighted by how many pixels have it (pixels × squared
 * distance to its nearest representative). So the flat colours (2,000 pixels
 * and more each: background, ink, the kind's colour, secondary text, the
 * rule) are kept exactly, and what moves are edge shades, many of them near
 * twins (#858686 beside #858585), to the nearest shade kept.
 * test/share-images/palette.test.ts holds every kind of card to that: flat
 * colours exact, no channel of a pixel moved by more than 48 of 255, the
 * picture by 0.2 on average; about 17 % smaller than the 8-bit palette at the
 * same deflate level. Eight colours would save 30 % but left grey fringes on
 * the white letters of the coloured tag.
 */

/** The colours a 4-bit PNG palette holds. */
export const FEW_COLOURS = 16;

/** For each palette entry (RGBA, 4 bytes each), the index of the representative it becomes; and the representatives, as RGBA. */
export function fewColours(palette: Buffer, counts: Uint32Array): { mapping: Uint8Array; palette: Buffer } {
	const entries = palette.length / 4;
	const distance = (a: number, b: number) => {
		let sum = 0;
		for (let c = 0; c < 4; c++) sum += (palette[a * 4 + c]! - palette[b * 4 + c]!) ** 2;
		return sum;
	};
	let first = 0;
	for (let i = 1; i < entries; i++) if (counts[i]! > counts[first]!) first = i;
	const chosen = [first];
	// Squared distance from each colour to its nearest chosen one.
	const nearest = Float64Array.from({ length: entries }, (_, i) => distance(i, first));
	while (chosen.length < Math.min(FEW_COLOURS, entries)) {
		let worst = -1;
		let worstScore = 0;
		for (let i = 0; i < entries; i++) {
			const score = counts[i]! * nearest[i]!;
			if (score > worstScore) [worst, worstScore] = [i, score];
		}
		if (worst < 0) break;
		chosen.push(worst);
		for (let i = 0; i < entries; i++) nearest[i] = Math.min(nearest[i]!, distance(i, worst));
	}
	const mapping = new Uint8Array(entries);
	for (let i = 0; i < entries; i++) {
		let best = 0;
		for (let r = 1; r < chosen.length; r++) if (distance(i, chosen[r]!) < distance(i, chosen[best]!)) best = r;
		mapping[i] = best;
	}
	const reduced = Buffer.alloc(chosen.length * 4);
	chosen.forEach((entry, r) => palette.copy(reduced, r * 4, entry * 4, entry * 4 + 4));
	return { mapping, palette: reduced };
}
