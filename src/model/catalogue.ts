/**
 * The typed model of the site, built once per build from the content collections.
 * Pages, data files and (later) the search index read it; none of them re-derive these values.
 */
import type { MarkdownHeading } from 'astro';
import { type CollectionEntry, getCollection, type RenderedContent } from 'astro:content';
import { intl } from '../i18n/intl.ts';
import { defaultLocale, isLocale, type Locale, locales } from '../i18n/locales.ts';
import { urls } from '../i18n/urls.ts';
import { countryName } from './countries.ts';
import { endOf, figuresByKind, type FigureKind, practiceStatus, type Status, startYear, type UnstatedFact, unstatedFactsOf } from './practice.ts';
import type { LessonData, LessonTranslationData, PracticeData, PracticeTranslationData, SourceData } from './schema.ts';
import { areas, themes } from './vocabularies.ts';

interface Entry {
	collection: 'practices' | 'lessons';
	slug: string;
	locale: Locale;
	/** Every locale this entry is translated into, the default first. */
	locales: Locale[];
	url: string;
	/** The file of the entry in this locale (the translation, or the original where there is none yet), for "Edit this entry". */
	file: string;
	/** The language of the entry's texts: the page's, or the default's where there is no translation yet. */
	textLocale: Locale;
	/** The language of the body: the page's where the translation has one; else the default's, shown as a fallback. */
	bodyLocale: Locale;
	/** The locales whose page shows this entry's body in the default language, for the language switcher. */
	partialLocales: Locale[];
}

type Figure = NonNullable<NonNullable<PracticeData['impact']>['figures']>[number];

export interface Practice extends Entry {
	/** The original's facts with the translation's texts. */
	data: PracticeData;
	status: Status;
	startYear?: number;
	/** The end the source states or the model derives from a start and a length. */
	end?: string;
	figures: Record<FigureKind, Figure[]>;
	/** The language of the links' titles: a short translation leaves them in the original's. */
	linksLocale: Locale;
	/** The entry's links that its body does not already give (in "Learn more"): the page's References. */
	references: PracticeData['links'];
	/** What the source leaves out, for the "Not stated in the source" line. */
	unstated: UnstatedFact[];
	/** The entry whose body the page renders, and the original (for its Markdown in the open data). */
	body: CollectionEntry<'practices' | 'practiceTranslations'>;
	original: CollectionEntry<'practices'>;
}

export interface Lesson extends Entry {
	data: LessonData;
	body: CollectionEntry<'lessons' | 'lessonTranslations'>;
	original: CollectionEntry<'lessons'>;
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

/** Where an entry of id "<locale>/<slug>" is kept in the repository. */
const repositoryFile = (collection: 'practices' | 'lessons', id: string) => `content/${collection}/${id}.mdx`;

/** An entry with its body rendered (entry-loader.ts). */
type Rendered = { rendered?: RenderedContent };

/** The body's "Learn more" section lists the source's reference documents, with or without an address. */
/** The addresses a body links to, as written in its Markdown (the HTML escapes "&"). */
function bodyLinks(entry: Rendered): Set<string> {
	const html = entry.rendered?.html ?? '';
	return new Set([...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href.replaceAll('&amp;', '&')));
}

function hasLearnMore(entry: Rendered): boolean {
	// The loader stores the body's headings with its HTML; Astro types the metadata loosely.
	const headings = (entry.rendered?.metadata?.headings ?? []) as MarkdownHeading[];
	return headings.some((heading) => heading.depth === 2 && heading.text === 'Learn more');
}

/** The build date: a practice's status is stated as of the day the site was built. */
const today = new Date();

/** The translation's texts laid over the original's facts: a label per figure and a title per link, in order. */
function translatePractice(data: PracticeData, translation: PracticeTranslationData | undefined): PracticeData {
	if (!translation) return data;
	const impact = data.impact && {
		summary: data.impact.summary && (translation.impact?.summary ?? data.impact.summary),
		figures: data.impact.figures?.map((figure, i) => {
			const item = translation.impact?.figures?.[i];
			return typeof item === 'string' ? { ...figure, label: item } : item ? { ...figure, ...item } : figure;
		}),
	};
	const links = data.links.map((link, i) => ({ ...link, title: translation.links?.[i] ?? link.title }));
	return { ...data, title: translation.title, summary: translation.summary, place: data.place && (translation.place ?? data.place), impact, links };
}

const translateLesson = (data: LessonData, translation: LessonTranslationData | undefined): LessonData =>
	translation ? { ...data, title: translation.title, statement: translation.statement } : data;

/** Entries by id, "<locale>/<slug>". */
function byId<E extends { id: string }>(entries: E[]): Map<string, E> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}

const hasBody = (entry?: Rendered) => Boolean(entry?.rendered?.html.trim());

/**
 * What a page in `locale` knows of an entry beyond its data: its address and languages, the language of its
 * texts and body, and the translation (if any) with the body to render.
 */
function entryIn<O extends { id: string } & Rendered, T extends { id: string } & Rendered>(
	original: O,
	texts: Map<string, T>,
	locale: Locale,
	collection: 'practices' | 'lessons',
) {
	const { slug } = splitId(original.id);
	const translation = locale === defaultLocale ? undefined : texts.get(`${locale}/${slug}`);
	const others = locales.filter((other) => other !== defaultLocale);
	return {
		translation,
		entry: {
			collection,
			slug,
			locale,
			locales: [defaultLocale, ...others.filter((other) => texts.has(`${other}/${slug}`))],
			partialLocales: others.filter((other) => !hasBody(texts.get(`${other}/${slug}`))),
			url: urls.entry(locale, collection, slug),
			textLocale: translation ? locale : defaultLocale,
			bodyLocale: hasBody(translation) ? locale : defaultLocale,
			body: hasBody(translation) ? translation! : original,
			file: repositoryFile(collection, (translation ?? original).id),
		},
	};
}

async function load(): Promise<Map<Locale, Catalogue>> {
	const [practiceEntries, lessonEntries, practiceTranslations, lessonTranslations, sourceEntries] = await Promise.all([
		getCollection('practices'),
		getCollection('lessons'),
		getCollection('practiceTranslations'),
		getCollection('lessonTranslations'),
		getCollection('sources'),
	]);
	const sources = new Map(sourceEntries.map((entry) => [entry.id, entry.data]));
	const practiceTexts = byId(practiceTranslations);
	const lessonTexts = byId(lessonTranslations);

	const catalogues = new Map<Locale, Catalogue>();
	for (const locale of locales) {
		const collator = intl(Intl.Collator, locale);
		const practices = practiceEntries
			.map((original): Practice => {
				const { translation, entry } = entryIn(original, practiceTexts, locale, 'practices');
				const facts = original.data;
				const data = translatePractice(facts, translation?.data);
				const inBody = bodyLinks(entry.body);
				return {
					...entry,
					data,
					references: data.links.filter((link) => !inBody.has(link.url)),
					status: practiceStatus(facts.duration, today),
					startYear: startYear(facts.duration),
					end: endOf(facts.duration),
					figures: figuresByKind(data.impact?.figures),
					linksLocale: translation?.data.links || locale === defaultLocale ? locale : defaultLocale,
					unstated: unstatedFactsOf(facts, hasLearnMore(original)),
					original,
				};
			})
			.sort((a, b) => collator.compare(a.data.title, b.data.title));
		const lessons = lessonEntries
			.map((original): Lesson => {
				const { translation, entry } = entryIn(original, lessonTexts, locale, 'lessons');
				return {
					...entry,
					data: translateLesson(original.data, translation?.data),
					original,
				};
			})
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
	for (const item of items) {
		for (const key of keysOf(item)) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/** A practice's theme, or 'none' for practices from sources outside the compendium. */
export const themeOf = (practice: Practice) => practice.data.theme ?? 'none';

/**
 * Practices in the compendium's chapter order, then those without a theme, keeping their order within
 * each: how country and area pages list them, a page at a time.
 */
export function inThemeOrder(practices: readonly Practice[]): Practice[] {
	const byTheme = groupBy(practices, (practice) => [themeOf(practice)]);
	return [...themes.codes, 'none' as const].flatMap((theme) => byTheme.get(theme) ?? []);
}

/** The countries that have practices, sorted by their name in `locale`. */
export function countriesOf(practices: readonly Practice[], locale: Locale): { code: string; name: string; practices: Practice[] }[] {
	const collator = intl(Intl.Collator, locale);
	return [...groupBy(practices, (p) => p.data.countries)]
		.map(([code, list]) => ({ code, name: countryName(code, locale), practices: list }))
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** The areas of intervention that have practices or lessons, sorted by their label in `locale`. */
export function areasOf({ practices, lessons }: Catalogue, locale: Locale) {
	const practicesByArea = groupBy(practices, (practice) => practice.data.areas);
	const lessonsByArea = groupBy(lessons, (lesson) => lesson.data.areas);
	const collator = intl(Intl.Collator, locale);
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
