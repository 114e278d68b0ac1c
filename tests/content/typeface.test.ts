/**
 * The typeface covers every character the site shows: each character of the entries, pages, glossary and
 * interface strings, in the six languages, falls in the range of one of the two font files (src/fonts/typeface.ts)
 * and that file has a glyph for it. Otherwise a browser would draw that letter in another font.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeEuropeSubset } from '../../src/fonts/subset.ts';
import { codePoints, europe, latin } from '../../src/fonts/typeface.ts';
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

/** The code points a font file has glyphs for, among those its range names. */
async function glyphs(file: string, range: string): Promise<Set<number>> {
	const sfnt = await subsetFont(readFileSync(file), String.fromCodePoint(...codePoints(range)), { targetFormat: 'sfnt' });
	return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

describe('typeface', () => {
	const covered = new Map<number, Set<number>>();

	beforeAll(async () => {
		await writeEuropeSubset();
		for (const font of [latin, europe]) {
			const ranged = new Set(codePoints(font.range));
			const drawn = await glyphs(font.file, font.range);
			for (const code of ranged) if (drawn.has(code)) covered.set(code, drawn);
		}
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
