/**
 * Runs the page's searches: loads its index (and, once words are typed, Pagefind), and answers a
 * search state with the matching entries and the facet counts.
 */
import type { Locale } from '../../i18n/locales.ts';
import { urls } from '../../i18n/urls.ts';
import { decodeSearchIndex, type SearchIndexFile } from '../../model/search-index.ts';
import { fetchJson, loadOnce } from './load.ts';
import { matchText } from './pagefind.ts';
import { type Answer, runQuery } from './query.ts';
import type { SearchState } from '../../model/search-state.ts';

// Read at the first search, not when it arrives: the page's first script preloads its bytes when a visitor
// reaches for a control, and reading it then could delay the first results drawn from an option's own file.
const loadIndex = loadOnce(async (locale: Locale) => decodeSearchIndex(await fetchJson<SearchIndexFile>(urls.searchIndex(locale))));

export interface Found extends Answer {
	/** For typed words: an entry's excerpt, with the matched words marked. */
	excerpt?: (entry: number) => Promise<string>;
}

async function run(locale: Locale, state: SearchState): Promise<Found> {
	const words = state.q.trim();
	const [index, matches] = await Promise.all([loadIndex(locale), words ? matchText(locale, words) : null]);
	return { ...runQuery(index, state, matches?.entries ?? null), excerpt: matches?.excerpt };
}

let inFlight: Promise<unknown> = Promise.resolve();
let latest = 0;

/**
 * Runs a search once the one in progress ends; a search superseded while it waited is dropped
 * (resolves to null), so fast typing never queues up searches for words already replaced.
 */
export async function search(locale: Locale, state: SearchState): Promise<Found | null> {
	const ticket = ++latest;
	await inFlight.catch(() => undefined);
	if (ticket !== latest) return null;
	const job = run(locale, state);
	inFlight = job;
	return job;
}

/** The language's words for "Did you mean …?", fetched the first time a search finds nothing. */
export const wordsOf = loadOnce((locale: Locale) => fetchJson<string[]>(urls.searchWords(locale)));
