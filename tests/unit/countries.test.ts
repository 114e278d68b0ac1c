import { describe, expect, it } from 'vitest';
import { countryCodes, countryName, isCountryCode, suggestCountry } from '../../src/model/countries.ts';

describe('countries', () => {
	it('are the 249 ISO 3166-1 alpha-2 codes', () => {
		expect(countryCodes).toHaveLength(249);
		for (const code of ['ES', 'GB', 'TR', 'MK', 'CA', 'IS']) expect(isCountryCode(code)).toBe(true);
	});

	it('exclude groupings, reserved and deprecated codes', () => {
		for (const code of ['EU', 'UN', 'XK', 'UK', 'YU', 'ZZ', 'es', 'ESP']) expect(isCountryCode(code)).toBe(false);
	});

	it('take their names from Intl', () => {
		expect(countryName('TR', 'en')).toBe(new Intl.DisplayNames(['en'], { type: 'region' }).of('TR'));
		expect(countryName('MK', 'en')).toBe('North Macedonia');
	});

	it('suggest the code an editor meant', () => {
		expect(suggestCountry('UK')).toBe('GB');
		expect(suggestCountry('Spain')).toBe('ES');
		expect(suggestCountry('Estonia')).toBe('EE');
		expect(suggestCountry('DEU')).toBe('DE');
		expect(suggestCountry('Atlantis')).toBeUndefined();
	});
});
