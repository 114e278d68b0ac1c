import { intl } from './intl.ts';
import type { Locale } from './locales.ts';

/** "Spain, France and Italy", with the locale's conjunction. */
export function list(locale: Locale, items: readonly string[]): string {
	return intl(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** "2,000", "2 000", "2.000": a number as the locale writes it. */
export function number(locale: Locale, n: number): string {
	return intl(Intl.NumberFormat, locale).format(n);
}

/**
 * The words that go before each of `count` items of a list, as `list` would join them ("", ", ", " and "), for
 * lists whose items are markup (links).
 */
export function listJoiners(locale: Locale, count: number): string[] {
	const parts = intl(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' }).formatToParts(Array.from({ length: count }, (_, i) => String(i)));
	const joiners: string[] = [];
	let literal = '';
	for (const part of parts) {
		if (part.type === 'element') {
			joiners.push(literal);
			literal = '';
		} else literal += part.value;
	}
	return joiners;
}
