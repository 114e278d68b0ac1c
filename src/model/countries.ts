/**
 * Countries are ISO 3166-1 alpha-2 codes; their names come from Intl.DisplayNames, in any locale.
 * The set of valid codes is derived from the same data rather than written out by hand.
 */
import type { Locale } from '../i18n/locales.ts';
import { list } from '../i18n/format.ts';
import { intl } from '../i18n/intl.ts';
import { closest } from './suggest.ts';

/** Region codes Intl names that are not ISO 3166-1 countries (reserved, grouping or private-use codes). */
const notCountries = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

const englishNames = intl(Intl.DisplayNames, 'en', { type: 'region', fallback: 'code' });

function computeCountryCodes(): string[] {
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	const codes: string[] = [];
	for (const first of letters) {
		for (const second of letters) {
			const code = first + second;
			if (notCountries.has(code) || englishNames.of(code) === code) continue;
			// Skip deprecated aliases (UK → GB, YU → RS): only the canonical code is valid.
			if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
			codes.push(code);
		}
	}
	return codes;
}

export const countryCodes: readonly string[] = computeCountryCodes();
const countryCodeSet = new Set(countryCodes);

export function isCountryCode(value: string): boolean {
	return countryCodeSet.has(value);
}

export function countryName(code: string, locale: Locale): string {
	return intl(Intl.DisplayNames, locale, { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** "Spain", "Spain and Portugal": the countries' names as a list in `locale`. */
export function countryList(codes: readonly string[], locale: Locale): string {
	return list(locale, codes.map((code) => countryName(code, locale)));
}

/** The valid code an editor most likely meant: "Spain" → ES, "UK" → GB, "ESP" → ES. */
export function suggestCountry(value: string): string | undefined {
	const upper = value.trim().toUpperCase();
	if (/^[A-Z]{2}$/.test(upper)) {
		const canonical = Intl.getCanonicalLocales(`und-${upper}`)[0]?.slice(4);
		if (canonical && isCountryCode(canonical)) return canonical;
	}
	// Most alpha-3 codes start with the alpha-2 code (ESP → ES, DEU → DE).
	if (/^[A-Z]{3}$/.test(upper) && isCountryCode(upper.slice(0, 2))) return upper.slice(0, 2);
	const byName = new Map(countryCodes.map((code) => [englishNames.of(code)!, code]));
	const name = closest(value, byName.keys());
	return name ? byName.get(name) : undefined;
}
