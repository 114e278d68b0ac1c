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
