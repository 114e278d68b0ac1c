/** Loads Pagefind's index for this page's language and runs searches with their facet counts. */
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

let loading: Promise<{ pagefind: Pagefind; totals: Counts }> | undefined;

function load() {
	// Built by the Pagefind integration after Astro's bundling, so it is loaded by address, not bundled.
	const url = '/pagefind/pagefind.js';
	return (loading ??= import(/* @vite-ignore */ url).then(async (pagefind: Pagefind) => {
		// No web worker: it costs a download of its own, and the searches here are short.
		await pagefind.options({ excerptLength: 0, noWorker: true });
		await pagefind.init();
		// Loads every facet's filter data (Pagefind counts only facets it has loaded) and gives the totals.
		return { pagefind, totals: await pagefind.filters() };
	}));
}

export interface Outcome {
	results: PagefindResult[];
	counts: Counts;
}

async function run(state: SearchState): Promise<Outcome> {
	const { pagefind, totals } = await load();
	const term = state.q.trim() || null;
	const searchWith = async (filters: Record<string, unknown>, sort?: unknown) =>
		// Nothing to search or filter by: the counts are the totals, without a search over every page.
		!term && Object.keys(filters).length === 0 && !sort ? { results: [], filters: totals } : pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
	const main = await searchWith(pagefindFilters(state), pagefindSort(state));
	const withoutOwn: Partial<Record<FacetKey, Counts>> = {};
	for (const key of activeFacets(state)) withoutOwn[key] = (await searchWith(pagefindFilters(state, key)))?.filters ?? {};
	return { results: main?.results ?? [], counts: facetCounts(main?.filters ?? {}, withoutOwn) };
}

let inFlight: Promise<unknown> = Promise.resolve();
let latest = 0;

/**
 * Runs a search once the one in progress ends; a search superseded while it waited is dropped
 * (resolves to null), so fast typing never queues up searches for words already replaced.
 */
export async function search(state: SearchState): Promise<Outcome | null> {
	const ticket = ++latest;
	await inFlight.catch(() => undefined);
	if (ticket !== latest) return null;
	const job = run(state);
	inFlight = job;
	return job;
}

/** Starts loading Pagefind ahead of a search, when a visitor reaches for the controls. */
export function warmUp(): void {
	load().catch(() => undefined);
}
