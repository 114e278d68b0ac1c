import { intl } from './intl.ts';
import type { Locale } from './locales.ts';

/** "Spain, France and Italy", with the locale's conjunction. */
export function list(locale: Locale, items: readonly string[]): string {
	return intl(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' }).format(items);
}
