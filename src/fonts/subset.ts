/**
 * Cuts the font files ./typeface.ts names from Fontsource's, before Astro reads the fonts: Europe's letters
 * from the Latin Extended file, and fixed weights for print, with the print typeface's rules beside them
 * (print-fonts.css, which global.css imports). Made again on every build (under a second), never committed.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { codePoints, type FontFile, printFiles, printFontFaces, screenFiles } from './typeface.ts';

async function cut({ file, range, weight, cutFrom }: FontFile & { cutFrom: string }): Promise<void> {
	const text = String.fromCodePoint(...codePoints(range));
	// A range of weights keeps the file variable; one weight pins it to that instance.
	const variationAxes = weight.includes(' ') ? undefined : { wght: Number(weight) };
	const subset = await subsetFont(await readFile(cutFrom), text, { targetFormat: 'woff2', variationAxes });
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, subset);
}

export async function cutFonts(): Promise<void> {
	await Promise.all([...screenFiles, ...printFiles].filter((font): font is FontFile & { cutFrom: string } => font.cutFrom !== undefined).map(cut));
	await writeFile(join(dirname(printFiles[0].file), 'print-fonts.css'), `${printFontFaces(basename)}\n`);
}

export function fontSubset(): AstroIntegration {
	return { name: 'intercultural-practices:font-subset', hooks: { 'astro:config:setup': cutFonts } };
}
