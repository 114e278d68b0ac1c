/**
 * The site's typeface, in one place: Source Sans 3 (Fontsource's variable build, every weight in one file),
 * self-hosted. It covers the six languages and the place names (ș ț ă, ß, ñ, İ ı ğ ç, ø å æ, ł ő č…).
 *
 * Two files, each loaded only when a page uses a character of its range (unicode-range): Fontsource's Latin
 * file (29 kB, enough for English, French, German, Spanish and Italian), and a subset of its Latin Extended
 * file cut down to the letters of Europe's Latin alphabets (13 kB in place of 60 kB; made by ./subset.ts at
 * build time), which Romanian pages and Turkish, Polish or Czech place names need.
 */
import { fileURLToPath } from 'node:url';

export const fontFamily = 'Source Sans 3';
export const fontCssVariable = '--font-text';

const files = new URL('../../node_modules/@fontsource-variable/source-sans-3/files/', import.meta.url);

/** Fontsource's Latin file and its range, as its own index.css declares them. */
export const latin = {
	file: fileURLToPath(new URL('source-sans-3-latin-wght-normal.woff2', files)),
	range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
};

/** Latin Extended-A and Romanian's comma-below letters: what the corpus uses beyond Latin. */
export const europe = {
	source: fileURLToPath(new URL('source-sans-3-latin-ext-wght-normal.woff2', files)),
	file: fileURLToPath(new URL('../../node_modules/.cache/fonts/source-sans-3-europe-wght-normal.woff2', import.meta.url)),
	range: 'U+0100-017F,U+0218-021B',
};

/** The code points a range names: the subset keeps exactly these, and the tests check the corpus against them. */
export function codePoints(range: string): number[] {
	return range.split(',').flatMap((part) => {
		const [from, to = from] = part.replace(/^U\+/, '').split('-').map((hex) => Number.parseInt(hex, 16));
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	});
}

/** Astro's font configuration (astro.config.mjs): the two files, every weight, and metric-matched fallbacks. */
export const fontConfig = {
	name: fontFamily,
	cssVariable: fontCssVariable,
	// Astro sizes a local sans-serif to the typeface's metrics, so text does not move when the font arrives.
	fallbacks: ['sans-serif'],
	options: {
		variants: [latin, europe].map(({ file, range }) => ({
			src: [file],
			weight: '200 900',
			style: 'normal',
			display: 'swap',
			unicodeRange: [range],
		})),
	},
} as const;
