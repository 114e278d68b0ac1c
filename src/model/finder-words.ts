/**
 * The finder's words for each language, as stems for its index (./finder-index.ts): the stop words and situation
 * synonyms written for it (./finder-words/{language}.ts) and the search's spelling variants
 * (./search-variants.ts), which the finder honours too.
 */
import { type FinderWords, stem, wordsOf } from './finder-text.ts';
import * as de from './finder-words/de.ts';
import * as en from './finder-words/en.ts';
import * as es from './finder-words/es.ts';
import * as fr from './finder-words/fr.ts';
import * as it from './finder-words/it.ts';
import * as ro from './finder-words/ro.ts';
import { searchVariants } from './search-variants.ts';
import type { Locale } from '../i18n/locales.ts';

const written: Record<Locale, { stopWords: readonly string[]; synonyms: readonly (readonly string[])[] }> = { en, fr, de, es, it, ro };

export function finderWords(locale: Locale): FinderWords {
	const stops = new Set(written[locale].stopWords.flatMap((word) => wordsOf(word).map((part) => stem(part, locale))));
	// A phrase as typed text is read (./finder-text.ts: queryWords): short words and stop words left out, so that
	// "discours de haine" meets a typed "discours de haine" as "discour haine".
	const stemmed = (phrase: string) =>
		wordsOf(phrase)
			.filter((word) => word.length > 2)
			.map((word) => stem(word, locale))
			.filter((part) => !stops.has(part))
			.join(' ');
	const groups = [...written[locale].synonyms, ...searchVariants[locale]].map((group) => [...new Set(group.map(stemmed))].filter(Boolean));
	return { stops: [...stops].sort(), synonyms: groups.filter((group) => group.length > 1) };
}
