/**
 * Asks Pagefind which entries match the typed words, as the search page's entry numbers, most
 * relevant first. Only words go to Pagefind: filters, counts and sorting are done with the page's
 * own index (model/search-index.ts), so Pagefind's filter data is never loaded.
 *
 * Ranking: titles, then summaries, weigh more than the body (metaWeights), and an entry that has the
 * words as whole words (Pagefind's exact search) comes before one that only has longer words starting
 * with them: "Roma" puts the entries about Roma before those that only say "Romania". A search also
 * runs for each spelling variant of the words (words.ts), and an entry counts with its best score.
 */
import type { Locale } from '../../i18n/locales.ts';
import { urls } from '../../i18n/urls.ts';
import type { SearchPagefindFile } from '../../model/search-index.ts';
import { fetchJson, loadOnce } from './load.ts';
import { alternatives } from './words.ts';

interface Result {
	id: string;
	score: number;
	data(): Promise<{ excerpt: string }>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(term: string): Promise<{ results: Result[] } | null>;
}

/** Words around the matches in a result's excerpt. */
const EXCERPT_WORDS = 24;

/** The same options for every bundle of the language: Pagefind scores each bundle's pages with its own. */
const OPTIONS = {
	excerptLength: EXCERPT_WORDS,
	ranking: { termSimilarity: 10, metaWeights: { title: 10, summary: 4, entry: 0 } },
};

const load = loadOnce(async (locale: Locale) => {
	// Built by the Pagefind integration after Astro's bundling, so it is loaded by address, not bundled.
	const script = `${urls.pagefind(locale)}pagefind.js`;
	const engine = import(/* @vite-ignore */ script).then(async (pagefind: Pagefind) => {
		// No web worker: it costs a download of its own, and the searches here are short.
		await pagefind.options({ ...OPTIONS, noWorker: true });
		await pagefind.init();
		return pagefind;
	});
	const [pagefind, { bundles, ids }] = await Promise.all([engine, fetchJson<SearchPagefindFile>(urls.searchPagefind(locale))]);
	// A large language is indexed in parts (integrations/pagefind.ts): the first is the one loaded above.
	await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(bundle, OPTIONS)));
	return { pagefind, numbers: new Map(ids.map((id, n) => [id, n])) };
});

export interface TextMatches {
	/** Entry numbers, most relevant first. */
	entries: number[];
	/** An entry's excerpt, with the matched words in <mark>; loaded when asked for. */
	excerpt(entry: number): Promise<string>;
}

export async function matchText(locale: Locale, words: string): Promise<TextMatches> {
	const { pagefind, numbers } = await load(locale);
	const quoted = /^\s*".+"\s*$/.test(words);
	const queries = alternatives(words, locale);
	const found = new Map<number, { score: number; whole: boolean; result: Result }>();
	await Promise.all(
		queries.map(async (query) => {
			const [ranked, whole] = await Promise.all([pagefind.search(query), quoted ? null : pagefind.search(`"${query.replaceAll('"', '')}"`)]);
			const wholeIds = new Set(whole?.results.map((result) => result.id));
			for (const result of ranked?.results ?? []) {
				const entry = numbers.get(result.id);
				if (entry === undefined) continue;
				const isWhole = quoted || wholeIds.has(result.id);
				const best = found.get(entry);
				if (!best || (isWhole && !best.whole) || (isWhole === best.whole && result.score > best.score)) found.set(entry, { score: result.score, whole: isWhole, result });
			}
		}),
	);
	const entries = [...found].sort(([, a], [, b]) => Number(b.whole) - Number(a.whole) || b.score - a.score).map(([entry]) => entry);
	return { entries, excerpt: async (entry) => (await found.get(entry)!.result.data()).excerpt };
}

export function warmUpText(locale: Locale): void {
	load(locale).catch(() => undefined);
}
