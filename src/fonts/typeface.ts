/**
 * The site's typeface, in one place: Source Sans 3 from Fontsource's variable build, self-hosted. It covers the
 * six languages and the place names (ș ț ă, ß, ñ, İ ı ğ ç, ø å æ, ł ő č…).
 *
 * On screen, two variable files (every weight), each loaded only when a page uses a character of its range:
 * Fontsource's Latin file (29 kB: English, French, German, Spanish, Italian), and its Latin Extended file cut
 * down to the letters of Europe's Latin alphabets (13 kB in place of 60 kB), for Romanian and for Turkish,
 * Polish or Czech place names. On paper, fixed weights cut from the same files: Chromium draws a variable font
 * in a PDF as pictures of letters (a practice's PDF grew from 53 to 221 kB), but embeds a fixed one as a font.
 * ./subset.ts makes the cut files at build time.
 */
import { fileURLToPath } from 'node:url';

const fontsource = new URL('../../node_modules/@fontsource-variable/source-sans-3/files/', import.meta.url);
const made = new URL('../../node_modules/.cache/fonts/', import.meta.url);

export interface FontFile {
	/** The file the site serves. */
	file: string;
	range: string;
	weight: string;
	/** Fontsource's file it is cut from, keeping `range`'s characters (and pinned to `weight` if one is given). */
	cutFrom?: string;
}

/** Fontsource's ranges, as its index.css declares them; Europe's: Latin Extended-A and Romanian's comma-below letters. */
const ranges = {
	latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
	europe: 'U+0100-017F,U+0218-021B',
};
const sources = {
	latin: fileURLToPath(new URL('source-sans-3-latin-wght-normal.woff2', fontsource)),
	europe: fileURLToPath(new URL('source-sans-3-latin-ext-wght-normal.woff2', fontsource)),
};

export const screenFiles: FontFile[] = [
	{ file: sources.latin, range: ranges.latin, weight: '200 900' },
	{ file: fileURLToPath(new URL('source-sans-3-europe-wght.woff2', made)), range: ranges.europe, weight: '200 900', cutFrom: sources.europe },
];

/** The weights the stylesheets use: text, and bold for headings, labels and <strong>. */
const printWeights = ['400', '700'];
export const printFiles: FontFile[] = printWeights.flatMap((weight) =>
	(['latin', 'europe'] as const).map((part) => ({
		file: fileURLToPath(new URL(`source-sans-3-${part}-${weight}.woff2`, made)),
		range: ranges[part],
		weight,
		cutFrom: sources[part],
	})),
);

/** The code points a range names: a cut file keeps exactly these, and the tests check the corpus against them. */
export function codePoints(range: string): number[] {
	return range.split(',').flatMap((part) => {
		const [from, to = from] = part.replace(/^U\+/, '').split('-').map((hex) => Number.parseInt(hex, 16));
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	});
}

const variants = (files: FontFile[]) =>
	files.map(({ file, range, weight }) => ({ src: [file] as [string], weight, style: 'normal' as const, display: 'optional' as const, unicodeRange: [range] as [string] }));

/**
 * Astro's font configuration for the screen (astro.config.mjs), less the provider. Preloaded, and shown only if it
 * has come by the time text is first drawn (font-display: optional): a font swapped in later moves the text,
 * since no fallback has its metrics on every system (Astro's sized fallback needs Arial, which Linux lacks). A
 * visitor whose connection is too slow for that sees the system's sans-serif on that page, and the typeface,
 * cached, on the next.
 */
export const fontFamilies = [
	{ name: 'Source Sans 3', cssVariable: '--font-text', fallbacks: ['sans-serif'], optimizedFallbacks: false, options: { variants: variants(screenFiles) as [ReturnType<typeof variants>[number]] } },
];

/**
 * The print typeface's rules, for the site's stylesheet (./subset.ts writes them beside the files, and global.css
 * imports them): in a stylesheet fetched once rather than in every page's head, since only printing uses them.
 */
export const printFontFaces = (fileName: (file: string) => string) =>
	printFiles
		.map(({ file, range, weight }) => `@font-face{font-family:"Source Sans 3 Print";src:url("./${fileName(file)}") format("woff2");font-weight:${weight};font-display:swap;unicode-range:${range}}`)
		.join('\n');
