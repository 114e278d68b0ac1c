/** The site's URL scheme, in one place. Every page's path ends with a slash. */
import { isLocale, type Locale } from './locales.ts';
import type { FacetKey } from '../model/facets.ts';
import { stateToQuery } from '../model/search-state.ts';

/** The same page in another locale: "/en/practices/x/" → "/fr/practices/x/"; a page outside the locales goes to that locale's home. */
export function localePath(path: string, locale: Locale): string {
	const [, first, ...rest] = path.split('/');
	return isLocale(first) ? ['', locale, ...rest].join('/') : `/${locale}/`;
}

/** Addresses under a collection's list (/en/practices/…) that are not entries: the list's pages, the table. */
export const listSubpaths = ['page', 'table'] as const;

export const urls = {
	/** Page n of a list whose first page is `list`: pages 2 and on are `{list}page/{n}/` (model/paging.ts). */
	page: (list: string, n: number) => (n <= 1 ? list : `${list}page/${n}/`),
	home: (locale: Locale) => `/${locale}/`,
	search: (locale: Locale) => `/${locale}/search/`,
	/** The search for these options ({ level: ['local'], evidence: ['evaluated'] }), in the search page's own address form. */
	searchFor: (locale: Locale, filters: Partial<Record<FacetKey, string[]>>) => `/${locale}/search/${stateToQuery({ q: '', filters })}`,
	/** The search page's data: its index, and the language's Pagefind bundles with Pagefind's page id for each entry of it. */
	searchIndex: (locale: Locale) => `/${locale}/search/index.json`,
	searchPagefind: (locale: Locale) => `/${locale}/search/pagefind.json`,
	/** The result cards of entries 10c … 10c + 9, in the search page's order: fetched as results need them. */
	searchCards: (locale: Locale, chunk: number) => `/${locale}/search/cards/${chunk}.json`,
	/** The words of the language's entries, for "Did you mean …?": fetched when a search finds nothing. */
	searchWords: (locale: Locale) => `/${locale}/search/words.json`,
	/** The first results of a search for one facet option alone (model/search-index.ts: FirstResultsFile). */
	searchFirst: (locale: Locale, facet: string, option: string) => `/${locale}/search/first/${facet}/${option}.json`,
	/**
	 * A language's Pagefind bundles: each language is built and loaded on its own, and a large one in parts
	 * (integrations/pagefind.ts) that the search page merges. Part 0 is the bundle the page loads first.
	 */
	pagefind: (locale: Locale, part = 0) => (part ? `/pagefind/${locale}/part-${part}/` : `/pagefind/${locale}/`),
	practices: (locale: Locale) => `/${locale}/practices/`,
	practice: (locale: Locale, slug: string) => `/${locale}/practices/${slug}/`,
	lessons: (locale: Locale) => `/${locale}/lessons/`,
	lesson: (locale: Locale, slug: string) => `/${locale}/lessons/${slug}/`,
	/** A practice's or a lesson's page, by its collection. */
	entry: (locale: Locale, collection: 'practices' | 'lessons', slug: string) => `/${locale}/${collection}/${slug}/`,
	countries: (locale: Locale) => `/${locale}/countries/`,
	country: (locale: Locale, code: string) => `/${locale}/countries/${code.toLowerCase()}/`,
	areas: (locale: Locale) => `/${locale}/areas/`,
	area: (locale: Locale, area: string) => `/${locale}/areas/${area}/`,
	sources: (locale: Locale) => `/${locale}/sources/`,
	source: (locale: Locale, id: string) => `/${locale}/sources/${id}/`,
	about: (locale: Locale) => `/${locale}/about/`,
	/** A list's practices as a table, in one of its orders (model/practice-table.ts): by title at the table's own address. */
	table: (list: string, sort = 'title') => `${list}table/${sort === 'title' ? '' : `${sort}/`}`,
	practicesTable: (locale: Locale, sort = 'title') => urls.table(urls.practices(locale), sort),
	/** Practices side by side (model/shortlist.ts): `ids` as the address holds them, "practices/slug,…". */
	compare: (locale: Locale, ids: readonly string[] = []) => `/${locale}/compare/${ids.length ? `?ids=${ids.join(',')}` : ''}`,
	compareData: (locale: Locale, slug: string) => `/${locale}/compare/${slug}.json`,
	/** What the shortlist's script announces, in one language. */
	shortlistMessages: (locale: Locale) => `/${locale}/shortlist.json`,
	/** The situation finder, and its index (model/finder-index.ts). */
	finder: (locale: Locale) => `/${locale}/finder/`,
	finderIndex: (locale: Locale) => `/${locale}/finder/index.json`,
	statistics: (locale: Locale) => `/${locale}/statistics/`,
	evidence: (locale: Locale) => `/${locale}/evidence/`,
	gaps: (locale: Locale) => `/${locale}/gaps/`,
	contribute: (locale: Locale) => `/${locale}/contribute/`,
	accessibility: (locale: Locale) => `/${locale}/accessibility/`,
	/** An entry's PDF, made by the build from its page (src/integrations/pdf.ts). */
	pdf: (locale: Locale, collection: 'practices' | 'lessons', slug: string) => `/pdf/${locale}/${collection}/${slug}.pdf`,
	/** The whole compendium: the page it is printed from, and its PDF. */
	printCompendium: (locale: Locale) => `/${locale}/print/compendium/`,
	compendiumPdf: (locale: Locale) => `/pdf/${locale}/compendium.pdf`,
	/** A selection of entries gathered on one page to print: ?entries=practices/slug,lessons/slug. */
	print: (locale: Locale) => `/${locale}/print/`,
	data: (file: 'practices.json' | 'lessons.json' | 'practices.csv') => `/data/${file}`,
};
