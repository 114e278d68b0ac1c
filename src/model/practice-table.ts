/**
 * The practices as a table a decision-maker can scan and sort: by title, by country, by start year (newest
 * first) or by evidence (strongest first), each order a page of its own, so that sorting needs no script.
 */
import type { Practice } from './catalogue.ts';
import { countryName } from './countries.ts';
import { evidenceLevels } from './vocabularies.ts';
import type { Locale } from '../i18n/locales.ts';

export const tableSorts = ['title', 'country', 'start', 'evidence'] as const;
export type TableSort = (typeof tableSorts)[number];

/** The practices in `sort`'s order; ties, and practices without the sorted value, by title. */
export function sortedPractices(practices: readonly Practice[], sort: TableSort, locale: Locale, compare: (a: string, b: string) => number): Practice[] {
	const byTitle = (a: Practice, b: Practice) => compare(a.data.title, b.data.title);
	const firstCountry = (practice: Practice) => (practice.data.countries[0] ? countryName(practice.data.countries[0], locale) : undefined);
	const orders: Record<TableSort, (a: Practice, b: Practice) => number> = {
		title: byTitle,
		// A practice without a country (a European network) comes after those with one.
		country: (a, b) => (firstCountry(a) === undefined ? 1 : 0) - (firstCountry(b) === undefined ? 1 : 0) || compare(firstCountry(a) ?? '', firstCountry(b) ?? '') || byTitle(a, b),
		start: (a, b) => (b.startYear ?? -Infinity) - (a.startYear ?? -Infinity) || byTitle(a, b),
		evidence: (a, b) => evidenceLevels.codes.indexOf(b.data.evidence) - evidenceLevels.codes.indexOf(a.data.evidence) || byTitle(a, b),
	};
	return [...practices].sort(orders[sort]);
}
