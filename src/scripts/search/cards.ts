/**
 * Result cards: their data, fetched a file of CARDS_PER_FILE entries at a time as results need them,
 * and their markup, filled into the page's <template> (components/ResultCard.astro).
 */
import type { Locale } from '../../i18n/locales.ts';
import { urls } from '../../i18n/urls.ts';
import type { ResultCardData } from '../../model/search.ts';
import { CARDS_PER_FILE, type FirstResultsFile } from '../../model/search-index.ts';
import { fetchJson, loadEach } from './load.ts';

const fetchCards = loadEach((url: string) => fetchJson<ResultCardData[]>(url));
const fetchFirst = loadEach((url: string) => fetchJson<FirstResultsFile>(url));

/** The first results of a search for this option alone, with their cards: fetched once, however often asked for. */
export const firstResultsOf = (locale: Locale, facet: string, option: string) => fetchFirst(urls.searchFirst(locale, facet, option));
const file = (locale: Locale, n: number) => fetchCards(urls.searchCards(locale, n));

/** The cards of these entries, in the order given. */
export async function cardsOf(locale: Locale, entries: readonly number[]): Promise<ResultCardData[]> {
	const needed = [...new Set(entries.map((n) => Math.floor(n / CARDS_PER_FILE)))];
	const loaded = new Map(await Promise.all(needed.map(async (n) => [n, await file(locale, n)] as const)));
	return entries.map((n) => loaded.get(Math.floor(n / CARDS_PER_FILE))![n % CARDS_PER_FILE]);
}

/**
 * Pagefind's excerpt as nodes: its text, with the matched words in <mark>. Read in an inert template
 * and rebuilt from text, so that nothing but <mark> can come through.
 */
export function excerptNodes(html: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = html;
	return Array.from(template.content.childNodes, (node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

/** A card from the page's template; with an excerpt (typed words), it stands in for the summary. */
export function renderCard(template: HTMLTemplateElement, card: ResultCardData, excerpt?: string): HTMLElement {
	const element = (template.content.firstElementChild!.cloneNode(true) as HTMLElement);
	const slot = <E extends HTMLElement>(name: string) => element.querySelector<E>(`[data-slot="${name}"]`)!;
	const link = slot<HTMLAnchorElement>('link');
	link.href = card.url;
	link.textContent = card.title;
	slot('meta').textContent = card.meta;
	slot('summary').textContent = card.summary;
	if (excerpt) {
		slot('excerpt').replaceChildren(...excerptNodes(excerpt));
		slot('summary').remove();
	} else slot('excerpt').remove();
	if (card.areas.length) {
		slot('areas').replaceChildren(...card.areas.map((area) => Object.assign(document.createElement('li'), { textContent: area })));
	} else slot('areas').remove();
	if (card.evidence) slot('evidence').textContent = card.evidence;
	else slot('evidence').remove();
	for (const part of element.querySelectorAll('[data-slot]')) part.removeAttribute('data-slot');
	return element;
}
