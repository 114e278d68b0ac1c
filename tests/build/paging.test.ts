/**
 * Lists that do not grow with the corpus: the search page and the lists of practices, lessons, countries,
 * areas and sources come 50 entries a page, linked to each other, and a visitor without JavaScript reaches every entry
 * through them; the search page's script gets its cards from small files, fetched as needed.
 */
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { locales } from '../../src/i18n/locales.ts';
import { urls } from '../../src/i18n/urls.ts';
import { PAGE_SIZE } from '../../src/model/paging.ts';
import { CARDS_PER_FILE, type SearchIndexFile } from '../../src/model/search-index.ts';
import type { ResultCardData } from '../../src/model/search.ts';
import { root } from '../support/paths.ts';
import { exists, page, readDist } from '../support/site.ts';

const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
const entryPaths = (locale: string) => entries.map((entry) => `/${locale}/${entry.collection}/${entry.slug}/`).sort();

/** Follows a list's "next" links from its first page: every page's entry links, and the pages seen. */
function walk(first: string, cards: string) {
	const seen: string[] = [];
	const links: string[] = [];
	for (let url: string | undefined = first; url; ) {
		const html = page(url);
		seen.push(url);
		const found = html.querySelectorAll(cards).map((a) => a.getAttribute('href')!);
		expect(found.length, url).toBeLessThanOrEqual(PAGE_SIZE);
		links.push(...found);
		const next = html.querySelector('link[rel="next"]')?.getAttribute('href');
		expect(html.querySelector('.pagination a[rel="next"]')?.getAttribute('href'), url).toBe(next);
		if (seen.length > 1) expect(html.querySelector('link[rel="prev"]')?.getAttribute('href'), url).toBe(seen.at(-2));
		url = next;
	}
	return { seen, links };
}

describe('paged lists', () => {
	it.each(locales)('a visitor without JavaScript reaches every entry from the %s search page, 50 a page', (locale) => {
		const { seen, links } = walk(urls.search(locale), '[data-all] .result h3 a');
		expect(seen.length).toBe(Math.ceil(entries.length / PAGE_SIZE));
		expect(seen.slice(1)).toEqual(seen.slice(1).map((_, i) => `${urls.search(locale)}page/${i + 2}/`));
		expect([...links].sort()).toEqual(entryPaths(locale));
	});

	it.each(locales)('the %s list of practices reaches every practice, and its pages say which they are', (locale) => {
		const { seen, links } = walk(urls.practices(locale), '.cards .card h2 a');
		expect(seen.length).toBeGreaterThan(1);
		expect([...links].sort()).toEqual(entryPaths(locale).filter((path) => path.includes('/practices/')));
		const second = page(seen[1]);
		expect(second.querySelector('title')!.textContent).toMatch(/\(.*2.*\d\)/);
		expect(second.querySelector('.pagination [aria-current="page"]')!.textContent.trim()).toBe('2');
	});

	it('every page of a country, an area, a source and the lessons is linked from the first', () => {
		for (const list of [urls.lessons('en'), urls.country('en', 'ES'), urls.area('en', 'education'), urls.source('en', 'coe-compendium-2024')]) {
			const { seen, links } = walk(list, '.cards .card :is(h2, h3, h4) a');
			expect(seen[0]).toBe(list);
			expect(links.length).toBeGreaterThan(0);
			expect(new Set(links).size).toBe(links.length);
		}
	});

	it('reaches every entry of a source, its practices then its lessons, through its pages', () => {
		const cited = (id: string) => entries.filter((entry) => (entry.data as { source?: { document?: string } }).source?.document === id);
		for (const id of ['coe-compendium-2024', 'champions-lessons-learned']) {
			const { seen, links } = walk(urls.source('en', id), '.cards .card :is(h2, h3) > a');
			expect(seen.length, id).toBe(Math.ceil(cited(id).length / PAGE_SIZE));
			expect([...links].sort(), id).toEqual(cited(id).map((entry) => `/en/${entry.collection}/${entry.slug}/`).sort());
		}
	});

	it('has no page past the last', () => {
		const last = Math.ceil(entries.length / PAGE_SIZE);
		expect(exists(urls.page(urls.search('en'), last))).toBe(true);
		expect(exists(urls.page(urls.search('en'), last + 1))).toBe(false);
	});
});

describe('the search page’s data', () => {
	it.each(locales)('%s: the card files hold every entry once, in the index’s order, as the list shows them', (locale) => {
		const index: SearchIndexFile = JSON.parse(readDist(urls.searchIndex(locale)));
		const cards: ResultCardData[] = [];
		for (let file = 0; file * CARDS_PER_FILE < index.size; file++) cards.push(...JSON.parse(readDist(urls.searchCards(locale, file))));
		expect(cards.length).toBe(index.size);
		expect(exists(urls.searchCards(locale, Math.ceil(index.size / CARDS_PER_FILE)))).toBe(false);
		const listed = page(urls.search(locale)).querySelectorAll('[data-all] .result h3 a').map((a) => a.getAttribute('href'));
		expect(cards.slice(0, listed.length).map((card) => card.url)).toEqual(listed);
		expect(cards.every((card) => card.title && card.summary && card.meta)).toBe(true);
	});

	it('the search page has one template card for its script, with every part to fill in', () => {
		const html = page('/en/search/');
		const template = html.querySelector('template[data-card]')!;
		const slots = template.querySelectorAll('[data-slot]').map((element) => element.getAttribute('data-slot'));
		expect(slots.sort()).toEqual(['areas', 'evidence', 'excerpt', 'link', 'meta', 'summary']);
	});

	it.each(locales)('%s: the words for "Did you mean" are the entries’ own, lower case, without repeats', (locale) => {
		const words: string[] = JSON.parse(readDist(urls.searchWords(locale)));
		expect(words.length).toBeGreaterThan(200);
		expect(new Set(words).size).toBe(words.length);
		expect(words.every((word) => word === word.toLocaleLowerCase(locale) && word.length >= 4)).toBe(true);
		if (locale === 'en') expect(words).toEqual(expect.arrayContaining(['integration', 'rumours', 'roma']));
	});
});
