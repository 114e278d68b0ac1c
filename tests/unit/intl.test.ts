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
