/**
 * Text measurement from the fonts' advance widths, used to pick a title size
 * and line clamps that are known to fit before satori lays the card out.
 * Estimates err towards more lines (a safety margin on widths, breaks only
 * at spaces), so satori's own wrapping never needs more room than reserved;
 * `lineClamp` with an ellipsis remains the hard limit.
 */
import { fontTables, type ShareFontWeight } from './fonts.ts';

/** Widths are inflated by this factor to cover kerning and rounding. */
const SAFETY = 1.04;

export interface TextStyle {
	weight: ShareFontWeight;
	/** Font size in px. */
	size: number;
	/** Extra px after each character (CSS letter-spacing). */
	letterSpacing?: number;
}

/** Width of a single-line text in px. */
export function textWidth(text: string, style: TextStyle): number {
	const { cmap, advances, unitsPerEm } = fontTables(style.weight);
	let units = 0;
	let chars = 0;
	for (const char of text) {
		units += advances[cmap.get(char.codePointAt(0) ?? 0) ?? 0] ?? 0;
		chars++;
	}
	return ((units * style.size) / unitsPerEm + chars * (style.letterSpacing ?? 0)) * SAFETY;
}

/** Lines a text takes when wrapped greedily at spaces into `maxWidth` px. */
export function countLines(text: string, style: TextStyle, maxWidth: number): number {
	const words = text.split(' ').filter((word) => word.length > 0);
	if (words.length === 0) return 0;
	const space = textWidth(' ', style);
	let lines = 1;
	let x = -1;
	for (const word of words) {
		const width = textWidth(word, style);
		if (x >= 0 && x + space + width <= maxWidth) {
			x += space + width;
			continue;
		}
		if (x >= 0) lines++;
		// A word longer than a line is broken anywhere (word-break: break-word).
		const extra = Math.max(0, Math.ceil(width / maxWidth) - 1);
		lines += extra;
		x = width - extra * maxWidth;
	}
	return lines;
}

export interface TextFit {
	/** Font size in px. */
	size: number;
	/** Line height in px. */
	lineHeight: number;
	/** Lines the block gets; more text is cut with an ellipsis. */
	lines: number;
}

/**
 * The largest of `sizes` (descending) at which all of `text` fits in
 * `maxWidth` × `maxHeight`; failing that, the smallest size with as many
 * lines as fit, the rest cut with an ellipsis.
 */
export function fitText(
	text: string,
	weight: ShareFontWeight,
	sizes: readonly number[],
	lineHeightRatio: number,
	maxWidth: number,
	maxHeight: number,
): TextFit {
	let fit: TextFit = { size: 0, lineHeight: 0, lines: 0 };
	for (const size of sizes) {
		const lineHeight = Math.round(size * lineHeightRatio);
		const room = Math.max(1, Math.floor(maxHeight / lineHeight));
		const needed = countLines(text, { weight, size }, maxWidth);
		fit = { size, lineHeight, lines: Math.min(room, Math.max(1, needed)) };
		if (needed <= room) break;
	}
	return fit;
}
