/**
 * What the search knows about each entry: its filter values (stable codes, the same in every language),
 * its sort keys, and the card shown in results (labels in the page's language). The search page's index,
 * its card files, its paged list and facet counts all read these records; entry pages give Pagefind
 * their title, summary and number.
 */
import { intl } from '../i18n/intl.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import type { Catalogue, Lesson, Practice } from './catalogue.ts';
import { countryList, countryName } from './countries.ts';
import { areas, evidenceLevels, lessonTopics, levels, practiceTypes, statuses, targetGroups, themes, type Vocabulary } from './vocabularies.ts';

import { facetKeys, type FacetKey, kinds } from './facets.ts';

/** A result card, ready to render. */
export interface Card {
	url: string;
	title: string;
	/** "Bilbao, Spain", "Spain and Portugal" */
	where: string;
	typeLabel: string;
	areas: string[];
	summary: string;
	evidence: string;
}

/**
 * What a result card shows, its texts in the page's language: the search page renders its list from
 * these, and its script fetches them (search/cards/{n}.json) to show results.
 */
export interface ResultCardData {
	url: string;
	title: string;
	/** "Practice · Bilbao, Spain" */
	meta: string;
	summary: string;
	areas: string[];
	/** "Evidence: Evaluated", or empty. */
	evidence: string;
}

export function resultCard(card: Card, locale: Locale): ResultCardData {
	return {
		url: card.url,
		title: card.title,
		meta: [card.typeLabel, card.where].filter(Boolean).join(' · '),
		summary: card.summary,
		areas: card.areas,
		evidence: card.evidence && t(locale, 'search.evidence', { label: card.evidence }),
	};
}

export interface SearchRecord {
	filters: Partial<Record<FacetKey, string[]>>;
	sort: { title: string; start?: string };
	card: Card;
}

/** The card of a practice: in search results, and in every list of practices. */
export function practiceCard(practice: Practice): Card {
	const { data, locale } = practice;
	const countries = countryList(data.countries, locale);
	return {
		url: practice.url,
		title: data.title,
		where: [data.place, countries].filter(Boolean).join(', '),
		typeLabel: practiceTypes.label(data.type, locale),
		areas: data.areas.map((area) => areas.label(area, locale)),
		summary: data.summary,
		evidence: evidenceLevels.label(data.evidence, locale),
	};
}

function practiceSearchRecord(practice: Practice): SearchRecord {
	const { data } = practice;
	return {
		filters: {
			kind: ['practice'],
			country: data.countries,
			area: data.areas,
			type: [data.type],
			level: [data.level],
			theme: data.theme ? [data.theme] : [],
			status: [practice.status],
			evidence: [data.evidence],
			target: data.targetGroups,
			source: [data.source.document],
		},
		sort: { title: data.title, start: practice.startYear?.toString() },
		card: practiceCard(practice),
	};
}

function lessonSearchRecord(lesson: Lesson): SearchRecord {
	const { data, locale } = lesson;
	return {
		filters: { kind: ['lesson'], country: data.countries, area: data.areas, topic: [data.topic], source: [data.source.document] },
		sort: { title: data.title },
		card: {
			url: lesson.url,
			title: data.title,
			where: countryList(data.countries, locale),
			typeLabel: t(locale, 'kind.lesson'),
			areas: data.areas.map((area) => areas.label(area, locale)),
			summary: data.statement,
			evidence: '',
		},
	};
}

const recordsOf = new WeakMap<Catalogue, SearchRecord[]>();

/**
 * Every entry's record, in the order of the search page's full list (A–Z by title). An entry's
 * position here is its number in the page's index (see search-index.ts). Built once per catalogue:
 * the search page, its index and every entry page read the same list.
 */
export function searchRecords(catalogue: Catalogue, locale: Locale): SearchRecord[] {
	let records = recordsOf.get(catalogue);
	if (!records) {
		const collator = intl(Intl.Collator, locale);
		records = [...catalogue.practices.map(practiceSearchRecord), ...catalogue.lessons.map(lessonSearchRecord)].sort((a, b) => collator.compare(a.card.title, b.card.title));
		recordsOf.set(catalogue, records);
	}
	return records;
}

const numbersOf = new WeakMap<SearchRecord[], Map<string, number>>();

/**
 * One entry's record and its number in the search page's index. Entry pages give both to Pagefind,
 * so that a Pagefind result can be turned into that number.
 */
export function searchEntry(catalogue: Catalogue, locale: Locale, url: string): { record: SearchRecord; entry: number } {
	const records = searchRecords(catalogue, locale);
	let numbers = numbersOf.get(records);
	if (!numbers) numbersOf.set(records, (numbers = new Map(records.map((record, n) => [record.card.url, n]))));
	const entry = numbers.get(url)!;
	return { record: records[entry], entry };
}

/** The facets whose options are codes of a controlled vocabulary: labelled and ordered by it. */
const facetVocabularies: Partial<Record<FacetKey, Vocabulary<string>>> = {
	area: areas,
	type: practiceTypes,
	level: levels,
	theme: themes,
	topic: lessonTopics,
	status: statuses,
	evidence: evidenceLevels,
	target: targetGroups,
};

/** The label of one facet option in `locale`. */
export function optionLabel(facet: FacetKey, value: string, locale: Locale, catalogue: Catalogue): string {
	const vocabulary = facetVocabularies[facet];
	if (vocabulary) return vocabulary.has(value) ? vocabulary.label(value, locale) : value;
	if (facet === 'kind') return t(locale, value === 'lesson' ? 'kind.lessons' : 'kind.practices');
	if (facet === 'country') return countryName(value, locale);
	return catalogue.sources.get(value)?.citation ?? value;
}

/** How many records carry each value of each facet. */
export function facetCounts(records: readonly SearchRecord[]): Record<FacetKey, Map<string, number>> {
	const counts = Object.fromEntries(facetKeys.map((key) => [key, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
	for (const record of records) {
		for (const key of facetKeys) for (const value of record.filters[key] ?? []) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
	}
	return counts;
}

/** The options of each facet in display order: vocabulary order where there is one, else by label. */
export function facetOptions(catalogue: Catalogue, locale: Locale, counts: Record<FacetKey, Map<string, number>>) {
	const collator = intl(Intl.Collator, locale);
	// Ordered scales keep their order (levels, evidence…); long lists (countries, areas) go A–Z.
	const fixedOrder: Partial<Record<FacetKey, readonly string[]>> = {
		kind: kinds,
		level: levels.codes,
		theme: themes.codes,
		topic: lessonTopics.codes,
		status: statuses.codes,
		evidence: evidenceLevels.codes,
		source: [...catalogue.sources.keys()],
	};
	return facetKeys.map((facet) => {
		const order = fixedOrder[facet];
		const options = [...counts[facet]].map(([value, count]) => ({ value, count, label: optionLabel(facet, value, locale, catalogue) }));
		options.sort((a, b) => (order ? order.indexOf(a.value) - order.indexOf(b.value) : collator.compare(a.label, b.label)));
		return { facet, options };
	});
}

/** Words kept for "Did you mean …?": the most frequent, so that the list stays small at any corpus size. */
const MAX_WORDS = 6000;

/**
 * The words of the entries' titles and summaries, most frequent first, lower case: the search page
 * offers the closest of them for a word that finds nothing.
 */
export function searchWords(records: readonly SearchRecord[], locale: Locale): string[] {
	const counts = new Map<string, number>();
	for (const { card } of records) {
		for (const [word] of `${card.title} ${card.summary}`.toLocaleLowerCase(locale).matchAll(/\p{L}[\p{L}\p{M}'’-]*\p{L}/gu)) {
			if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS).map(([word]) => word);
}

const controlsOf = new WeakMap<Catalogue, { facets: ReturnType<typeof facetOptions>; years: string[] }>();

/**
 * The search page's controls over the whole catalogue: every facet's options with their counts, and the
 * start years there are. Made once per language: every page of the search's list shows the same.
 */
export function searchControls(catalogue: Catalogue, locale: Locale) {
	let controls = controlsOf.get(catalogue);
	if (!controls) {
		const records = searchRecords(catalogue, locale);
		const years = [...new Set(records.map((record) => record.sort.start).filter((year) => year !== undefined))].sort();
		controlsOf.set(catalogue, (controls = { facets: facetOptions(catalogue, locale, facetCounts(records)), years }));
	}
	return controls;
}
