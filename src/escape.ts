/**
 * Contributor text written into another language: one helper per context, each escaping for that context
 * alone. Entries reach the site through pull requests, so every helper assumes the worst text (tests/unit/
 * escape.test.ts tries form feeds, NUL, backslashes, quotes, comment ends, `</style>`, bidi controls).
 * HTML needs none here: Astro and hast-util-to-html escape text and attributes themselves.
 */

/** C0 and C1 controls, DEL, the line and paragraph separators, and the bidi controls that reorder what is shown. */
export const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const codePoint = (char: string) => char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/** The character as `U+000C`, the way the validator names a character it refuses. */
export const characterName = (char: string) => `U+${codePoint(char)}`;

/**
 * A CSS string literal. Every character but letters, digits, spaces and plain punctuation becomes a hex
 * escape, so nothing can end the string (quotes, line breaks: \n, \r and \f are all newlines to CSS), start an
 * escape, open a comment or close the style element.
 */
export function cssString(text: string): string {
	let out = '';
	for (const char of text) out += /^[\p{L}\p{M}\p{N} .,:;!?'()&–—-]$/u.test(char) ? char : `\\${codePoint(char)} `;
	return `"${out}"`;
}

/**
 * A CSV cell a spreadsheet reads as text: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * is a formula to Excel, LibreOffice and Google Sheets, so it gets a leading apostrophe (OWASP's advice).
 * Quoting and doubling quotes is the CSV writer's part.
 */
export const csvCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * Text for one line of a terminal or a CI log: line breaks, other controls and bidi controls shown as
 * escapes (`\n`, `\u001B`), so that contributor text can never start a line of its own (a forged `::error`
 * annotation in GitHub Actions), move the cursor or colour the output.
 */
export const terminalText = (text: string) =>
	text.replace(controlCharacters, (char) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[char] ?? `\\u${codePoint(char)}`);

/** A double-quoted YAML scalar: JSON's escapes are YAML's, and controls that JSON leaves as they are are escaped too. */
export const yamlString = (text: string) => JSON.stringify(text).replace(controlCharacters, (char) => `\\u${codePoint(char)}`);

/**
 * Text for a PDF's metadata (title, author): one line, without controls, which viewers show in a title bar;
 * other spaces (French typography's no-break space before a colon) stay as they are. pdf-lib writes it as a
 * UTF-16 hex string, so no PDF syntax needs escaping.
 */
export const pdfMetadataText = (text: string) => text.replace(controlCharacters, ' ').replace(/ {2,}/g, ' ').trim();
