/**
 * What the build gives the search: Pagefind's index (only entry content, with filters, sort keys and
 * card fields), and the search page's own index of facet values, numbered in the order of its list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { facetKeys } from '../../src/model/facets.ts';
import { columnValues, decodeSearchIndex } from '../../src/model/search-index.ts';
import { dist, root } from '../support/paths.ts';
import { readFragment } from '../support/pagefind.ts';
import { page, pages, readDist } from '../support/site.ts';

const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
const site = pages();

const filtersOf = (url: string) => {
	const filters: Record<string, string[]> = {};
	for (const span of page(url).querySelectorAll('[data-pagefind-filter]')) {
		const key = span.getAttribute('data-pagefind-filter')!.replace('[data-value]', '');
		(filters[key] ??= []).push(span.getAttribute('data-value')!);
	}
	return filters;
};

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

	it('gives each practice its facet values as stable codes', () => {
		for (const entry of entries.filter((e) => e.collection === 'practices')) {
			const data = entry.data as Record<string, any>;
			const filters = filtersOf(`/en/practices/${entry.slug}/`);
			expect(Object.keys(filters).every((key) => (facetKeys as readonly string[]).includes(key))).toBe(true);
			expect(filters.kind).toEqual(['practice']);
			expect(filters.country ?? []).toEqual(data.countries);
			expect(filters.area).toEqual(data.areas);
			expect(filters.type).toEqual([data.type]);
			expect(filters.source).toEqual([data.source.document]);
			expect(filters.status?.[0]).toMatch(/^(ongoing|ended|unknown)$/);
		}
	});

	it('gives each lesson its kind, areas and source', () => {
		for (const entry of entries.filter((e) => e.collection === 'lessons')) {
			const filters = filtersOf(`/en/lessons/${entry.slug}/`);
			expect(filters.kind).toEqual(['lesson']);
			expect(filters.area).toEqual((entry.data as any).areas);
		}
	});

	it('gives each entry the fields of its result card', () => {
		const html = page('/en/practices/bilbao-anti-rumours-strategy/');
		const meta = Object.fromEntries(html.querySelectorAll('[data-pagefind-meta]').map((el) => [el.getAttribute('data-pagefind-meta')!.replace('[data-value]', ''), el.getAttribute('data-value')]));
		expect(meta).toMatchObject({ title: 'Bilbao: Anti-rumours strategy', countries: 'Spain', place: 'Bilbao', where: 'Bilbao, Spain', typeLabel: 'Policy, strategy or action plan', kind: 'practice' });
		expect(html.querySelector('[data-pagefind-sort="start[data-value]"]')?.getAttribute('data-value')).toBe('2013');
	});
});

describe('the search page’s own index', () => {
	const index = decodeSearchIndex(JSON.parse(readDist('en/search/index.json')));
	const listed = page('/en/search/').querySelectorAll('[data-all] .result h3 a').map((a) => a.getAttribute('href')!);
	const valuesOf = (key: (typeof facetKeys)[number], n: number) => columnValues(index.facets[key], n);

	it('numbers the entries in the order of the page’s list', () => {
		expect(index.size).toBe(entries.length);
		expect(listed).toHaveLength(entries.length);
	});

	it('holds the same facet values as each entry’s page gives Pagefind', () => {
		listed.forEach((url, n) => {
			const filters = filtersOf(url);
			for (const key of facetKeys) expect([...valuesOf(key, n)].sort(), `${url} ${key}`).toEqual([...(filters[key] ?? [])].sort());
			const start = page(url).querySelector('[data-pagefind-sort="start[data-value]"]')?.getAttribute('data-value');
			expect(Number.isNaN(index.start[n]) ? undefined : String(index.start[n]), url).toBe(start);
		});
	});

	it('turns each Pagefind page id into the entry at that number', () => {
		const ids: string[] = JSON.parse(readDist('en/search/pagefind-ids.json'));
		expect(ids.map((id) => readFragment(dist, id).url)).toEqual(listed);
	});

	it('indexes the key facts as separate words ("Country Spain", not "CountrySpain")', () => {
		const ids: string[] = JSON.parse(readDist('en/search/pagefind-ids.json'));
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

describe('the search page without JavaScript', () => {
	const html = page('/en/search/');

	it('lists every entry', () => {
		const links = html.querySelectorAll('[data-all] .result h3 a').map((a) => a.getAttribute('href'));
		expect(html.querySelectorAll('[data-results] .result')).toHaveLength(0);
		expect(links.sort()).toEqual(entries.map((e) => `/en/${e.collection}/${e.slug}/`).sort());
	});

	it('hides the controls that need the script, and says where to browse instead', () => {
		for (const control of html.querySelectorAll('[data-search-controls]')) expect(control.hasAttribute('hidden')).toBe(true);
		expect(html.querySelector('noscript')?.innerHTML).toContain('/en/countries/');
	});

	it('labels every facet option and groups them in fieldsets', () => {
		for (const box of html.querySelectorAll('.facets input[type="checkbox"]')) {
			expect(html.querySelector(`label[for="${box.id}"]`), box.id).not.toBeNull();
			expect(box.closest('fieldset')?.querySelector('legend')).not.toBeNull();
		}
	});
});
