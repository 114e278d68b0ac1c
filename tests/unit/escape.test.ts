/** Each context's escape, tried with the strings a hostile entry would use. */
import { describe, expect, it } from 'vitest';
import { controlCharacters, csvCell, cssString, pdfMetadataText, terminalText, yamlString } from '../../src/escape.ts';
import yaml from 'js-yaml';

/** Form feed, NUL, backslash, quotes, a comment end, a style end, line breaks, bidi and line-separator controls. */
const hostile = [
	'Title\f}body{display:none}',
	'Nul\u0000byte',
	'back\\slash\\',
	'"double" and \'single\'',
	'*/ body { color: red } /*',
	'</style><script>alert(1)</script>',
	'line\nbreak\r\nand\u2028separator',
	'\u202eevil\u202c and \u2066isolate\u2069',
	'\u001b[31mred\u001b[0m',
	'=HYPERLINK("https://evil.example","click")',
];

describe('cssString', () => {
	it('writes text that a CSS parser reads back as one string token with the same value', () => {
		for (const text of hostile) {
			const css = cssString(text);
			// One string: the only quotes are the delimiters, and nothing can end it early or open a comment.
			expect(css.slice(1, -1)).not.toMatch(/["\n\r\f<>/*{}\\](?![0-9A-F]{4,6} )/u);
			// Reading the escapes back gives the text (CSS turns NUL into U+FFFD, as a browser would).
			const read = css.slice(1, -1).replace(/\\([0-9A-F]{4,6}) /g, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd));
			expect(read).toBe(text.replace(/\u0000/g, '\ufffd'));
		}
	});

	it('leaves letters of every language and plain punctuation as they are', () => {
		expect(cssString('Bucureşti: ș ț ă î â, ß, ñ, İ ı ğ ç, ø å æ – (2024)')).toBe('"Bucureşti: ș ț ă î â, ß, ñ, İ ı ğ ç, ø å æ – (2024)"');
	});
});

describe('csvCell', () => {
	it('neutralises a cell a spreadsheet would read as a formula', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`'${start}SUM(A1:A9)`);
		expect(csvCell('=HYPERLINK("https://evil.example")')).toBe('\'=HYPERLINK("https://evil.example")');
	});

	it('leaves other text as it is', () => {
		expect(csvCell('Bilbao; 2013 - ongoing')).toBe('Bilbao; 2013 - ongoing');
		expect(csvCell('')).toBe('');
	});
});

describe('terminalText', () => {
	it('keeps contributor text on one line, with every control shown as an escape', () => {
		for (const text of hostile) {
			const line = terminalText(text);
			expect(line).not.toMatch(controlCharacters);
			expect(line.split('\n')).toHaveLength(1);
		}
		expect(terminalText('a\n::error file=README.md::approved')).toBe('a\\n::error file=README.md::approved');
		expect(terminalText('\u001b[31mred')).toBe('\\u001B[31mred');
		expect(terminalText('\u202eevil')).toBe('\\u202Eevil');
	});
});

describe('yamlString', () => {
	it('writes a scalar that YAML reads back as the same text', () => {
		for (const text of hostile) {
			const written = yamlString(text);
			expect(written).not.toMatch(controlCharacters);
			expect(yaml.load(`title: ${written}`)).toEqual({ title: text });
		}
	});
});

describe('pdfMetadataText', () => {
	it('makes one line without controls', () => {
		for (const text of hostile) expect(pdfMetadataText(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
		expect(pdfMetadataText('A\ntitle\u202e here')).toBe('A title here');
		expect(pdfMetadataText('EU Belong\u00a0: une approche')).toBe('EU Belong\u00a0: une approche');
	});
});
