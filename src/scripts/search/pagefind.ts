/** Loads Pagefind's index for this page's language and runs one search with its facet counts. */
import type { FacetKey } from '../../model/facets.ts';
import { activeFacets, type Counts, facetCounts, pagefindFilters, pagefindSort, type SearchState } from './state.ts';

interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Counts;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Counts>;
	search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse | null>;
}

let loading: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
	// Built by the Pagefind integration after Astro's bundling, so it is loaded by address, not bundled.
	const url = '/pagefind/pagefind.js';
	return (loading ??= import(/* @vite-ignore */ url).then(async (pagefind: Pagefind) => {
		// No web worker: it costs a download of its own, and searches here take a few milliseconds.
		await pagefind.options({ excerptLength: 0, noWorker: true });
		await pagefind.init();
		// Pagefind counts only the facets whose filter data it has loaded; load them all, once.
		await pagefind.filters();
		return pagefind;
	}));
}

export interface Outcome {
	results: PagefindResult[];
	counts: Counts;
}

export async function search(state: SearchState): Promise<Outcome> {
	const pagefind = await load();
	const term = state.q.trim() || null;
	const run = (filters: Record<string, unknown>, sort?: unknown) => pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
	const [main, ...others] = await Promise.all([
		run(pagefindFilters(state), pagefindSort(state)),
		...activeFacets(state).map((key) => run(pagefindFilters(state, key))),
	]);
	const withoutOwn: Partial<Record<FacetKey, Counts>> = {};
	activeFacets(state).forEach((key, i) => (withoutOwn[key] = others[i]?.filters ?? {}));
	return { results: main?.results ?? [], counts: facetCounts(main?.filters ?? {}, withoutOwn) };
}
