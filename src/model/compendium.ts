/**
 * The whole knowledge base as one document, for its PDF: practices by theme (the compendium's chapters, in
 * its order), then by country, then in the order of the source's pages; then the lessons learned; then an
 * index of countries and areas. Every entry has an anchor, which the contents and the index link to.
 */
import { type Catalogue, groupBy, type Lesson, type Practice } from './catalogue.ts';
import { countryName } from './countries.ts';
import { nestHtml } from './nested-html.ts';
import { areas, themes } from './vocabularies.ts';
import { intl } from '../i18n/intl.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';

export interface CompendiumChapter {
	id: string;
	title: string;
	countries: { id: string; name: string; practices: Practice[] }[];
}

export interface IndexHeading {
	name: string;
	entries: { anchor: string; title: string }[];
}

export interface Compendium {
	chapters: CompendiumChapter[];
	lessons: Lesson[];
	index: { countries: IndexHeading[]; areas: IndexHeading[] };
	/** The last update of any entry: the document's date. */
	updated: Date;
}

export const entryAnchor = (entry: Practice | Lesson) => `${entry.original.collection === 'practices' ? 'practice' : 'lesson'}-${entry.slug}`;

const NO_COUNTRY = '';

export function compendiumOf({ practices, lessons }: Catalogue, locale: Locale): Compendium {
	const collator = intl(Intl.Collator, locale);
	const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);
	const nameOf = (code: string) => (code === NO_COUNTRY ? t(locale, 'compendium.noCountry') : countryName(code, locale));
	// A practice stands under its first country; the index lists it under each.
	const bySourcePage = (a: Practice, b: Practice) => (a.data.source.page ?? Infinity) - (b.data.source.page ?? Infinity) || collator.compare(a.data.title, b.data.title);
	const byTheme = groupBy(practices, (practice) => [practice.data.theme ?? 'none']);
	const chapters = [...themes.codes.map((code) => [code, themes.label(code, locale)] as const), ['none', t(locale, 'theme.none')] as const]
		.filter(([code]) => byTheme.has(code))
		.map(([code, title]) => ({
			id: `theme-${code}`,
			title,
			countries: [...groupBy(byTheme.get(code)!, (practice) => [practice.data.countries[0] ?? NO_COUNTRY])]
				.map(([country, list]) => ({ id: `theme-${code}-${country || 'none'}`, name: nameOf(country), practices: [...list].sort(bySourcePage) }))
				.sort(byName),
		}));
	// The index lists a heading's entries in the document's order, so that its page numbers rise.
	const entries = [...chapters.flatMap((chapter) => chapter.countries.flatMap((country) => country.practices)), ...lessons];
	const heading = (name: string, list: (Practice | Lesson)[]): IndexHeading => ({ name, entries: list.map((entry) => ({ anchor: entryAnchor(entry), title: entry.data.title })) });
	const countries = [...groupBy(entries, (entry) => entry.data.countries)].map(([code, list]) => heading(countryName(code, locale), list)).sort(byName);
	const areaIndex = [...groupBy(entries, (entry) => entry.data.areas)].map(([code, list]) => heading(areas.label(code, locale), list)).sort(byName);
	const updated = new Date(Math.max(...entries.map((entry) => entry.data.updated.getTime())));
	return { chapters, lessons, index: { countries, areas: areaIndex }, updated };
}

/**
 * What an entry's sheet in the compendium shows besides its fields: its anchor, the prefix that keeps its
 * ids unique, its body with the headings `by` levels down, the body's language where it is not the page's,
 * and its source document.
 */
export function compendiumSheet(entry: Practice | Lesson, catalogue: Catalogue, by: number) {
	const anchor = entryAnchor(entry);
	const prefix = `${anchor}-`;
	return {
		anchor,
		prefix,
		body: nestHtml(entry.body.rendered?.html ?? '', by, prefix),
		bodyLang: entry.bodyLocale === entry.locale ? undefined : entry.bodyLocale,
		source: catalogue.sources.get(entry.data.source.document)!,
	};
}
