/**
 * The search state and its URL form (?q=rumours&country=ES&area=public-services&from=2015&to=2020&sort=start).
 * Pure functions: the page script and the unit tests share them.
 */
import { facetKeys, type FacetKey, sortKeys, type SortKey } from './facets.ts';

export interface SearchState {
	q: string;
	/** Selected values per facet: OR within a facet, AND across facets. */
	filters: Partial<Record<FacetKey, string[]>>;
	/** Start years, both ends included: entries whose start year the source does not give are left out. */
	from?: number;
	to?: number;
	sort?: SortKey;
}

const year = (value: string | null) => (value && /^\d{4}$/.test(value.trim()) ? Number(value) : undefined);

export const emptyState = (): SearchState => ({ q: '', filters: {} });

export function parseState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const state: SearchState = { q: params.get('q')?.trim() ?? '', filters: {} };
	for (const key of facetKeys) {
		const values = [...new Set(params.getAll(key).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))];
		// Country codes are upper case in the index; accept "es" in a hand-typed URL.
		if (values.length) state.filters[key] = key === 'country' ? values.map((value) => value.toUpperCase()) : values;
	}
	const [from, to] = [year(params.get('from')), year(params.get('to'))];
	// A range typed backwards is read the right way round.
	if (from !== undefined && to !== undefined && from > to) [state.from, state.to] = [to, from];
	else [state.from, state.to] = [from, to];
	if (state.from === undefined) delete state.from;
	if (state.to === undefined) delete state.to;
	const sort = params.get('sort');
	if (sort && (sortKeys as readonly string[]).includes(sort)) state.sort = sort as SortKey;
	return state;
}

/** The canonical query string: facets in their fixed order, values sorted, so equal states share a URL. */
export function stateToQuery(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const key of facetKeys) for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
	if (state.from !== undefined) params.set('from', String(state.from));
	if (state.to !== undefined) params.set('to', String(state.to));
	if (state.sort) params.set('sort', state.sort);
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function activeFacets(state: SearchState): FacetKey[] {
	return facetKeys.filter((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** Nothing asked: the page shows its full, server-rendered list. */
export function isEmpty(state: SearchState): boolean {
	return !state.q.trim() && activeFacets(state).length === 0 && !hasYears(state) && !state.sort;
}

/** The one facet option a search asks for, in list order, when it asks for nothing else: its first results have a file of their own. */
export function onlyOption(state: SearchState): { key: FacetKey; value: string } | undefined {
	const [key, ...others] = activeFacets(state);
	const values = key ? state.filters[key]! : [];
	if (others.length || values.length !== 1 || state.q.trim() || hasYears(state) || (state.sort && state.sort !== 'title')) return undefined;
	return { key: key!, value: values[0] };
}

export function hasYears(state: SearchState): boolean {
	return state.from !== undefined || state.to !== undefined;
}

export function toggle(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
	const values = new Set(state.filters[key] ?? []);
	if (on) values.add(value);
	else values.delete(value);
	return { ...state, filters: { ...state.filters, [key]: [...values] } };
}

/**
 * Whether an entry with these facet values is found by these filters: any of a facet's chosen options (OR), in
 * every facet chosen (AND). The search page applies the same rule to its index (src/scripts/search/query.ts).
 */
export function matchesFilters(values: Partial<Record<FacetKey, readonly string[]>>, filters: SearchState['filters']): boolean {
	return Object.entries(filters).every(([key, wanted]) => !wanted?.length || wanted.some((value) => values[key as FacetKey]?.includes(value)));
}
