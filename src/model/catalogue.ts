/**
 * The typed model of the site, built once per build from the content collections.
 * Pages, data files and (later) the search index read it; none of them re-derive these values.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { defaultLocale, isLocale, type Locale, locales } from '../i18n/locales.ts';
import { urls } from '../i18n/urls.ts';
import { countryName } from './countries.ts';
import { endOf, figuresByKind, type FigureKind, practiceStatus, type Status, startYear, type UnstatedFact, unstatedFactsOf } from './practice.ts';
import type { LessonData, PracticeData, SourceData } from './schema.ts';
import { areas } from './vocabularies.ts';

interface Entry {
	slug: string;
	locale: Locale;
	/** Every locale this entry exists in. */
	locales: Locale[];
	url: string;
	/** The entry's file in the repository, for "Edit this entry". */
	file: string;
}

type Figure = NonNullable<NonNullable<PracticeData['impact']>['figures']>[number];

export interface Practice extends Entry {
	data: PracticeData;
	status: Status;
	startYear?: number;
	/** The end the source states or the model derives from a start and a length. */
	end?: string;
	figures: Record<FigureKind, Figure[]>;
	/** What the source leaves out, for the "Not stated in the source" line. */
	unstated: UnstatedFact[];
	entry: CollectionEntry<'practices'>;
}

export interface Lesson extends Entry {
	data: LessonData;
	entry: CollectionEntry<'lessons'>;
}

export interface Catalogue {
	practices: Practice[];
	lessons: Lesson[];
	sources: Map<string, SourceData>;
}

function splitId(id: string): { locale: Locale; slug: string } {
	const [locale, slug] = id.split('/');
	if (!isLocale(locale) || !slug) throw new Error(`Entry "${id}" is not at <locale>/<slug>`);
	return { locale, slug };
}

function localesOf(ids: string[]): Map<string, Locale[]> {
	const bySlug = new Map<string, Locale[]>();
	for (const id of ids) {
		const { locale, slug } = splitId(id);
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), locale]);
	}
	return bySlug;
}

/** Every entry of the default locale, in `locale`'s translation where there is one. */
function inLocale<E extends { id: string }>(entries: E[], locale: Locale): { entry: E; slug: string }[] {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return entries
		.filter((entry) => splitId(entry.id).locale === defaultLocale)
		.map((entry) => {
			const { slug } = splitId(entry.id);
			return { entry: byId.get(`${locale}/${slug}`) ?? entry, slug };
		});
}

/** Where an entry of id "<locale>/<slug>" is kept in the repository. */
const repositoryFile = (collection: 'practices' | 'lessons', id: string) => `content/${collection}/${id}.mdx`;

/** The body's "Learn more" section lists the source's reference documents, with or without an address. */
const hasLearnMore = (body = '') => /^## Learn more\s*$/m.test(body);

/** The build date: a practice's status is stated as of the day the site was built. */
const today = new Date();

async function load(): Promise<Map<Locale, Catalogue>> {
	const [practiceEntries, lessonEntries, sourceEntries] = await Promise.all([getCollection('practices'), getCollection('lessons'), getCollection('sources')]);
	const sources = new Map(sourceEntries.map((entry) => [entry.id, entry.data]));
	const practiceLocales = localesOf(practiceEntries.map((entry) => entry.id));
	const lessonLocales = localesOf(lessonEntries.map((entry) => entry.id));

	const catalogues = new Map<Locale, Catalogue>();
	for (const locale of locales) {
		const collator = new Intl.Collator(locale);
		const practices = inLocale(practiceEntries, locale)
			.map(({ entry, slug }): Practice => ({
				slug,
				locale,
				locales: practiceLocales.get(slug) ?? [],
				url: urls.practice(locale, slug),
				file: repositoryFile('practices', entry.id),
				data: entry.data,
				status: practiceStatus(entry.data.duration, today),
				startYear: startYear(entry.data.duration),
				end: endOf(entry.data.duration),
				figures: figuresByKind(entry.data.impact?.figures),
				unstated: unstatedFactsOf(entry.data, hasLearnMore(entry.body)),
				entry,
			}))
			.sort((a, b) => collator.compare(a.data.title, b.data.title));
		const lessons = inLocale(lessonEntries, locale)
			.map(({ entry, slug }): Lesson => ({
				slug,
				locale,
				locales: lessonLocales.get(slug) ?? [],
				url: urls.lesson(locale, slug),
				file: repositoryFile('lessons', entry.id),
				data: entry.data,
				entry,
			}))
			.sort((a, b) => collator.compare(a.data.title, b.data.title));
		catalogues.set(locale, { practices, lessons, sources });
	}
	return catalogues;
}

let loading: Promise<Map<Locale, Catalogue>> | undefined;

export async function getCatalogue(locale: Locale): Promise<Catalogue> {
	loading ??= load();
	return (await loading).get(locale)!;
}

/** Groups items under each of the keys `keysOf` gives them, keeping the items' order. */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
	return groups;
}

/** The countries that have practices, sorted by their name in `locale`. */
export function countriesOf(practices: readonly Practice[], locale: Locale): { code: string; name: string; practices: Practice[] }[] {
	const collator = new Intl.Collator(locale);
	return [...groupBy(practices, (p) => p.data.countries)]
		.map(([code, list]) => ({ code, name: countryName(code, locale), practices: list }))
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** The areas of intervention that have practices or lessons, sorted by their label in `locale`. */
export function areasOf({ practices, lessons }: Catalogue, locale: Locale) {
	const practicesByArea = groupBy(practices, (practice) => practice.data.areas);
	const lessonsByArea = groupBy(lessons, (lesson) => lesson.data.areas);
	const collator = new Intl.Collator(locale);
	return areas.codes
		.filter((area) => practicesByArea.has(area) || lessonsByArea.has(area))
		.map((area) => ({ area, label: areas.label(area, locale), practices: practicesByArea.get(area) ?? [], lessons: lessonsByArea.get(area) ?? [] }))
		.sort((a, b) => collator.compare(a.label, b.label));
}

/** Every source document with the entries written from it, in the order of content/sources.yaml. */
export function sourcesOf({ sources, practices, lessons }: Catalogue) {
	return [...sources.values()].map((source) => ({
		source,
		practices: practices.filter((practice) => practice.data.source.document === source.id),
		lessons: lessons.filter((lesson) => lesson.data.source.document === source.id),
	}));
}
