/**
 * The running header of a printed page: its title on the left, the site's name on the right (page numbers are
 * in global.css). Chromium has no `string-set`, so the title goes into an `@page` rule of the page's own.
 */
import { cssString } from '../escape.ts';

export function runningHeader(title: string, siteName: string): string {
	const left = title === siteName ? '' : `@top-left{content:${cssString(title)}}`;
	return `@page{${left}@top-right{content:${cssString(siteName)}}}`;
}
