/**
 * Interface text: one dictionary per locale in src/i18n/ui/, each of the same shape as English, so that a
 * missing or extra key fails the type check. Vocabulary labels live with the vocabularies; country names
 * come from Intl. Counts go through `plural`, with the locale's plural rules.
 */
import type { Locale } from './locales.ts';
import { type Plural, pluralForm } from './plural.ts';
import { de } from './ui/de.ts';
import { en } from './ui/en.ts';
import { es } from './ui/es.ts';
import { fr } from './ui/fr.ts';
import { it } from './ui/it.ts';
import { ro } from './ui/ro.ts';

type English = typeof en;
/** The shape of every dictionary: English's keys, each a text or a plural. */
export type Dictionary = { [K in keyof English]: English[K] extends string ? string : Plural };

export type UiKey = { [K in keyof English]: English[K] extends string ? K : never }[keyof English];
export type PluralKey = Exclude<keyof English, UiKey>;

export const dictionaries: Record<Locale, Dictionary> = { en, fr, de, es, it, ro };

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

/** The text for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
	return fill(dictionaries[locale][key], values);
}

/**
 * The text for `key` around its one placeholder, as [before, after], for pages that put markup there:
 * "Source: {citation}" → ["Source: ", ""], so that each language places its own punctuation.
 */
export function around(locale: Locale, key: UiKey): [string, string] {
	const [before, after = ''] = dictionaries[locale][key].split(/\{\w+\}/);
	return [before, after];
}

/** `key`'s text for the count `n`: "1 practice", "12 practices", "2 practici", "20 de practici". */
export function plural(locale: Locale, key: PluralKey, n: number, values: Record<string, string | number> = {}): string {
	return fill(pluralForm(locale, dictionaries[locale][key], n), values);
}

/** "12 practices, 3 lessons", leaving out a kind there is none of. */
export function countEntries(locale: Locale, practices: number, lessons: number): string {
	return [practices && plural(locale, 'count.practices', practices), lessons && plural(locale, 'count.lessons', lessons)].filter(Boolean).join(', ');
}
