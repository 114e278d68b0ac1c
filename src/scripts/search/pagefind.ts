/**
 * Asks Pagefind which entries match the typed words, as the search page's entry numbers, most
 * relevant first. Only words go to Pagefind: filters, counts and sorting are done with the page's
 * own index (model/search-index.ts), so Pagefind's filter data is never loaded.
 */
import type { Locale } from '../../i18n/locales.ts';
import { urls } from '../../i18n/urls.ts';
import { fetchJson, loadOnce } from './load.ts';

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: { id: string }[] } | null>;
}

const load = loadOnce(async (locale: Locale) => {
	// Built by the Pagefind integration after Astro's bundling, so it is loaded by address, not bundled.
	const script = `${urls.pagefind(locale)}pagefind.js`;
	const engine = import(/* @vite-ignore */ script).then(async (pagefind: Pagefind) => {
		// No web worker: it costs a download of its own, and the searches here are short.
		await pagefind.options({ excerptLength: 0, noWorker: true });
		await pagefind.init();
		return pagefind;
	});
	const [pagefind, ids] = await Promise.all([engine, fetchJson<string[]>(urls.searchPagefindIds(locale))]);
	return { pagefind, numbers: new Map(ids.map((id, n) => [id, n])) };
});

export async function matchText(locale: Locale, words: string): Promise<number[]> {
	const { pagefind, numbers } = await load(locale);
	const response = await pagefind.search(words);
	return (response?.results ?? []).map((result) => numbers.get(result.id)).filter((n) => n !== undefined);
}

export function warmUpText(locale: Locale): void {
	load(locale).catch(() => undefined);
}
