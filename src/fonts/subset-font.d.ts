declare module 'subset-font' {
	/** harfbuzz-based subsetting; the package ships no types. */
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; /** Drop TrueType hinting (fpgm, prep, cvt and glyph instructions). */ noHinting?: boolean },
	): Promise<Buffer>;
}
