import { describe, expect, it } from 'vitest';
import { intl } from '../../src/i18n/intl.ts';

describe('Intl formatters made once', () => {
	it('gives the same formatter for the same kind, locale and options', () => {
		const first = intl(Intl.DateTimeFormat, 'fr', { dateStyle: 'long', timeZone: 'UTC' });
		expect(intl(Intl.DateTimeFormat, 'fr', { dateStyle: 'long', timeZone: 'UTC' })).toBe(first);
		expect(first.format(Date.UTC(2024, 2, 1))).toBe('1 mars 2024');
	});

	it('makes another one for another locale, kind or options', () => {
		const french = intl(Intl.NumberFormat, 'fr');
		expect(intl(Intl.NumberFormat, 'de')).not.toBe(french);
		expect(intl(Intl.NumberFormat, 'fr', { style: 'unit', unit: 'month', unitDisplay: 'long' })).not.toBe(french);
		expect(intl(Intl.PluralRules, 'fr')).not.toBe(french);
		expect([intl(Intl.NumberFormat, 'de').format(1234.5), intl(Intl.PluralRules, 'fr').select(1)]).toEqual(['1.234,5', 'one']);
	});
});

describe('listJoiners', () => {
	it('gives the words before each item of a list, as each language joins them', async () => {
		const { list, listJoiners } = await import('../../src/i18n/format.ts');
		expect(listJoiners('en', 3)).toEqual(['', ', ', ' and ']);
		expect(listJoiners('fr', 2)).toEqual(['', ' et ']);
		expect(listJoiners('en', 1)).toEqual(['']);
		for (const locale of ['en', 'fr', 'de', 'ro'] as const) {
			const items = ['Spain', 'France', 'Italy'];
			expect(listJoiners(locale, 3).map((joiner, i) => joiner + items[i]).join('')).toBe(list(locale, items));
		}
	});
});
