/** Interface text, per locale. Vocabulary labels live with the vocabularies; country names come from Intl. */
import type { Locale } from './locales.ts';

const en = {
	'site.name': 'Intercultural Practices',
	'site.tagline': 'Good practices and lessons learned in intercultural integration, anti-discrimination, migrant participation and the prevention of polarisation in Europe.',
	'skip': 'Skip to content',
	'breadcrumbs': 'Breadcrumb',
	'nav.label': 'Main',
	'nav.home': 'Home',
	'nav.practices': 'Practices',
	'nav.lessons': 'Lessons learned',
	'nav.countries': 'Countries',
	'nav.areas': 'Areas',
	'nav.sources': 'Sources',
	'nav.about': 'About',
	'language.choose': 'Choose a language',
	'home.browse': 'Browse',
	'home.practicesCount': '{n} practices',
	'home.lessonsCount': '{n} lessons learned',
	'home.countriesCount': 'Practices from {n} countries',
	'home.areasCount': '{n} areas of intervention',
	'home.sourcesCount': '{n} source documents',
	'home.data': 'Open data',
	'home.dataText': 'All entries are available as open data under CC BY 4.0:',
	'practices.title': 'Practices',
	'practices.intro': 'All {n} practices, in alphabetical order.',
	'browse.by': 'Browse by',
	'lessons.title': 'Lessons learned',
	'lessons.intro': '{n} lessons learned, grouped by topic.',
	'countries.title': 'Countries',
	'countries.intro': 'Practices by country. An international practice is listed under every country it covers.',
	'countries.none': 'No practices from this country yet.',
	'areas.title': 'Areas of intervention',
	'areas.intro': 'Practices by area of intervention. A practice can belong to several areas.',
	'sources.title': 'Sources',
	'sources.intro': 'Every entry is an original summary of one of these documents, which it cites.',
	'sources.entries': 'Entries from this document',
	'sources.publisher': 'Publisher',
	'sources.date': 'Date',
	'sources.reference': 'Reference',
	'sources.link': 'Document address',
	'count.practices': '{n} practices',
	'count.practice': '1 practice',
	'count.lessons': '{n} lessons',
	'count.lesson': '1 lesson',
	'theme.none': 'Other sources',
	'fact.country': 'Country',
	'fact.countries': 'Countries',
	'fact.place': 'Place',
	'fact.level': 'Level',
	'fact.type': 'Type',
	'fact.typeLabel': 'In the source',
	'fact.durationText': 'In the source',
	'fact.areas': 'Areas of intervention',
	'fact.theme': 'Theme',
	'fact.duration': 'Duration',
	'fact.status': 'Status',
	'fact.evidence': 'Evidence',
	'fact.targetGroups': 'Target groups',
	'fact.topic': 'Topic',
	'fact.notStated': 'Not stated',
	'practice.keyFacts': 'Key facts',
	'practice.keyFigures': 'Key figures',
	'practice.organisations': 'Organisations',
	'practice.lead': 'Lead',
	'practice.partners': 'Partners',
	'practice.references': 'References',
	'practice.source': 'Source',
	'practice.updated': 'Entry last checked against its source on {date}.',
	'practice.lessons': 'Lessons learned that this practice illustrates',
	'lesson.related': 'Practices that illustrate this lesson',
	'lesson.statement': 'The lesson',
	'duration.ongoing': 'ongoing',
	'duration.since': 'since {start}',
	'duration.until': 'until {end}',
	'citation.page': 'p. {page}',
	'about.title': 'About',
	'notFound.title': 'Page not found',
	'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
	'footer.licence': 'Entries are original summaries under CC BY 4.0, each citing its source document. Code under the MIT licence.',
	'footer.data': 'Open data',
} as const;

export type UiKey = keyof typeof en;

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { en };

/** The text for `key` in `locale` (falling back to English), with `{name}` placeholders filled in. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
	const text = dictionaries[locale][key] ?? en[key];
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** "1 practice" / "12 practices", with the locale's plural rules. */
export function count(locale: Locale, n: number, one: UiKey, other: UiKey): string {
	return new Intl.PluralRules(locale).select(n) === 'one' ? t(locale, one, { n }) : t(locale, other, { n });
}

/** "12 practices, 3 lessons", leaving out a kind there is none of. */
export function countEntries(locale: Locale, practices: number, lessons: number): string {
	return [practices && count(locale, practices, 'count.practice', 'count.practices'), lessons && count(locale, lessons, 'count.lesson', 'count.lessons')]
		.filter(Boolean)
		.join(', ');
}
