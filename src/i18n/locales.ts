/** The languages the site is published in. The first is the default: every entry exists in it. */
import { intl } from './intl.ts';

export const locales = ['en', 'fr', 'de', 'es', 'it', 'ro'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
	return (locales as readonly string[]).includes(value);
}

/** A text in every locale: a label missing in one fails the type check. */
export type Translatable = Record<Locale, string>;

export function translate(text: Translatable, locale: Locale): string {
	return text[locale];
}

/** A language's name in that language: "English", "Français", "Deutsch". */
export function languageName(locale: Locale): string {
	const name = intl(Intl.DisplayNames, locale, { type: 'language' }).of(locale) ?? locale;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Where the visitor's chosen language is remembered (localStorage), for the home address "/". */
export const LANGUAGE_KEY = 'language';
