/** The languages the site is published in. The first is the default: every entry exists in it. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
	return (locales as readonly string[]).includes(value);
}

/** A text in the default locale, with translations added as they come. */
export type Translatable = { en: string } & Partial<Record<Locale, string>>;

export function translate(text: Translatable, locale: Locale): string {
	return text[locale] ?? text.en;
}
