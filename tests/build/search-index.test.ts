/**
 * What the build gives the search: Pagefind's index (only entry content, with titles and summaries to
 * weigh), and the search page's own index of facet values, numbered in the order of its list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { facetKeys } from '../../src/model/facets.ts';
import { CARDS_PER_FILE, columnValues, decodeSearchIndex, type FirstResultsFile, RESULTS_SHOWN } from '../../src/model/search-index.ts';
import { PAGE_SIZE } from '../../src/model/paging.ts';
import { urls } from '../../src/i18n/urls.ts';
import { dist, root } from '../support/paths.ts';
import { readFragment, readSearchPagefind } from '../support/pagefind.ts';
import { page, pages, readDist } from '../support/site.ts';

const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
const site = pages();
const index = decodeSearchIndex(JSON.parse(readDist('en/search/index.json')));
// Entry n's card, from the card files: the same order as the page's list.
const cards: { url: string }[] = Array.from({ length: Math.ceil(index.size / CARDS_PER_FILE) }, (_, file) => JSON.parse(readDist(urls.searchCards('en', file)))).flat();
const listed = cards.map((card) => card.url);

describe('the search index', () => {
	it('is written per language by the build', () => {
		for (const locale of locales) expect(existsSync(join(dist, `pagefind/${locale}/pagefind.js`)), locale).toBe(true);
		for (const locale of locales) expect(readdirSync(join(dist, 'pagefind', locale)).some((name) => name.startsWith(`pagefind.${locale}_`) && name.endsWith('.pf_meta')), locale).toBe(true);
	});

	it('holds exactly the entries', () => {
		// One bundle per language, each holding that language's entry pages only.
		for (const locale of locales) {
			const entry = JSON.parse(readFileSync(join(dist, `pagefind/${locale}/pagefind-entry.json`), 'utf8'));
			expect(Object.keys(entry.languages), locale).toEqual([locale]);
			expect(entry.languages[locale].page_count, locale).toBe(entries.length);
		}
	});

	it('covers entry pages only', () => {
		const bodies = [...site].filter(([, html]) => html.querySelector('[data-pagefind-body]')).map(([url]) => url);
		expect(bodies.sort()).toEqual(locales.flatMap((locale) => entries.map((e) => `/${locale}/${e.collection}/${e.slug}/`)).sort());
	});

	it('gives Pagefind each entry’s title, summary and number in the search page’s index, and no filters or sorts', () => {
		const html = page('/en/practices/bilbao-anti-rumours-strategy/');
		const meta = Object.fromEntries(html.querySelectorAll('[data-pagefind-meta]').map((el) => [el.getAttribute('data-pagefind-meta')!.replace('[data-value]', ''), el.getAttribute('data-value')]));
		expect(Object.keys(meta).sort()).toEqual(['entry', 'summary', 'title']);
		expect(meta.title).toBe('Bilbao: Anti-rumours strategy');
		expect(html.querySelectorAll('[data-pagefind-filter], [data-pagefind-sort]')).toHaveLength(0);
	});
});

describe('the search page’s own index', () => {
	const dataOf = (url: string) => entries.find((entry) => `/en/${entry.collection}/${entry.slug}/` === url)!.data as Record<string, any>;
	const valuesOf = (key: (typeof facetKeys)[number], n: number) => columnValues(index.facets[key], n);

	it('numbers every entry once', () => {
		expect(index.size).toBe(entries.length);
		expect(new Set(listed).size).toBe(entries.length);
	});

	it('holds each entry’s facet values as stable codes, and its start year', () => {
		listed.forEach((url, n) => {
			const data = dataOf(url);
			const practice = url.includes('/practices/');
			expect(valuesOf('kind', n), url).toEqual([practice ? 'practice' : 'lesson']);
			expect([...valuesOf('country', n)].sort(), url).toEqual([...(data.countries ?? [])].sort());
			expect([...valuesOf('area', n)].sort(), url).toEqual([...data.areas].sort());
			expect(valuesOf('source', n), url).toEqual([data.source.document]);
			if (practice) {
				expect(valuesOf('type', n), url).toEqual([data.type]);
				expect(valuesOf('status', n)[0], url).toMatch(/^(ongoing|ended|unknown)$/);
			}
			const start = data.duration?.start ? Number(String(data.duration.start).slice(0, 4)) : undefined;
			expect(Number.isNaN(index.start[n]) ? undefined : index.start[n], url).toBe(start);
		});
	});

	it('turns each Pagefind page id into the entry at that number', () => {
		const { bundles, ids } = readSearchPagefind(dist);
		expect(bundles).toEqual([urls.pagefind('en')]);
		expect(ids.map((id) => readFragment(dist, id).url)).toEqual(listed);
	});

	it.each(locales.filter((locale) => locale !== 'en'))('indexes %s text only: no entry body in English', (locale) => {
		const { ids } = readSearchPagefind(dist, locale);
		const contents = ids.map((id) => readFragment(dist, id, locale).content).join('\n');
		// The opening words of each English body's first paragraph (a sentence no translation writes).
		for (const entry of entries) {
			const opening = entry.body.split('\n').find((line) => /^[A-Z][a-z]/.test(line))?.split(/\s+/).slice(0, 8).join(' ');
			if (opening) expect(contents, `${locale}: ${entry.slug}`).not.toContain(opening);
		}
	});

	it('finds Bilbao’s anti-rumours strategy in a search for Spain and education (its schools workshops)', () => {
		const n = listed.indexOf('/en/practices/bilbao-anti-rumours-strategy/');
		expect(columnValues(index.facets.country, n)).toContain('ES');
		expect(columnValues(index.facets.area, n)).toContain('education');
	});

	it('indexes the key facts as separate words ("Country Spain", not "CountrySpain")', () => {
		const { ids } = readSearchPagefind(dist);
		const n = listed.indexOf('/en/practices/bilbao-anti-rumours-strategy/');
		const { content } = readFragment(dist, ids[n]);
		expect(content).toContain('Country Spain');
		expect(content).toContain('Level Local');
		expect(content).not.toMatch(/CountrySpain|LevelLocal|PlaceBilbao/);
	});

	it('counts what the page shows beside each option before any search', () => {
		const html = page('/en/search/');
		for (const box of html.querySelectorAll('.facets input[type="checkbox"]')) {
			const key = box.getAttribute('name') as (typeof facetKeys)[number];
			const value = box.getAttribute('value')!;
			const count = Array.from({ length: index.size }, (_, n) => n).filter((n) => valuesOf(key, n).includes(value)).length;
			expect(html.querySelector(`label[for="${box.id}"] .count`)?.getAttribute('data-count'), `${key}=${value}`).toBe(String(count));
		}
	});
});

describe('the first results of one option alone', () => {
	it.each(locales)('%s: a file for every option with entries: its first results in list order, with their cards', (locale) => {
		const localIndex = decodeSearchIndex(JSON.parse(readDist(`${locale}/search/index.json`)));
		const localCards: { url: string }[] = Array.from({ length: Math.ceil(localIndex.size / CARDS_PER_FILE) }, (_, file) => JSON.parse(readDist(urls.searchCards(locale, file)))).flat();
		let files = 0;
		for (const key of facetKeys) {
			for (const option of localIndex.facets[key].options) {
				const having = Array.from({ length: localIndex.size }, (_, n) => n).filter((n) => columnValues(localIndex.facets[key], n).includes(option));
				const file: FirstResultsFile = JSON.parse(readDist(urls.searchFirst(locale, key, option)));
				expect(file.entries, `${key}=${option}`).toEqual(having.slice(0, RESULTS_SHOWN));
				expect(file.cards, `${key}=${option}`).toEqual(file.entries.map((n) => localCards[n]));
				files++;
			}
		}
		expect(files).toBeGreaterThan(50);
	});
});

describe('the search page without JavaScript', () => {
	const html = page('/en/search/');

	it('lists the first entries, in the order of the index, and no results', () => {
		const links = html.querySelectorAll('[data-all] .result h3 a').map((a) => a.getAttribute('href'));
		expect(html.querySelectorAll('[data-results] .result')).toHaveLength(0);
		expect(links).toEqual(listed.slice(0, PAGE_SIZE));
	});

	it('hides the controls that need the script where none runs, and says where to browse instead', () => {
		// Hidden by CSS where scripts do not run, so that where they do the controls are there from the first frame.
		expect(html.querySelectorAll('[data-search-controls]').length).toBeGreaterThan(0);
		const css = html.querySelectorAll('link[rel="stylesheet"]').map((link) => readDist(link.getAttribute('href')!)).join('');
		expect(css.replace(/\s/g, '')).toMatch(/@media\(scripting:none\)\{\[data-search-controls\]\{display:none!important\}\}/);
		expect(html.querySelector('noscript')?.innerHTML).toContain('/en/countries/');
	});

	it('labels every facet option and groups them in fieldsets', () => {
		for (const box of html.querySelectorAll('.facets input[type="checkbox"]')) {
			expect(html.querySelector(`label[for="${box.id}"]`), box.id).not.toBeNull();
			expect(box.closest('fieldset')?.querySelector('legend')).not.toBeNull();
		}
	});
});
