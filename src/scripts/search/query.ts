/**
 * Runs a search state against the page's index: which entries match, in what order, and the count
 * beside every facet option. Pure and synchronous; a few milliseconds at 10,000 entries.
 */
import { type FacetKey, facetKeys } from '../../model/facets.ts';
import type { Column, SearchIndex } from '../../model/search-index.ts';
import { activeFacets, hasYears, type SearchState } from '../../model/search-state.ts';

export type Counts = Record<string, Record<string, number>>;

export interface Answer {
	/** Entry numbers, in the order to show them. */
	entries: number[];
	counts: Counts;
}

/**
 * @param textMatches the entries matching the typed words, most relevant first, or null when no
 * words were typed (every entry matches).
 *
 * Counts: a facet with a selection is counted without its own filter, so that its other options
 * show what choosing them too (OR) would add; every other facet is counted within the results (AND).
 */
export function runQuery(index: SearchIndex, state: SearchState, textMatches: readonly number[] | null): Answer {
	const filters = activeFacets(state).map((key) => {
		const column = index.facets[key];
		const wanted = new Set(state.filters[key]);
		return { key, column, wanted: column.options.map((option) => wanted.has(option)) };
	});
	const tallies = Object.fromEntries(facetKeys.map((key) => [key, new Uint32Array(index.facets[key].options.length)])) as Record<FacetKey, Uint32Array>;
	const tally = (key: FacetKey, n: number) => {
		const { offsets, codes } = index.facets[key];
		for (let i = offsets[n]; i < offsets[n + 1]; i++) tallies[key][codes[i]]++;
	};
	const passes = (column: Column, wanted: boolean[], n: number) => {
		for (let i = column.offsets[n]; i < column.offsets[n + 1]; i++) if (wanted[column.codes[i]]) return true;
		return false;
	};

	const { from = -Infinity, to = Infinity } = state;
	const inYears = hasYears(state) ? (n: number) => index.start[n] >= from && index.start[n] <= to : () => true;

	const entries: number[] = [];
	const consider = (n: number) => {
		// The start year is a filter without counts: outside the range, an entry counts nowhere.
		if (!inYears(n)) return;
		let failed: FacetKey | undefined;
		for (const { key, column, wanted } of filters) {
			if (passes(column, wanted, n)) continue;
			// Failing two filters, an entry counts nowhere; failing one, it counts for that facet only.
			if (failed) return;
			failed = key;
		}
		if (failed) return tally(failed, n);
		entries.push(n);
		for (const key of facetKeys) tally(key, n);
	};
	if (textMatches) for (const n of textMatches) consider(n);
	else for (let n = 0; n < index.size; n++) consider(n);

	const counts: Counts = {};
	for (const key of facetKeys) counts[key] = Object.fromEntries(index.facets[key].options.map((option, i) => [option, tallies[key][i]]));
	return { entries: order(index, entries, state), counts };
}

/** The chosen sort; without one, relevance for typed words, else list order (A–Z by title). */
function order(index: SearchIndex, entries: number[], state: SearchState): number[] {
	const sort = state.sort ?? (state.q.trim() ? 'relevance' : 'title');
	if (sort === 'title') return entries.sort((a, b) => a - b);
	if (sort === 'start') {
		const year = (n: number) => (Number.isNaN(index.start[n]) ? -Infinity : index.start[n]);
		// Newest first; entries with no start year last; A–Z among equals.
		return entries.sort((a, b) => year(b) - year(a) || a - b);
	}
	return entries;
}
