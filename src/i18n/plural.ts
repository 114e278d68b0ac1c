/** Plural forms, chosen with Intl.PluralRules: small enough for the browser, which counts search results. */
import { intl } from './intl.ts';
import type { Locale } from './locales.ts';

/** A text with a form for each plural category the locale uses; `other` is always there. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form for `n` in `locale`, with `{n}` written in the locale's digits and separators. */
export function pluralForm(locale: Locale, forms: Plural, n: number): string {
	const form = forms[intl(Intl.PluralRules, locale).select(n)] ?? forms.other;
	return form.replace('{n}', intl(Intl.NumberFormat, locale).format(n));
}
