// subset-font ships no types; this is the one call src/fonts/subset.ts makes.
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; variationAxes?: Record<string, number | { min: number; max: number; default?: number }> },
	): Promise<Buffer>;
}
