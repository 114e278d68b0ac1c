/**
 * The running header of a printed page: its title on the left, the site's name on the right (page numbers are
 * in global.css). Chromium has no `string-set`, so the title goes into an `@page` rule of the page's own.
 */

/** A CSS string: quotes, backslashes and line breaks escaped, and `<` too, so that it cannot end the style element. */
export const cssString = (text: string) => `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;

export function runningHeader(title: string, siteName: string): string {
	const left = title === siteName ? '' : `@top-left{content:${cssString(title)}}`;
	return `@page{${left}@top-right{content:${cssString(siteName)}}}`;
}
