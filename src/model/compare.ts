/**
 * A practice as the compare page shows it: one text per row, in the page's language, made at build time
 * (src/pages/[locale]/compare/[slug].json.ts) so that the page's script only places text. Rows with nothing
 * to say hold the page's "Not stated".
 */
import type { Practice } from './catalogue.ts';
import { countryList } from './countries.ts';
import { citation, formatPeriod } from './practice.ts';
import { areas, evidenceLevels, figureKinds, levels, practiceTypes, statuses, targetGroups } from './vocabularies.ts';
import type { SourceData } from './schema.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { plural, t } from '../i18n/ui.ts';

export const compareRows = ['countries', 'place', 'level', 'type', 'areas', 'duration', 'status', 'targetGroups', 'result', 'target', 'context', 'evidence', 'lead', 'partners', 'source'] as const;
export type CompareRow = (typeof compareRows)[number];

export interface ComparedPractice {
	id: string;
	title: string;
	url: string;
	/** Each row's lines; an empty list where the source says nothing. */
	rows: Record<CompareRow, string[]>;
	/** Rows written in the original entry's language (organisations' names), for the cell's `lang`. */
	original: { lang?: Locale; rows: CompareRow[] };
}

/** The rows' headings, in the page's language. */
export function rowLabels(locale: Locale): Record<CompareRow, string> {
	return {
		countries: plural(locale, 'fact.countries', 2),
		place: t(locale, 'fact.place'),
		level: t(locale, 'fact.level'),
		type: t(locale, 'fact.type'),
		areas: t(locale, 'fact.areas'),
		duration: t(locale, 'fact.duration'),
		status: t(locale, 'fact.status'),
		targetGroups: t(locale, 'fact.targetGroups'),
		result: figureKinds.label('result', locale),
		target: figureKinds.label('target', locale),
		context: figureKinds.label('context', locale),
		evidence: t(locale, 'fact.evidence'),
		lead: t(locale, 'practice.lead'),
		partners: t(locale, 'practice.partners'),
		source: t(locale, 'compare.source'),
	};
}

export function comparedPractice(practice: Practice, source: SourceData): ComparedPractice {
	const { locale, data } = practice;
	const figures = (kind: 'result' | 'target' | 'context') => practice.figures[kind].map((figure) => `${figure.value} ${figure.label}`);
	const period = formatPeriod(data.duration, locale);
	return {
		id: `practices/${practice.slug}`,
		title: data.title,
		url: practice.url,
		rows: {
			countries: data.countries.length ? [countryList(data.countries, locale)] : [],
			place: data.place ? [data.place] : [],
			level: [levels.label(data.level, locale)],
			type: [practiceTypes.label(data.type, locale)],
			areas: data.areas.map((area) => areas.label(area, locale)),
			duration: period ? [period] : [],
			status: [statuses.label(practice.status, locale)],
			targetGroups: data.targetGroups.map((group) => targetGroups.label(group, locale)),
			result: figures('result'),
			target: figures('target'),
			context: figures('context'),
			evidence: [evidenceLevels.label(data.evidence, locale)],
			lead: data.organisations.lead,
			partners: data.organisations.partners,
			source: [citation(source, data.source, locale)],
		},
		original: { lang: locale === defaultLocale ? undefined : defaultLocale, rows: ['lead', 'partners'] },
	};
}
