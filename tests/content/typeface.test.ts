/**
 * The typeface covers every character the site shows: each character of the entries, pages, glossary and
 * interface strings, in the six languages, falls in the range of one of the font files (src/fonts/typeface.ts),
 * on screen and in each printed weight, and that file has a glyph for it. Otherwise a browser would draw that
 * letter in another font.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutFonts } from '../../src/fonts/subset.ts';
import { codePoints, printFiles, screenFiles } from '../../src/fonts/typeface.ts';
import { root } from '../support/paths.ts';

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));

/** The characters a visitor may see: everything in content/ and the interface's dictionaries, line breaks aside. */
const shown = new Set(
	[...filesUnder(join(root, 'content')), ...filesUnder(join(root, 'src/i18n/ui'))]
		.flatMap((file) => [...readFileSync(file, 'utf8')])
		.map((char) => char.codePointAt(0)!)
		.filter((code) => code >= 0x20),
);

/** The code points a font file has glyphs for, among those its range names (the subset keeps only those). */
async function glyphs(file: string, range: string): Promise<Set<number>> {
	const sfnt = await subsetFont(readFileSync(file), String.fromCodePoint(...codePoints(range)), { targetFormat: 'sfnt' });
	return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

describe.each([
	['on screen', screenFiles],
	['printed, at 400', printFiles.filter((font) => font.weight === '400')],
	['printed, at 700', printFiles.filter((font) => font.weight === '700')],
])('typeface %s', (_, files) => {
	const covered = new Set<number>();

	beforeAll(async () => {
		await cutFonts();
		for (const font of files) for (const code of await glyphs(font.file, font.range)) covered.add(code);
	});

	it('has a glyph for every character of the content and the interface, in the file whose range names it', () => {
		expect(shown.size).toBeGreaterThan(150);
		const missing = [...shown].filter((code) => !covered.has(code)).map((code) => `${String.fromCodePoint(code)} U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
		expect(missing).toEqual([]);
	});

	it('draws the letters the issue names: Romanian, German, Spanish, Turkish and Nordic', () => {
		const letters = [...'șțăîâȘȚĂÎÂßñÑİığĞçÇøØåÅæÆłŁőčšž«»€£–—’'];
		expect(letters.filter((char) => !covered.has(char.codePointAt(0)!))).toEqual([]);
	});
});
