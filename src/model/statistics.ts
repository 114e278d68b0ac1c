/**
 * The collection counted: practices by country, theme, area, type, level, evidence, target group and start year,
 * for the statistics page's charts and tables, the home page's figures and a country's profile. Counted from the
 * search records (src/model/search.ts), so that a count here and a filtered search's count always agree.
 */
import type { FacetKey } from './facets.ts';
import type { SearchRecord } from './search.ts';

export interface Bar {
	/** The option's code ("ES", "local"), or the year. */
	value: string;
	label: string;
	count: number;
}

export type Breakdown = { facet: FacetKey | 'start'; bars: Bar[] };

/** The facets the statistics page counts, in its order. */
export const countedFacets = ['country', 'theme', 'area', 'type', 'level', 'evidence', 'target'] as const satisfies readonly FacetKey[];

const practicesOf = (records: readonly SearchRecord[]) => records.filter((record) => record.filters.kind?.includes('practice'));

/**
 * How many practices carry each option of `facet`, most first (ties by label), or in `order` where the facet is a
 * scale (levels, evidence); options no practice carries are left out.
 */
export function countBy(records: readonly SearchRecord[], facet: FacetKey, label: (value: string) => string, order?: readonly string[], compare = (a: string, b: string) => a.localeCompare(b)): Bar[] {
	const counts = new Map<string, number>();
	for (const record of practicesOf(records)) for (const value of record.filters[facet] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
	const bars = [...counts].map(([value, count]) => ({ value, label: label(value), count }));
	return bars.sort((a, b) => (order ? order.indexOf(a.value) - order.indexOf(b.value) : b.count - a.count || compare(a.label, b.label)));
}

/** Practices by the year they started, every year from the first to the last (a year without one counts 0). */
export function countByStartYear(records: readonly SearchRecord[]): Bar[] {
	const years = practicesOf(records)
		.map((record) => Number(record.sort.start))
		.filter((year) => Number.isInteger(year) && year > 0);
	if (!years.length) return [];
	const [first, last] = [Math.min(...years), Math.max(...years)];
	return Array.from({ length: last - first + 1 }, (_, i) => {
		const year = String(first + i);
		return { value: year, label: year, count: years.filter((y) => y === first + i).length };
	});
}

/** How many practices the source gives no start year for: said beside the chart by year. */
export const withoutStartYear = (records: readonly SearchRecord[]) => practicesOf(records).filter((record) => !record.sort.start).length;
