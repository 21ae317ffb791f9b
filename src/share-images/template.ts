/**
 * The card layout as a satori element tree (plain `{ type, props }` objects).
 *
 *  ┌──┬──────────────────────────────────────────────────────────┐
 *  │  │ Site name                                                │
 *  │b │ Agency (1–2 lines)                                       │
 *  │a │ [EYEBROW]  Số 25/KH-UBND · ngày 19 tháng 01 năm 2024     │
 *  │r │ Title, as large as fits (ellipsis when too long)         │
 *  │  │ ──────────────────────────────────────────────────────── │
 *  │  │ Footer text                                   site host  │
 *  └──┴──────────────────────────────────────────────────────────┘
 *
 * Heights are budgeted up front (layout.ts), so nothing can overflow the
 * 1200×630 canvas. No element uses `overflow: hidden` or borders: satori
 * turns those into nested masks and clip paths, which more than doubled
 * resvg's time per card and clipped stacked diacritics such as "Ủ".
 * A change here changes every card's key by itself (template-digest.ts).
 */
import { SITE } from '../site.config.ts';
import { normaliseCard, siteHost, type ShareCard } from './card.ts';
import { FONT_FAMILY } from './fonts.ts';
import { KIND_STYLES } from './kinds.ts';
import { countLines, fitText, textWidth } from './layout.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;

/** A satori element. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const INK = '#0b0c0c';
const SECONDARY = '#383f43';
const RULE = '#b1b4b6';

const BAR = 20;
const PAD_X = 60;
const PAD_TOP = 44;
const PAD_BOTTOM = 36;
const CONTENT_WIDTH = WIDTH - BAR - 2 * PAD_X;

const SITE_NAME = { size: 30, lineHeight: 36 };
const AGENCY = { size: 36, lineHeight: 45, gap: 22, maxLines: 2 };
const META = { gap: 18, tagSize: 26, tagLineHeight: 32, tagPadY: 6, tagPadX: 14, tagSpacing: 0.5, textGap: 20, stackGap: 6 };
/** Number and date shrink through these sizes before being cut with an ellipsis. */
const META_SIZES = [30, 28, 26] as const;
const META_HEIGHT = META.tagLineHeight + 2 * META.tagPadY;
const TITLE = { gap: 26, sizes: [72, 64, 58, 52, 46, 42, 40], lineHeightRatio: 1.22 };
const FOOTER = { size: 28, lineHeight: 34, rule: 2, padTop: 14, minGap: 18 };
const FOOTER_HEIGHT = FOOTER.rule + FOOTER.padTop + FOOTER.lineHeight;
/** Longer titles are cut before layout; no card can show this much anyway. */
const MAX_TITLE_CHARS = 500;

function el(type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode {
	return { type, props: children === undefined ? { style } : { style, children } };
}

/** A block of text cut to `lines` lines with an ellipsis. */
function clamped(text: string, lines: number, style: Record<string, string | number>): CardNode {
	return el('div', { display: 'block', lineClamp: lines, wordBreak: 'break-word', ...style }, text);
}

const TAG_MAX_WIDTH = Math.round(CONTENT_WIDTH * 0.6);

/**
 * The coloured eyebrow tag with number and date beside it, shrinking the
 * latter to fit; if even the smallest size is too wide, number and date go
 * on their own line below the tag rather than losing the date.
 */
function metaBlock(eyebrow: string, meta: string, colour: string, marginTop: number): { node: CardNode; height: number } {
	const tag = clamped(eyebrow, 1, {
		flexShrink: 0,
		maxWidth: TAG_MAX_WIDTH,
		padding: `${META.tagPadY}px ${META.tagPadX}px`,
		backgroundColor: colour,
		color: '#ffffff',
		fontSize: META.tagSize,
		lineHeight: `${META.tagLineHeight}px`,
		fontWeight: 700,
		letterSpacing: META.tagSpacing,
	});
	const row = (children: CardNode[], top: number) =>
		el('div', { display: 'flex', alignItems: 'center', marginTop: top, height: META_HEIGHT }, children);
	if (!meta) return { node: row([tag], marginTop), height: marginTop + META_HEIGHT };
	const tagWidth = textWidth(eyebrow, { weight: 700, size: META.tagSize, letterSpacing: META.tagSpacing });
	const room = CONTENT_WIDTH - Math.min(TAG_MAX_WIDTH, tagWidth + 2 * META.tagPadX) - META.textGap;
	const size = META_SIZES.find((candidate) => textWidth(meta, { weight: 400, size: candidate }) <= room);
	const text = (fontSize: number, marginLeft: number) =>
		clamped(meta, 1, {
			flexShrink: 1,
			minWidth: 0,
			marginLeft,
			fontSize,
			lineHeight: `${Math.round(fontSize * 1.25)}px`,
			color: SECONDARY,
		});
	if (size) return { node: row([tag, text(size, META.textGap)], marginTop), height: marginTop + META_HEIGHT };
	const stacked = el('div', { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', marginTop }, [
		el('div', { display: 'flex', height: META_HEIGHT }, [tag]),
		el('div', { display: 'flex', marginTop: META.stackGap, width: CONTENT_WIDTH, height: META_HEIGHT, alignItems: 'center' }, [
			text(META_SIZES[0], 0),
		]),
	]);
	return { node: stacked, height: marginTop + 2 * META_HEIGHT + META.stackGap };
}

/** The satori element tree for a card. */
export function cardTree(input: ShareCard): CardNode {
	const card = normaliseCard(input);
	const kind = KIND_STYLES[card.kind];
	const eyebrow = card.eyebrow || kind.label;
	const meta = [card.number, card.date].filter((part) => part).join(' · ');
	const title = card.title.length > MAX_TITLE_CHARS ? card.title.slice(0, MAX_TITLE_CHARS) : card.title;

	const agencyLines = card.agency
		? Math.min(AGENCY.maxLines, countLines(card.agency, { weight: 600, size: AGENCY.size }, CONTENT_WIDTH))
		: 0;
	const agencyHeight = agencyLines ? AGENCY.gap + agencyLines * AGENCY.lineHeight : 0;
	const metaRow = metaBlock(eyebrow, meta, kind.colour, agencyLines ? META.gap : AGENCY.gap);
	const titleRoom =
		HEIGHT - PAD_TOP - PAD_BOTTOM - SITE_NAME.lineHeight - agencyHeight - metaRow.height -
		TITLE.gap - FOOTER.minGap - FOOTER_HEIGHT;
	const fit = fitText(title, 700, TITLE.sizes, TITLE.lineHeightRatio, CONTENT_WIDTH, titleRoom);

	const header = el(
		'div',
		{ display: 'flex', fontSize: SITE_NAME.size, lineHeight: `${SITE_NAME.lineHeight}px`, fontWeight: 700, color: INK },
		SITE.name,
	);
	const agency = card.agency
		? clamped(card.agency, agencyLines, {
				marginTop: AGENCY.gap,
				fontSize: AGENCY.size,
				lineHeight: `${AGENCY.lineHeight}px`,
				fontWeight: 600,
				color: SECONDARY,
			})
		: undefined;
	const titleBlock = clamped(title, fit.lines, {
		marginTop: TITLE.gap,
		fontSize: fit.size,
		lineHeight: `${fit.lineHeight}px`,
		fontWeight: 700,
		color: INK,
		flexShrink: 0,
	});
	const footerText = card.footer
		? clamped(card.footer, 1, { flexShrink: 1, minWidth: 0, marginRight: 32, color: SECONDARY })
		: el('div', { display: 'flex' });
	const rule = el('div', { display: 'flex', height: FOOTER.rule, backgroundColor: RULE, flexShrink: 0 });
	const footer = el(
		'div',
		{
			display: 'flex',
			justifyContent: 'space-between',
			alignItems: 'center',
			marginTop: FOOTER.padTop,
			fontSize: FOOTER.size,
			lineHeight: `${FOOTER.lineHeight}px`,
		},
		[footerText, el('div', { display: 'flex', flexShrink: 0, fontWeight: 600, color: INK }, siteHost())],
	);

	// Free space goes between title and footer, keeping the footer at the bottom.
	const spacer = el('div', { display: 'flex', flexGrow: 1, minHeight: FOOTER.minGap });
	const column = [header, agency, metaRow.node, titleBlock, spacer, rule, footer].filter((node): node is CardNode => node !== undefined);
	return el(
		'div',
		{
			display: 'flex',
			width: WIDTH,
			height: HEIGHT,
			backgroundColor: '#ffffff',
			fontFamily: FONT_FAMILY,
		},
		[
			el('div', { display: 'flex', width: BAR, height: HEIGHT, flexShrink: 0, backgroundColor: kind.colour }),
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					flexGrow: 1,
					minWidth: 0,
					padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
				},
				column,
			),
		],
	);
}
