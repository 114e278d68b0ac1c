/**
 * Cuts Fontsource's Latin Extended file down to the range ./typeface.ts names, before Astro reads the fonts,
 * so a Romanian page downloads 13 kB for its ș and ț rather than 60 kB. The result is made again on every build
 * (a fraction of a second) and never committed.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import subsetFont from 'subset-font';
import { codePoints, europe } from './typeface.ts';

export async function writeEuropeSubset(): Promise<void> {
	const text = String.fromCodePoint(...codePoints(europe.range));
	// Variation axes are kept: the subset is as variable (200–900) as its source.
	const subset = await subsetFont(await readFile(europe.source), text, { targetFormat: 'woff2' });
	await mkdir(dirname(europe.file), { recursive: true });
	await writeFile(europe.file, subset);
}

export function fontSubset(): AstroIntegration {
	return { name: 'intercultural-practices:font-subset', hooks: { 'astro:config:setup': writeEuropeSubset } };
}
