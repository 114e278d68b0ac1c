/**
 * One page of each of the site's templates: the pages the quality gates read (axe in Chromium, the HTML
 * checker, the security policy). A search address holds a search, which the page shows once its script runs.
 */
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { urls } from '../../src/i18n/urls.ts';

export interface TemplatePage {
	/** The template's name, in test names and messages. */
	name: string;
	path: string;
	/** For a page that shows a search: the address's query string. */
	search?: string;
	/** For a page its script completes: true in the page once it has (Playwright's waitForFunction). */
	ready?: () => boolean;
}

// The search's results are shown, and the page is no longer busy with them.
const searched = () => !document.querySelector('[aria-busy]') && document.querySelectorAll('[data-results] li').length > 0;
// The compared practices are in their columns.
const compared = () => document.querySelector<HTMLElement>('[data-compare]')?.dataset.compared === '2';
// The finder has read its index and shown what the address's situation finds.
const found = () => document.querySelector<HTMLElement>('[data-finder]')?.dataset.ready === 'true';
// The selection's entries are on the page.
const selected = () => Boolean(document.querySelector<HTMLElement>('[data-selection]')?.dataset.entries);

// One entry of each kind, and one of each listing; any would do, these are stable.
const practice = 'bilbao-anti-rumours-strategy';
const lesson = 'analyse-plan-train-and-evaluate-together';

/** Every template of a language's pages. */
export function templatePages(locale: Locale): TemplatePage[] {
	return [
		{ name: 'home', path: urls.home(locale) },
		{ name: 'practices', path: urls.practices(locale) },
		{ name: 'practices, page 2', path: urls.page(urls.practices(locale), 2) },
		{ name: 'practices as a table, by start year', path: urls.practicesTable(locale, 'start') },
		{ name: 'practice', path: urls.practice(locale, practice) },
		{ name: 'lessons', path: urls.lessons(locale) },
		{ name: 'lesson', path: urls.lesson(locale, lesson) },
		{ name: 'lessons as a table, by topic', path: urls.table(urls.lessons(locale), 'topic') },
		{ name: 'countries', path: urls.countries(locale) },
		{ name: 'country', path: urls.country(locale, 'ES') },
		{ name: 'country as a table, by evidence', path: urls.table(urls.country(locale, 'ES'), 'evidence') },
		{ name: 'areas', path: urls.areas(locale) },
		{ name: 'area', path: urls.area(locale, 'child-protection') },
		{ name: 'sources', path: urls.sources(locale) },
		{ name: 'source', path: urls.source(locale, 'coe-compendium-2024') },
		{ name: 'about', path: urls.about(locale) },
		{ name: 'statistics', path: urls.statistics(locale) },
		{ name: 'evidence', path: urls.evidence(locale) },
		{ name: 'gaps', path: urls.gaps(locale) },
		{ name: 'accessibility', path: urls.accessibility(locale) },
		{ name: 'contribute', path: urls.contribute(locale) },
		{ name: 'search', path: urls.search(locale) },
		{ name: 'search, page 2', path: urls.page(urls.search(locale), 2) },
		{ name: 'search with a filter', path: urls.search(locale), search: '?country=ES', ready: searched },
		{ name: 'search with words', path: urls.search(locale), search: '?q=rumours', ready: searched },
		{ name: 'situation finder with a situation', path: urls.finder(locale), search: '?q=Roma&role=teacher', ready: found },
		{ name: 'compare, two practices', path: urls.compare(locale), search: `?ids=practices/${practice},practices/fuenlabrada-anti-rumours-strategy`, ready: compared },
		{ name: 'print view of a selection', path: urls.print(locale), search: `?entries=practices/${practice},lessons/${lesson}`, ready: selected },
		{ name: 'print view of the compendium', path: urls.printCompendium(locale) },
	];
}

/** The pages outside the languages: the language chooser and the page for addresses that lead nowhere. */
export const sharedPages: TemplatePage[] = [
	{ name: 'language chooser', path: '/' },
	{ name: 'not found', path: '/404.html' },
];

/** Every template in every language, and the shared pages. */
export const allTemplatePages = (): TemplatePage[] => [...sharedPages, ...locales.flatMap(templatePages)];
